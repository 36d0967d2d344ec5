package dev.retort.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh MariaDB database for one test, from {@code RETORT_TEST_MYSQL_URL}: skipped where unset, a
 * failure under CI ({@code CI=true}), so no database goes untested there. Dropped by {@link #close()}.
 */
record ServerDatabase(String adminUrl, String url, String user, String password, String name) implements AutoCloseable {

    static ServerDatabase mariadb() {
        String base = System.getenv("RETORT_TEST_MYSQL_URL");
        if (base == null || base.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("RETORT_TEST_MYSQL_URL is not set: CI must test MariaDB; run bin/test");
            }
            Assumptions.abort("RETORT_TEST_MYSQL_URL is not set: skipping MariaDB tests");
        }
        String user = System.getenv().getOrDefault("RETORT_TEST_MYSQL_USER", "root");
        String password = System.getenv().getOrDefault("RETORT_TEST_MYSQL_PASSWORD", "");
        String name = "rt_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ServerDatabase database = new ServerDatabase(base, withDatabase(base, name), user, password, name);
        database.admin("CREATE DATABASE " + name);
        return database;
    }

    /** The URL of the same database spelled {@code jdbc:mysql:}. */
    String mysqlSchemeUrl() {
        return url.replaceFirst("^jdbc:mariadb:", "jdbc:mysql:");
    }

    /** The number of rows of a table of this database. */
    long count(String table) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name);
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database at " + adminUrl + ": " + e.getMessage(), e);
        }
    }

    private static String withDatabase(String base, String name) {
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        int query = base.indexOf('?');
        return base.substring(0, slash) + "/" + name + (query < 0 ? "" : base.substring(query));
    }
}
