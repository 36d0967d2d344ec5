package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A multi-schema PostgreSQL project ({@code schemas = [...]}) on a real, fresh database: a psql-style
 * model over two schemas autogenerates, applies and reverses. After the upgrade the database reads as
 * the model; after {@code downgrade base} it reads as it started.
 */
class MultiSchemaIT {

    private static final String MODEL = """
            \\set ON_ERROR_STOP 1
            CREATE COLLATION app_sort (provider = icu, locale = 'und-u-kn-true');
            CREATE TEXT SEARCH CONFIGURATION app_simple (COPY = pg_catalog.simple);
            CREATE FUNCTION not_padded(text) RETURNS boolean AS $$ SELECT $1 = btrim($1) $$ LANGUAGE sql IMMUTABLE;
            CREATE TABLE author (id serial PRIMARY KEY, name text COLLATE app_sort NOT NULL CHECK (not_padded(name)));
            CREATE INDEX author_search ON author USING gin (to_tsvector('app.app_simple', name));
            \\ir archive.sql
            """;

    private static final String ARCHIVE = """
            \\echo the archive
            SET search_path = archive;
            CREATE TABLE book (id int PRIMARY KEY, author_id int NOT NULL REFERENCES app.author (id), title text);
            CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;
            CREATE TRIGGER book_touch BEFORE UPDATE ON book FOR EACH ROW EXECUTE FUNCTION touch();
            CREATE VIEW titles AS SELECT title FROM book;
            """;

    @TempDir
    Path directory;

    @Test
    void autogenerateUpgradeAndDowngradeOverTwoSchemas() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            Retort retort = project(database);
            Schema start = retort.inspect(List.of(), List.of());

            Retort.Generated generated = retort.autogenerate("two schemas", AutogenerateOptions.defaults());
            List<String> ops = generated.changes().upgrade().stream().map(Changes.Step::description).toList();
            assertTrue(ops.indexOf("create schema archive") < ops.indexOf("create table archive.book"), ops.toString());
            assertTrue(ops.indexOf("create function not_padded") < ops.indexOf("create table author"), ops.toString());
            retort.upgrade("head");

            Schema model = retort.model();
            Schema live = retort.inspect(List.of(), List.of());
            assertEquals(model.tables(), live.tables());
            assertEquals(identities(model), identities(live));
            assertTrue(live.table(new QualifiedName("archive", "book")).isPresent());
            assertTrue(retort.check().ok());
            assertNull(retort.autogenerate("again", AutogenerateOptions.defaults()).script());
            assertEquals(List.of("app"), database.column("SELECT nspname FROM pg_namespace n JOIN pg_class c"
                    + " ON c.relnamespace = n.oid WHERE c.relname = 'retort_version'"));

            retort.downgrade("base");
            Schema end = retort.inspect(List.of(), List.of());
            assertEquals(start.tables(), end.tables());
            assertEquals(identities(start), identities(end));
            assertEquals(List.of(), database.column("SELECT nspname FROM pg_namespace WHERE nspname = 'archive'"));
        }
    }

    @Test
    void cleanDropsTheDefaultSchemasTablesAndEveryOtherManagedSchema() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            Retort retort = project(database);
            retort.autogenerate("two schemas", AutogenerateOptions.defaults());
            retort.upgrade("head");
            List<String> dropped = retort.clean(true);
            assertTrue(dropped.contains("DROP SCHEMA IF EXISTS \"archive\" CASCADE"), dropped.toString());
            // committed: another connection sees no table in app and no archive schema
            assertEquals(List.of(), database.column("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname IN ('app', 'archive') AND c.relkind IN ('r', 'p', 'v', 'm')"
                    + " AND relname NOT LIKE 'retort%'"));
            assertEquals(List.of(), database.column("SELECT nspname FROM pg_namespace WHERE nspname = 'archive'"));
            assertEquals(List.of("app"), database.column("SELECT nspname FROM pg_namespace WHERE nspname = 'app'"));
            assertEquals(List.of(), retort.inspect(List.of(), List.of()).tables());
        }
    }

    @Test
    void aPgDumpModelCreatingAProjectSchemaItselfLoads() throws Exception {
        // pg_dump writes CREATE SCHEMA without IF NOT EXISTS; Retort must not have made it first
        try (FreshDatabase database = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            Files.writeString(directory.resolve("dump.sql"), """
                    SELECT pg_catalog.set_config('search_path', '', false);
                    CREATE SCHEMA archive;
                    CREATE TABLE app.author (id integer PRIMARY KEY, name text);
                    CREATE TABLE archive.book (id integer PRIMARY KEY, author_id integer REFERENCES app.author (id));
                    """);
            Retort retort = project(database, "dump.sql");
            Retort.Generated generated = retort.autogenerate("dumped", AutogenerateOptions.defaults());
            List<String> ops = generated.changes().upgrade().stream().map(Changes.Step::description).toList();
            assertTrue(ops.indexOf("create schema archive") < ops.indexOf("create table archive.book"), ops.toString());
            retort.upgrade("head");
            assertTrue(retort.check().ok());
            retort.downgrade("base");
            assertEquals(List.of(), database.column("SELECT nspname FROM pg_namespace WHERE nspname = 'archive'"));
        }
    }

    @Test
    void aSchemaTheModelCreatesOutOfSightIsBlamedOnTheProjectsSchemasNotTheModel() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            Files.writeString(directory.resolve("hidden.sql"), """
                    DO $$ BEGIN EXECUTE 'CREATE SCHEMA archive'; END $$;
                    CREATE TABLE archive.book (id integer PRIMARY KEY);
                    """);
            RetortException e = assertThrows(RetortException.class,
                    () -> project(database, "hidden.sql").autogenerate("hidden", AutogenerateOptions.defaults()));
            assertTrue(e.getMessage().contains("archive") && e.getMessage().contains("schemas"), e.getMessage());
            assertTrue(e.getMessage().contains("IF NOT EXISTS"), e.getMessage());
        }
    }

    private Retort project(FreshDatabase database, String model) throws java.io.IOException {
        Files.writeString(directory.resolve("retort.toml"), "url = \"" + database.url() + "\"\nuser = \""
                + database.user() + "\"\n" + (database.password() == null || database.password().isEmpty() ? ""
                : "password = \"" + database.password() + "\"\n")
                + "schemas = [\"app\", \"archive\"]\nmodel = [\"" + model + "\"]\n");
        return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
    }

    /** A project over schemas app and archive, the model in two psql files. */
    private Retort project(FreshDatabase database) throws java.io.IOException {
        Files.writeString(directory.resolve("schema.sql"), MODEL);
        Files.writeString(directory.resolve("archive.sql"), ARCHIVE);
        Files.writeString(directory.resolve("retort.toml"), "url = \"" + database.url() + "\"\nuser = \""
                + database.user() + "\"\n" + (database.password() == null || database.password().isEmpty() ? ""
                : "password = \"" + database.password() + "\"\n")
                + "schemas = [\"app\", \"archive\"]\nmodel = [\"schema.sql\"]\n");
        return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
    }

    /** Kind and name of every object: the live side does not know the definitions. */
    private static String identities(Schema schema) {
        return schema.objects().stream().map(object -> object.kind() + " " + object.name()
                + (object.table() == null ? "" : " on " + object.table())).collect(Collectors.joining("\n"));
    }
}
