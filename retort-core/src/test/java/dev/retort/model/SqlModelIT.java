package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.ScratchRequest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A desired-state SQL model loads into a scratch space of the target's dialect and leaves nothing behind. */
class SqlModelIT {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void loadsAModelAndLeavesTheTargetUntouched(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase target = TestDatabase.create(kind)) {
            Path model = directory.resolve("schema.sql");
            String marker = "sqlmodelit_" + UUID.randomUUID().toString().replace("-", "");
            Files.writeString(model, """
                    -- the application's tables
                    CREATE TABLE author (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
                    CREATE TABLE book (
                        id INTEGER PRIMARY KEY,
                        author_id INTEGER NOT NULL REFERENCES author (id),
                        title VARCHAR(200) NOT NULL /* a comment; with a semicolon */
                    );
                    CREATE INDEX ix_book_author ON book (author_id);
                    """ + scratchMarker(kind, target, marker));
            Schema schema = SqlModel.load(target.dialect(), new ScratchRequest(target.url(), target.user(), target.password()),
                    List.of(model), ReflectOptions.defaults());
            assertEquals(List.of("author", "book"), schema.tables().stream().map(t -> t.name().name().toLowerCase()).toList());
            Table book = schema.tables().get(1);
            assertEquals(1, book.foreignKeys().size());
            assertTrue(book.indexes().stream().anyMatch(i -> i.name().equalsIgnoreCase("ix_book_author")));
            assertTrue(!new dev.retort.testing.TestProject(directory, target).tableExists("author"),
                    "nothing was created in the target");
            // only this load's own scratch database is looked for: other Retorts may be loading models on the same server
            if (kind == TestDatabase.Kind.POSTGRES) {
                assertEquals(List.of(), target.column("SELECT datname FROM pg_database"
                        + " WHERE shobj_description(oid, 'pg_database') = '" + marker + "'"));
            } else if (kind == TestDatabase.Kind.MYSQL) {
                List<String> scratch = target.column("SELECT name FROM " + marker);
                assertEquals(1, scratch.size(), "the model recorded its scratch database");
                assertTrue(scratch.get(0).startsWith("retort_model_"), scratch.get(0));
                assertEquals(List.of(), target.column("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA"
                        + " WHERE SCHEMA_NAME = '" + scratch.get(0) + "'"));
            }
        }
    }

    /**
     * Statements that mark the scratch database the model runs in, so the test can tell afterwards that
     * this one is gone: PostgreSQL comments on it (database comments are visible server-wide); MariaDB
     * writes its name into a table of the target (another database on the same server). Nothing for the
     * embedded databases, whose scratch space is in memory.
     */
    private static String scratchMarker(TestDatabase.Kind kind, TestDatabase target, String marker) {
        return switch (kind) {
            case POSTGRES -> "DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), '"
                    + marker + "'); END $$;\n";
            case MYSQL -> "CREATE TABLE " + target.name() + "." + marker + " AS SELECT DATABASE() AS name;\n";
            case SQLITE, H2 -> "";
        };
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "POSTGRES"})
    void aBrokenModelNamesFileAndLine(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase target = TestDatabase.create(kind)) {
            Path model = directory.resolve("broken.sql");
            Files.writeString(model, "CREATE TABLE ok (id INTEGER);\n\nCREATE TABLE bad (id INTEGR PRIMARY KEY, , x);\n");
            RetortException e = assertThrows(RetortException.class, () -> SqlModel.load(target.dialect(),
                    new ScratchRequest(target.url(), target.user(), target.password()), List.of(model), ReflectOptions.defaults()));
            assertTrue(e.getMessage().contains("broken.sql:3"), e.getMessage());
        }
    }

    /**
     * PostgreSQL loads the model in transactions of a few hundred statements; what cannot run in one (CREATE INDEX CONCURRENTLY,
     * an enum value used before the ALTER TYPE that added it commits) is loaded statement by statement.
     */
    @org.junit.jupiter.api.Test
    void aPostgresqlModelThatCannotRunInOneTransactionStillLoads() throws IOException {
        try (TestDatabase target = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            Path model = directory.resolve("schema.sql");
            Files.writeString(model, """
                    CREATE TYPE mood AS ENUM ('sad', 'ok');
                    ALTER TYPE mood ADD VALUE 'happy';
                    CREATE TABLE person (id integer PRIMARY KEY, current_mood mood DEFAULT 'happy');
                    CREATE INDEX CONCURRENTLY ix_person_mood ON person (current_mood);
                    """);
            Schema schema = SqlModel.load(target.dialect(), new ScratchRequest(target.url(), target.user(), target.password()),
                    List.of(model), ReflectOptions.defaults());
            Table person = schema.tables().get(0);
            assertEquals("'happy'", person.columns().get(1).defaultValue().sql());
            assertTrue(person.indexes().stream().anyMatch(index -> index.name().equals("ix_person_mood")));
        }
    }

    @org.junit.jupiter.api.Test
    void aBrokenPostgresqlModelNamesTheFailingStatementOfTheRightFile() throws IOException {
        try (TestDatabase target = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            Path first = directory.resolve("first.sql");
            Path second = directory.resolve("second.sql");
            Files.writeString(first, "CREATE TABLE a (id integer PRIMARY KEY);\nCREATE TABLE b (id integer);\n");
            Files.writeString(second, "CREATE TABLE c (id integer);\n\n\nCREATE TABLE d (a_id integer REFERENCES missing (id));\n");
            RetortException e = assertThrows(RetortException.class, () -> SqlModel.load(target.dialect(),
                    new ScratchRequest(target.url(), target.user(), target.password()), List.of(first, second),
                    ReflectOptions.defaults()));
            assertTrue(e.getMessage().contains("second.sql:4 does not load"), e.getMessage());
            assertTrue(e.getMessage().contains("missing"), e.getMessage());
        }
    }

    /** A model's own ROLLBACK undoes what it began, not the statements before it, as it did one commit at a time. */
    @org.junit.jupiter.api.Test
    void aPostgresqlModelKeepsItsOwnTransactionControl() throws IOException {
        try (TestDatabase target = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            Path model = directory.resolve("schema.sql");
            Files.writeString(model, """
                    CREATE TABLE first (id integer);
                    BEGIN;
                    CREATE TABLE undone (id integer);
                    ROLLBACK;
                    CREATE TABLE last (id integer);
                    """);
            Schema schema = SqlModel.load(target.dialect(), new ScratchRequest(target.url(), target.user(), target.password()),
                    List.of(model), ReflectOptions.defaults());
            assertEquals(List.of("first", "last"), schema.tables().stream().map(table -> table.name().name()).sorted().toList());
        }
    }
}
