package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema too large for one transaction on a server with PostgreSQL's default lock table
 * ({@code max_locks_per_transaction} 64 × {@code max_connections} 100, about 8,500 locks with its slack):
 * 2,000 tables with a key, a TOAST table and an index each need about 10,000. The server's settings are
 * not touched; the test only needs them to be the defaults or smaller.
 */
class PostgresLockTableIT {

    private static final int TABLES = 2000;

    @TempDir
    Path directory;

    @Test
    void anInitialRevisionTooLargeForOneTransactionIsWrittenAsSeveralThatApply() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            Retort retort = project(database, model());
            retort.autogenerate("initial", AutogenerateOptions.defaults());
            retort.upgrade("head");
            List<String> revisions;
            try (var files = Files.list(directory.resolve("migrations"))) {
                revisions = files.map(Path::toString).filter(name -> name.endsWith(".sql")).sorted().toList();
            }
            assertTrue(revisions.size() > 1, "one revision of " + TABLES + " tables: " + revisions);
            assertTrue(revisions.stream().anyMatch(file -> read(file).contains("(part 1 of ")), revisions.toString());
            assertEquals(List.of(Integer.toString(TABLES)), database.column("select count(*) from pg_tables"
                    + " where schemaname = current_schema() and tablename like 't%' and tablename not like 'retort%'"));
            assertTrue(retort.diff(AutogenerateOptions.defaults()).isEmpty());
            retort.downgrade("base");
            assertEquals(List.of("0"), database.column("select count(*) from pg_tables"
                    + " where schemaname = current_schema() and tablename not like 'retort%'"));
        }
    }

    @Test
    void aRevisionThatFillsTheLockTableIsExplainedAsThatNotAsAWrongScript() throws Exception {
        try (FreshDatabase database = FreshDatabase.create(TestDatabase.Kind.POSTGRES, null)) {
            Retort retort = project(database, model());
            Path migrations = Files.createDirectories(directory.resolve("migrations"));
            StringBuilder upgrade = new StringBuilder();
            for (int i = 0; i < TABLES; i++) {
                upgrade.append(table(i)).append('\n');
            }
            Files.writeString(migrations.resolve("0001_big.sql"), "-- retort:revision 0a0b0c0d0e0f\n-- retort:message big\n"
                    + "-- retort:upgrade\n" + upgrade + "-- retort:downgrade\n");
            RetortException e = assertThrows(RetortException.class, () -> retort.upgrade("head"));
            assertTrue(e.getMessage().contains("lock table is full"), e.getMessage());
            assertTrue(e.getMessage().contains("max_locks_per_transaction"), e.getMessage());
            assertTrue(!e.getMessage().contains("Fix the script"), e.getMessage());
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path model() throws IOException {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < TABLES; i++) {
            sql.append(table(i)).append('\n');
        }
        return Files.writeString(directory.resolve("model.sql"), sql);
    }

    private static String table(int i) {
        return "CREATE TABLE t" + i + " (id integer PRIMARY KEY, name text);\nCREATE INDEX t" + i + "_name ON t" + i + " (name);";
    }

    private Retort project(FreshDatabase database, Path model) throws IOException {
        Files.writeString(directory.resolve("retort.toml"), "url = \"" + database.url() + "\"\nuser = \"" + database.user()
                + "\"\nmodel = [\"" + model.toAbsolutePath() + "\"]\n");
        return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
    }
}
