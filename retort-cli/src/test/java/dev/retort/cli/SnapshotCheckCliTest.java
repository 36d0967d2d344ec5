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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort check} on the embedded SQLite default compares the database with the schema snapshot that
 * {@code revision --autogenerate} wrote, and exits with the check code (1) on drift; with
 * {@code drift_source = "snapshot"} the model is never loaded (it is made unloadable here).
 */
class SnapshotCheckCliTest {

    @TempDir
    Path project;

    CliRun run(String... args) {
        return CliRun.in(project, args);
    }

    @Test
    void checkReportsDriftFromTheSnapshotWithTheCheckExitCode() throws IOException, SQLException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("retort.toml"), "model = [\"model.sql\"]\ndrift_source = \"snapshot\"\n");
        Files.writeString(project.resolve("model.sql"), "CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC);\n");
        CliRun generated = run("revision", "--autogenerate", "-m", "orders");
        assertEquals(0, generated.code(), generated.err());
        try (var files = Files.list(project.resolve("migrations"))) {
            List<String> names = files.map(file -> file.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names::toString);
            assertTrue(names.get(0).endsWith("_orders.schema.json") && names.get(1).endsWith("_orders.sql"), names::toString);
        }
        assertEquals(0, run("upgrade").code());
        Files.writeString(project.resolve("model.sql"), "NOT SQL AT ALL;\n");

        CliRun clean = run("check");
        assertEquals(ExitCodes.OK, clean.code(), clean.out() + clean.err());
        assertTrue(clean.out().contains("compared with the schema snapshot of revision"), clean.out());

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("retort.db"));
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE orders ADD COLUMN note TEXT");
        }
        CliRun drifted = run("check");
        assertEquals(ExitCodes.CHECK_FAILED, drifted.code(), drifted.out() + drifted.err());
        assertTrue(drifted.out().contains("drop column orders.note")
                && drifted.out().contains("compared with the schema snapshot of revision"), drifted.out());
        CliRun json = run("--json", "check");
        assertEquals(ExitCodes.CHECK_FAILED, json.code());
        assertTrue(json.out().contains("\"drift_note\": \"compared with the schema snapshot"), json.out());
    }
}
