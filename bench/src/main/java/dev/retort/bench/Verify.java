package dev.retort.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Checks, outside the timed sections, that a tool really did the work: the number of revisions its own
 * history table records, and what the schema holds besides the tools' own tables. Stateless.
 */
final class Verify {

    /** The history's tables, their columns and indexes, as the database's catalog counts them. */
    record Shape(long tables, long columns, long indexes) {
        @Override
        public String toString() {
            return tables + " tables, " + columns + " columns, " + indexes + " indexes";
        }
    }



    private Verify() {
    }

    /** Counts the tables, columns and indexes of the history in the target's schema. */
    static Shape shape(BenchDatabase database, BenchDatabase.Target target) {
        String[] sql = switch (database.name()) {
            case "postgres" -> new String[] {
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()" + filter("table_name"),
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema()" + filter("table_name"),
                "SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema()" + filter("tablename")};
            case "mariadb" -> new String[] {
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()" + filter("table_name"),
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = DATABASE()" + filter("table_name"),
                "SELECT COUNT(DISTINCT table_name, index_name) FROM information_schema.statistics"
                        + " WHERE table_schema = DATABASE()" + filter("table_name")};
            default -> new String[] {
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'" + filter("name"),
                "SELECT COUNT(*) FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table'"
                        + " AND m.name NOT LIKE 'sqlite%'" + filter("m.name"),
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'" + filter("tbl_name")};
        };
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement statement = connection.createStatement()) {
            long[] counts = new long[3];
            for (int i = 0; i < 3; i++) {
                try (ResultSet rows = statement.executeQuery(sql[i])) {
                    rows.next();
                    counts[i] = rows.getLong(1);
                }
            }
            return new Shape(counts[0], counts[1], counts[2]);
        } catch (SQLException e) {
            throw new IllegalStateException(database.label() + ": cannot read the schema of " + target.url() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Leaves out the tools' own tables (retort_*, flyway_schema_history, databasechangelog*, alembic_version). */
    private static String filter(String column) {
        String name = "lower(" + column + ")";
        return " AND " + name + " NOT LIKE 'retort%' AND " + name + " NOT LIKE 'flyway%' AND " + name
                + " NOT LIKE 'databasechangelog%' AND " + name + " NOT LIKE 'alembic%'";
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
