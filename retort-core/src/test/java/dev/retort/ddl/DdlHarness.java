package dev.retort.ddl;

import dev.retort.op.MigrationOp;
import dev.retort.schema.Schema;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One real database seen the way the DDL tests need it: reflect it (optionally only some tables),
 * render ops for it, and run statements on it the way Retort's runtime would — in one transaction
 * where the database has transactional DDL.
 */
final class DdlHarness {

    private final TestDatabase database;

    DdlHarness(TestDatabase database) {
        this.database = database;
    }

    TestDatabase database() {
        return database;
    }

    /** The schema of the tables matching the glob patterns (all tables when none are given). */
    Schema read(String... patterns) {
        ReflectOptions options = ReflectOptions.defaults().withTables(List.of(patterns), List.of());
        try (Connection connection = database.connect()) {
            return database.dialect().schemaReader().read(new JdbcSession(connection), options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> render(List<MigrationOp> ops, Schema before) {
        return database.dialect().ddlRenderer().render(ops, before);
    }

    /** Renders the ops for {@code before} and runs them. */
    void apply(List<MigrationOp> ops, Schema before) {
        run(render(ops, before));
    }

    /** Runs the statements, inside one transaction on SQLite and PostgreSQL. */
    void run(List<String> statements) {
        boolean transactional = database.kind() == TestDatabase.Kind.SQLITE || database.kind() == TestDatabase.Kind.POSTGRES;
        String current = null;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(!transactional);
            for (String sql : statements) {
                current = sql;
                statement.execute(sql);
            }
            if (transactional) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage() + "\n  while running: " + current + "\n  of: "
                    + String.join(";\n", statements), e);
        }
    }

    /**
     * Runs a script's statements on one connection in auto-commit mode, so session settings hold for
     * the statements after them; returns the statements that failed, with the database's message.
     */
    List<String> load(List<dev.retort.spi.SqlStatement> statements) {
        List<String> failed = new java.util.ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (dev.retort.spi.SqlStatement sql : statements) {
                try {
                    statement.execute(sql.sql());
                } catch (SQLException e) {
                    failed.add("line " + sql.line() + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return failed;
    }

    /** Runs one statement in auto-commit mode and returns the first column of every row. */
    List<String> query(String sql) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new AssertionError(e.getMessage() + "\n  while running: " + sql, e);
        }
    }
}
