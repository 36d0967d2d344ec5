package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baseline} and {@code import} through the command line on SQLite: output, refusals and exit codes. */
class AdoptionCliTest {

    @TempDir
    Path temp;

    private static void sql(Path database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void baselineWritesStampsAndThenRefusesASecondTime() throws Exception {
        Path project = temp.resolve("app");
        assertEquals(0, CliRun.in(project, "init").code());
        sql(project.resolve("retort.db"), "CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "CREATE INDEX customer_name ON customer (name)", "CREATE VIEW names AS SELECT name FROM customer");
        CliRun baseline = CliRun.in(project, "baseline", "-m", "as it was", "--rev-id", "base1");
        assertEquals(0, baseline.code(), baseline.err());
        assertTrue(baseline.out().contains("stamped base1"), baseline.out());
        assertEquals(0, CliRun.in(project, "check").code(), "nothing pending, no drift");
        CliRun again = CliRun.in(project, "baseline");
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already has 1 revision(s)") && again.err().contains("retort stamp"), again.err());

        Path fresh = temp.resolve("fresh");
        Files.createDirectories(fresh);
        Files.writeString(fresh.resolve("retort.toml"), "locations = [\"" + project.resolve("migrations") + "\"]\n");
        assertEquals(0, CliRun.in(fresh, "upgrade").code());
        assertEquals(0, CliRun.in(fresh, "downgrade", "base").code());
    }

    @Test
    void importFlywayThenItsHistory() throws IOException, SQLException {
        Path flyway = Files.createDirectories(temp.resolve("flyway"));
        Files.writeString(flyway.resolve("V1__customer.sql"), "CREATE TABLE customer (id INTEGER PRIMARY KEY);\n");
        Files.writeString(flyway.resolve("V1.1__orders.sql"), "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
        Files.writeString(flyway.resolve("V2__${table}.sql"), "CREATE TABLE ${table} (id INTEGER);\n");
        Path project = temp.resolve("app");
        assertEquals(0, CliRun.in(project, "init").code());
        CliRun missing = CliRun.in(project, "import", "flyway", flyway.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("${table} (V2__${table}.sql line 1)"), missing.err());
        // the database Flyway migrated, with Flyway's table as Flyway writes it (V2 failed)
        sql(project.resolve("retort.db"), "CREATE TABLE customer (id INTEGER PRIMARY KEY)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY)",
                "CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50),"
                        + " description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,"
                        + " checksum INT, installed_by VARCHAR(100) NOT NULL, installed_on TEXT, execution_time INT NOT NULL,"
                        + " success BOOLEAN NOT NULL)",
                "INSERT INTO flyway_schema_history VALUES (1, '1', 'customer', 'SQL', 'V1__customer.sql', 1, 'me', '', 1, 1)",
                "INSERT INTO flyway_schema_history VALUES (2, '1.1', 'orders', 'SQL', 'V1.1__orders.sql', 1, 'me', '', 1, 1)",
                "INSERT INTO flyway_schema_history VALUES (3, '2', '${table}', 'SQL', 'V2__${table}.sql', 1, 'me', '', 1, 0)");
        CliRun imported = CliRun.in(project, "import", "flyway", flyway.toString(), "--placeholder", "table=events", "--history");
        assertEquals(1, imported.code(), imported.err());
        assertTrue(imported.out().contains("imported 3 revision(s) from flyway: V1, V1.1, V2"), imported.out());
        assertTrue(imported.out().contains("the database is at V1.1"), imported.out());
        assertTrue(imported.err().contains("Flyway recorded version 2 (V2__${table}.sql) as failed"), imported.err());
        CliRun status = CliRun.in(project, "status");
        assertTrue(status.out().contains("1 pending"), status.out());
        assertEquals(0, CliRun.in(project, "upgrade").code());
    }

    @Test
    void anUnknownToolIsAUsageError() {
        assertEquals(0, CliRun.in(temp, "init").code());
        CliRun run = CliRun.in(temp, "import", "liquibase", temp.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("unknown tool 'liquibase'"), run.err());
    }
}
