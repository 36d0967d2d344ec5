package dev.retort.testing;

import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.spi.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, empty database for one test class: a temporary SQLite file, a private in-memory H2
 * database, a new PostgreSQL schema or a new MariaDB database. Dropped again by {@link #close()}.
 *
 * <p>PostgreSQL and MariaDB come from {@code RETORT_TEST_POSTGRES_URL} and {@code RETORT_TEST_MYSQL_URL}.
 * Unset, their tests are skipped on a developer machine; under CI ({@code CI=true}) they fail
 * instead, so no dialect is ever skipped silently.
 */
public final class TestDatabase implements AutoCloseable {

    /** The four supported families. */
    public enum Kind { SQLITE, H2, POSTGRES, MYSQL }

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final String adminUrl;
    private final Path directory;

    private TestDatabase(Kind kind, String url, String user, String password, String name, String adminUrl, Path directory) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
        this.adminUrl = adminUrl;
        this.directory = directory;
    }

    /** Creates a fresh database of the given kind, or skips/fails the test as described above. */
    public static TestDatabase create(Kind kind) {
        String name = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            return switch (kind) {
                case SQLITE -> {
                    Path dir = Files.createTempDirectory("retort-sqlite");
                    yield new TestDatabase(kind, "jdbc:sqlite:" + dir.resolve(name + ".db"), null, null, name, null, dir);
                }
                case H2 -> {
                    // A file with AUTO_SERVER, so that separate processes can share it as applications would.
                    Path dir = Files.createTempDirectory("retort-h2");
                    yield new TestDatabase(kind, "jdbc:h2:file:" + dir.resolve(name) + ";AUTO_SERVER=TRUE", "sa", "", name, null, dir);
                }
                case POSTGRES -> postgres(name);
                case MYSQL -> mysql(name);
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TestDatabase postgres(String name) {
        String base = serverUrl("RETORT_TEST_POSTGRES_URL", "PostgreSQL");
        String user = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_PASSWORD", "");
        admin(base, user, password, "CREATE SCHEMA " + name);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new TestDatabase(Kind.POSTGRES, url, user, password, name, base, null);
    }

    private static TestDatabase mysql(String name) {
        String base = serverUrl("RETORT_TEST_MYSQL_URL", "MariaDB/MySQL");
        String user = System.getenv().getOrDefault("RETORT_TEST_MYSQL_USER", "root");
        String password = System.getenv().getOrDefault("RETORT_TEST_MYSQL_PASSWORD", "");
        admin(base, user, password, "CREATE DATABASE " + name);
        // Replace the database part of jdbc:mariadb://host:port/db?params with the fresh one.
        int slash = base.indexOf('/', base.indexOf("//") + 2);
        int query = base.indexOf('?');
        String params = query < 0 ? "" : base.substring(query);
        String url = base.substring(0, slash) + "/" + name + params;
        return new TestDatabase(Kind.MYSQL, url, user, password, name, base, null);
    }

    private static String serverUrl(String variable, String label) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(variable + " is not set: CI must test " + label + "; run the tests through bin/test");
            }
            Assumptions.abort(variable + " is not set: skipping " + label + " tests (bin/test sets it)");
        }
        return url;
    }

    private static void admin(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database at " + url + ": " + e.getMessage(), e);
        }
    }

    public Kind kind() {
        return kind;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The schema (PostgreSQL), database (MariaDB) or file stem (SQLite, H2) created for this test. */
    public String name() {
        return name;
    }

    public Dialect dialect() {
        return switch (kind) {
            case SQLITE -> new SqliteDialect();
            case H2 -> new H2Dialect();
            case POSTGRES -> new PostgresDialect();
            case MYSQL -> new MysqlDialect();
        };
    }

    /** A new connection to this database; the caller closes it. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + url + ": " + e.getMessage(), e);
        }
    }

    /** Runs each statement in order on a new connection (auto-commit). */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of every row of a query, as strings. */
    public java.util.List<String> column(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(sql)) {
            java.util.List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        switch (kind) {
            case POSTGRES -> admin(adminUrl, user, password, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            case MYSQL -> admin(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name);
            case H2 -> {
                execute("SHUTDOWN");
                deleteQuietly(directory);
            }
            case SQLITE -> deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // A temp directory left behind is harmless.
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
