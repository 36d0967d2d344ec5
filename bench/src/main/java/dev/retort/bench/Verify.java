package dev.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks, outside the timed sections, that a tool really did the work: the number of revisions its own
 * history table records. Stateless.
 */
final class Verify {

    private Verify() {
    }

    /** Fails unless the tool's history table records exactly {@code expected} applied revisions. */
    static void applied(Tool tool, BenchDatabase.Target target, int expected) {
        String sql = switch (tool) {
            case RETORT -> "SELECT COUNT(*) FROM retort_version";
            case FLYWAY -> "SELECT COUNT(*) FROM flyway_schema_history WHERE type = 'SQL'";
            case LIQUIBASE -> "SELECT COUNT(*) FROM DATABASECHANGELOG";
        };
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            int actual = rows.getInt(1);
            if (actual != expected) {
                throw new IllegalStateException(tool.label() + " at " + target.url() + " recorded " + actual
                        + " revisions, expected " + expected + " — the measurement is void");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(tool.label() + " at " + target.url() + ": cannot count applied revisions: "
                    + e.getMessage(), e);
        }
    }
}
