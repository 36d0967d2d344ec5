package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.reflect.NativeLoader;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autogenerate on PostgreSQL schemas nobody tuned for Retort, judged by PostgreSQL's own dump: the model
 * is loaded with psql into one fresh database, Retort migrates another, empty one, and {@code pg_dump -s}
 * of both must agree line for line (sorted, so only what is there counts, not pg_dump's order). Then
 * {@code diff} finds nothing and {@code downgrade base} leaves the database as it found it.
 *
 * <p>Each side is a database of its own, not a schema of a shared one: extensions belong to a database,
 * so only then does the dump of {@code public} with its extensions ({@code -n public -e '*'}) show
 * exactly what the model and the migration made.
 */
class PostgresNativeDumpIT {

    @TempDir
    Path directory;

    @Test
    void aModelWrittenByACurrentPgDumpLoads() throws Exception {
        Path hand = write("hand.sql", """
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE person (id serial PRIMARY KEY, name varchar(80) NOT NULL UNIQUE, feeling mood);
                CREATE INDEX person_feeling ON person (feeling) WHERE feeling IS NOT NULL;
                CREATE VIEW happy AS SELECT id, name FROM person WHERE feeling = 'happy';
                """);
        Path model = directory.resolve("dumped.sql");
        try (FreshDatabase source = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            assertEquals(List.of(), source.load(List.of(hand), null, false));
            Files.writeString(model, pgDump(source, List.of()));
        }
        String text = Files.readString(model);
        // the premise: pg_dump 13.22, 14.19, 15.14, 16.10, 17.6 and later write these lines
        assertTrue(text.startsWith("\\restrict ") || text.contains("\n\\restrict "), "no \\restrict in " + text);
        assertTrue(text.contains("\n\\unrestrict "), text);
        exact(model);
    }

    @Test
    void indexKeysKeepTheirOperatorClasses() throws Exception {
        exact(write("opclasses.sql", """
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
                CREATE TABLE doc (id integer PRIMARY KEY, name text, code varchar(20), body jsonb, tag text);
                CREATE INDEX doc_name_trgm ON doc USING gin (name gin_trgm_ops);
                CREATE INDEX doc_name_sig ON doc USING gist (name gist_trgm_ops (siglen = 32));
                CREATE INDEX doc_body_path ON doc USING gin (body jsonb_path_ops);
                CREATE INDEX doc_code_pattern ON doc (code varchar_pattern_ops);
                CREATE INDEX doc_tag_pattern ON doc (lower(tag) text_pattern_ops DESC, id);
                CREATE INDEX doc_body_default ON doc USING gin (body);
                """));
    }

    @Test
    void anIndexWhoseOperatorClassChangedIsCreatedAgain() throws Exception {
        String table = "CREATE TABLE doc (id integer PRIMARY KEY, code varchar(20), body jsonb);\n";
        exact(write("changed.sql", table + """
                CREATE INDEX doc_code ON doc (code varchar_pattern_ops);
                CREATE INDEX doc_body ON doc USING gin (body);
                """), table + """
                CREATE INDEX doc_code ON doc (code);
                CREATE INDEX doc_body ON doc USING gin (body jsonb_path_ops);
                """);
    }

    @Test
    void extensionsTheModelCreatesInADoBlockAreCreatedFromTheCatalog() throws Exception {
        exact(write("extensions.sql", """
                DO $$
                BEGIN
                    EXECUTE 'CREATE EXTENSION IF NOT EXISTS pg_trgm';
                    EXECUTE 'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"';
                    EXECUTE 'CREATE EXTENSION IF NOT EXISTS hstore VERSION ''1.7''';
                END
                $$;
                CREATE TABLE doc (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), name text, extra hstore);
                CREATE INDEX doc_name_trgm ON doc USING gin (name gin_trgm_ops);
                """), null, target -> assertEquals(List.of("hstore 1.7"), target.column(
                        "select extname || ' ' || extversion from pg_extension where extname = 'hstore'"),
                        "pg_dump prints no extension's version"));
    }

    @Test
    void compositeTypesOnlyFunctionsUseAreCreatedAndShown() throws Exception {
        Path model = write("composite.sql", """
                CREATE TYPE pair AS (a integer, b integer);
                CREATE TYPE named AS (label text COLLATE "C", at timestamp(3) with time zone, inner_pair pair);
                DO $$ BEGIN EXECUTE 'CREATE TYPE made_in_block AS (x numeric(10, 2))'; END $$;
                CREATE FUNCTION pair_sum(p pair) RETURNS integer LANGUAGE sql AS $$ SELECT p.a + p.b $$;
                CREATE FUNCTION label_of(n named) RETURNS text LANGUAGE sql AS $$ SELECT n.label $$;
                """);
        exact(model, null, target -> {
            String inspected = Reports.text(project(target, model).inspect(List.of(), List.of()));
            assertTrue(inspected.contains("type pair\n"), inspected);
            assertTrue(inspected.contains("type made_in_block\n"), inspected);
        });
    }

    @Test
    void aModelOfOnlyACompositeTypeIsAChange() throws Exception {
        exact(write("only-type.sql", "CREATE TYPE pair AS (a integer, b integer);\n"));
    }

    @Test
    void aCompositeTypeWhoseAttributesChangedIsCreatedAgain() throws Exception {
        exact(write("changed-type.sql", "CREATE TYPE pair AS (a integer, b bigint, c text);\n"),
                "CREATE TYPE pair AS (a integer, b integer);\n");
    }

    @Test
    void aChangedCompositeTypeThatAFunctionOrColumnUsesIsReportedNotDropped() throws Exception {
        String function = "CREATE FUNCTION pair_sum(p pair) RETURNS integer LANGUAGE sql AS $$ SELECT p.a $$;\n";
        Path model = write("used-type.sql", "CREATE TYPE pair AS (a integer, b bigint);\n" + function
                + "CREATE TYPE holder AS (a integer, b bigint);\nCREATE TABLE keeps (id integer PRIMARY KEY, h holder);\n");
        try (FreshDatabase target = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            assertEquals(List.of(), target.load(List.of(write("used-start.sql", "CREATE TYPE pair AS (a integer, b integer);\n"
                    + function + "CREATE TYPE holder AS (a integer);\nCREATE TABLE keeps (id integer PRIMARY KEY, h holder);\n")),
                    null, false));
            Changes changes = project(target, model).diff(AutogenerateOptions.defaults());
            assertEquals(List.of("type holder", "type pair"), changes.skipped().stream().map(Skipped::object).sorted().toList());
            assertTrue(changes.skipped().get(0).reason().contains("ALTER TYPE"), changes.skipped().get(0).reason());
            assertTrue(changes.isEmpty(), () -> AcceptanceRun.describe(changes));
        }
    }

    @Test
    void aTableDrawingFromAnotherTablesSequenceComesAfterIt() throws Exception {
        // "aa_" sorts before "zz_": by name alone the drawing table would come first
        exact(write("shared-sequence.sql", """
                CREATE TABLE zz_owner (id serial PRIMARY KEY, name text);
                CREATE TABLE aa_borrower (id integer PRIMARY KEY DEFAULT nextval('zz_owner_id_seq'), note text);
                CREATE TABLE mm_other (n bigint DEFAULT nextval('public.zz_owner_id_seq'::regclass) NOT NULL);
                """));
    }

    @Test
    void aColumnViewsAndRulesReadIsWidenedAroundThemBothWays() throws Exception {
        String dependents = """
                CREATE TABLE t_log (name varchar(200));
                CREATE VIEW names AS SELECT id, name FROM t WHERE name <> '';
                CREATE VIEW long_names AS SELECT name FROM names WHERE length(name) > 10;
                CREATE VIEW counted AS SELECT count(*) AS n FROM long_names;
                CREATE MATERIALIZED VIEW name_list AS SELECT name FROM t;
                CREATE RULE t_copy AS ON INSERT TO t DO ALSO INSERT INTO t_log VALUES (NEW.name);
                CREATE VIEW unrelated AS SELECT id FROM t;
                """;
        exact(write("widened.sql", "CREATE TABLE t (id integer PRIMARY KEY, name varchar(80), code integer);\n" + dependents),
                "CREATE TABLE t (id integer PRIMARY KEY, name varchar(20), code integer);\n" + dependents);
    }

    @Test
    void sequencesOwnedByColumnsKeepNameTypeAndEveryProperty() throws Exception {
        exact(write("owned-sequences.sql", """
                CREATE TABLE orders (id bigint NOT NULL, code smallint, note text);
                CREATE SEQUENCE order_numbers AS bigint START WITH 1000 INCREMENT BY 5 MINVALUE 10 MAXVALUE 99999999 CACHE 20 CYCLE;
                ALTER SEQUENCE order_numbers OWNED BY orders.id;
                ALTER TABLE orders ALTER COLUMN id SET DEFAULT nextval('order_numbers');
                ALTER TABLE orders ADD PRIMARY KEY (id);
                CREATE SEQUENCE order_codes AS smallint START WITH 7;
                ALTER SEQUENCE order_codes OWNED BY orders.code;
                CREATE FUNCTION set_code() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN NEW.code := nextval('order_codes'); RETURN NEW; END $$;
                CREATE TRIGGER orders_code BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION set_code();
                CREATE TABLE plain (id serial PRIMARY KEY, big bigserial);
                CREATE SEQUENCE free_standing AS integer INCREMENT BY -1 MINVALUE -1000 MAXVALUE -1 START WITH -1;
                """));
    }

    @Test
    void aSequenceWhosePropertiesChangedIsMigrated() throws Exception {
        exact(write("changed-sequence.sql", """
                CREATE SEQUENCE tickets AS integer INCREMENT BY 2 START WITH 100 CACHE 10 CYCLE;
                CREATE TABLE booked (id integer NOT NULL);
                CREATE SEQUENCE booked_id AS integer START WITH 50 OWNED BY booked.id;
                ALTER TABLE booked ALTER COLUMN id SET DEFAULT nextval('booked_id');
                """), """
                CREATE SEQUENCE tickets;
                CREATE TABLE booked (id serial NOT NULL);
                """);
    }

    @Test
    void unloggedSequencesAreKept() throws Exception {
        exact(write("unlogged.sql", """
                CREATE UNLOGGED SEQUENCE scratch_numbers;
                CREATE SEQUENCE logged_numbers;
                """));
    }

    @Test
    void triggersClonedOntoPartitionsAreNoObjectsOfTheirOwn() throws Exception {
        Path model = write("partition-triggers.sql", """
                CREATE TABLE measure (id integer NOT NULL, at date NOT NULL, v integer) PARTITION BY RANGE (at);
                CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.v := coalesce(NEW.v, 0); RETURN NEW; END $$;
                CREATE TRIGGER measure_touch BEFORE INSERT ON measure FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        exact(model, null, target -> {
            String inspected = Reports.text(project(target, model).inspect(List.of(), List.of()));
            assertEquals(1, inspected.lines().filter(line -> line.contains("measure_touch")).count(), inspected);
        });
    }

    @Test
    void whatRetortDoesNotReproduceIsNamedByDiffNeverPassedOver() throws Exception {
        Path model = write("not-reproduced.sql", """
                CREATE EXTENSION IF NOT EXISTS btree_gist;
                COMMENT ON EXTENSION btree_gist IS 'gist for scalars';
                CREATE TABLE booking (room integer NOT NULL, during tstzrange NOT NULL, note text, body jsonb,
                    CONSTRAINT booking_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&) DEFERRABLE INITIALLY DEFERRED,
                    CONSTRAINT booking_pk PRIMARY KEY (room, during) INCLUDE (note)) WITH (fillfactor = 70);
                CREATE INDEX booking_body ON booking USING gin (body) WITH (fastupdate = false);
                CREATE UNIQUE INDEX booking_note ON booking (note) NULLS NOT DISTINCT;
                ALTER TABLE booking ADD CONSTRAINT booking_room CHECK (room > 0) NOT VALID;
                COMMENT ON CONSTRAINT booking_room ON booking IS 'positive';
                COMMENT ON INDEX booking_body IS 'by body';
                CREATE UNLOGGED TABLE scratchpad (id integer PRIMARY KEY, note text, blob bytea);
                ALTER TABLE scratchpad ALTER COLUMN note SET (n_distinct = 100);
                ALTER TABLE scratchpad ALTER COLUMN note SET STORAGE EXTERNAL;
                ALTER TABLE scratchpad ALTER COLUMN blob SET COMPRESSION pglz;
                CREATE TYPE colour AS ENUM ('red', 'green');
                COMMENT ON TYPE colour IS 'a colour';
                CREATE FUNCTION twice(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1 * 2 $$;
                COMMENT ON FUNCTION twice(integer) IS 'doubles';
                CREATE VIEW notes AS SELECT note FROM booking;
                COMMENT ON VIEW notes IS 'the notes';
                CREATE TABLE measure (id integer NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
                CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                CREATE INDEX measure_at ON ONLY measure (at);
                CREATE INDEX m24_at ON measure_2024 (at);
                ALTER INDEX measure_at ATTACH PARTITION m24_at;
                """);
        try (FreshDatabase target = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            Changes changes = project(target, model).diff(AutogenerateOptions.defaults());
            String named = changes.skipped().stream().map(skip -> skip.table() + ": " + skip.object())
                    .sorted().collect(Collectors.joining("\n"));
            for (String expected : List.of("booking: exclude constraint booking_no_overlap",
                    "booking: INCLUDE columns of index booking_pk", "booking: storage parameters of index booking_body",
                    "booking: storage parameters of the table", "booking: NULLS NOT DISTINCT of index booking_note",
                    "booking: NOT VALID constraint booking_room", "booking: comment on constraint booking_room",
                    "booking: comment on index booking_body", "scratchpad: UNLOGGED table",
                    "scratchpad: options of column note", "scratchpad: storage of column note",
                    "scratchpad: compression of column blob", "null: comment on type colour",
                    "null: comment on function twice(integer)", "null: comment on view notes",
                    "null: comment on extension btree_gist",
                    "measure_2024: index m24_at of a partition (PostgreSQL names it itself)")) {
                assertTrue(named.contains(expected), expected + " is not named in:\n" + named);
            }
        }
    }

    /** Autogenerate, upgrade, compare the dumps, diff again, downgrade to base. */
    private void exact(Path model) throws Exception {
        exact(model, null);
    }

    private void exact(Path model, String start) throws Exception {
        exact(model, start, target -> { });
    }

    /** What the dump does not show, checked on the migrated database. */
    private interface AfterUpgrade {
        void check(FreshDatabase target) throws Exception;
    }

    /**
     * As {@link #exact(Path)}, on a database that holds {@code start} (loaded with psql) rather than nothing;
     * {@code downgrade base} must bring that back.
     */
    private void exact(Path model, String start, AfterUpgrade afterUpgrade) throws Exception {
        try (FreshDatabase reference = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null);
             FreshDatabase target = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            assertEquals(List.of(), reference.load(List.of(model), null, false), "psql could not load the model");
            if (start != null) {
                assertEquals(List.of(), target.load(List.of(write("start.sql", start)), null, false), "psql could not load the start");
            }
            String empty = schemaDump(target);
            Retort retort = project(target, model);
            Retort.Generated generated = retort.autogenerate("model", AutogenerateOptions.defaults());
            assertNotNull(generated.script(), "autogenerate found no changes");
            assertEquals(List.of(), generated.changes().skipped(), "autogenerate skipped something");
            retort.upgrade("head");
            assertEquals(schemaDump(reference), schemaDump(target), "pg_dump -s of the model and of the migrated database");
            afterUpgrade.check(target);
            Changes again = retort.diff(AutogenerateOptions.defaults());
            assertTrue(again.isEmpty(), () -> "diff after upgrade: " + AcceptanceRun.describe(again));
            assertEquals(List.of(), again.skipped(), "diff after upgrade skipped something");
            retort.downgrade("base");
            assertEquals(empty, schemaDump(target), "downgrade base did not restore the start");
        }
    }

    private Retort project(FreshDatabase database, Path model) throws IOException {
        Path project = Files.createDirectories(directory.resolve("project-" + database.name()));
        Files.writeString(project.resolve("retort.toml"), "url = \"" + database.url() + "\"\nuser = \"" + database.user()
                + "\"\nmodel = [\"" + model.toAbsolutePath() + "\"]\n");
        return Retort.builder().projectDirectory(project).readEnvironment(false).build();
    }

    /**
     * The default schema's {@code pg_dump -s}, its extensions with it and Retort's tables left out, normalised
     * only by dropping what names the dump itself (comments, SET lines, the restrict key, blank lines) and
     * sorting the lines.
     */
    private static String schemaDump(FreshDatabase database) {
        String dump = pgDump(database, List.of("--no-owner", "--no-privileges", "-n", "public", "-e", "*",
                "-T", "public.retort_*"));
        return DumpNormaliser.postgres(dump).lines().sorted().collect(Collectors.joining("\n"));
    }

    /** {@code pg_dump -s} of the whole database with the given options. */
    private static String pgDump(FreshDatabase database, List<String> options) {
        NativeLoader.Server server = NativeLoader.Server.of(database.url());
        List<String> command = new ArrayList<>(List.of("/usr/bin/pg_dump", "-s", "-h", server.host(),
                "-p", Integer.toString(server.port()), "-U", database.user()));
        command.addAll(options);
        command.add(database.name());
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("PGPASSWORD", database.password() == null ? "" : database.password());
            Path errors = Files.createTempFile("retort-pg-dump", ".err");
            builder.redirectError(errors.toFile());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean done = process.waitFor(2, TimeUnit.MINUTES);
            String error = Files.readString(errors);
            Files.delete(errors);
            assertTrue(done && process.exitValue() == 0, () -> "pg_dump failed: " + error);
            return output;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Path write(String name, String sql) throws IOException {
        return Files.writeString(directory.resolve(name), sql);
    }
}
