package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One database server (or SQLite directory) the benchmark runs on, and the throw-away {@code bench_*}
 * schemas it makes there: a PostgreSQL schema selected with {@code currentSchema} inside a database of
 * the bench's own ({@code bench_pg}: the shared {@code test} database holds whatever other test runs
 * left, and catalog size shows in catalog queries), a MariaDB database, or a SQLite file. Every tool
 * gets the same kind of URL, so none is configured differently. Immutable; not meant for concurrent
 * use of one slot.
 */
final class BenchDatabase {

    /** Where one tool connects: a JDBC URL and the credentials (password may be null). */
    record Target(String url, String user, String password) {
    }

    /** The PostgreSQL database the bench makes for itself on the server of the admin URL. */
    static final String POSTGRES_DATABASE = "bench_pg";

    private final String name;
    private final String adminUrl;
    private final String user;
    private final Path sqliteDirectory;

    private BenchDatabase(String name, String adminUrl, String user, Path sqliteDirectory) {
        this.name = name;
        this.adminUrl = adminUrl;
        this.user = user;
        this.sqliteDirectory = sqliteDirectory;
    }

    static BenchDatabase postgres(String adminUrl, String user) {
        return new BenchDatabase("postgres", adminUrl, user, null);
    }

    static BenchDatabase mariadb(String adminUrl, String user) {
        return new BenchDatabase("mariadb", adminUrl, user, null);
    }

    static BenchDatabase sqlite(Path directory) {
        return new BenchDatabase("sqlite", null, null, directory.toAbsolutePath());
    }

    String name() {
        return name;
    }

    String label() {
        return switch (name) {
            case "postgres" -> "PostgreSQL";
            case "mariadb" -> "MariaDB";
            default -> "SQLite";
        };
    }

    /** True for MariaDB, whose DROP INDEX names the table. */
    boolean mariadb() {
        return name.equals("mariadb");
    }

    /** Drops and re-creates {@code bench_<slot>}, empty, and returns where to connect to it. */
    Target fresh(String slot) {
        String schema = "bench_" + slot;
        switch (name) {
            case "postgres" -> run(benchUrl(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema);
            case "mariadb" -> admin("DROP DATABASE IF EXISTS " + schema, "CREATE DATABASE " + schema);
            default -> deleteSqlite(schema);
        }
        return target(slot);
    }

    /** Where to connect to {@code bench_<slot>} (made by {@link #fresh}). */
    Target target(String slot) {
        String schema = "bench_" + slot;
        return switch (name) {
            case "postgres" -> new Target(benchUrl() + (benchUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    user, null);
            case "mariadb" -> new Target(sibling(schema), user, null);
            default -> new Target("jdbc:sqlite:" + sqliteDirectory.resolve(schema + ".db"), null, null);
        };
    }

    /** Removes {@code bench_<slot>}. */
    void drop(String slot) {
        String schema = "bench_" + slot;
        switch (name) {
            case "postgres" -> run(benchUrl(), "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            case "mariadb" -> admin("DROP DATABASE IF EXISTS " + schema);
            default -> deleteSqlite(schema);
        }
    }

    /** Makes what the slots live in: on PostgreSQL, the bench's own database (empty, made anew). */
    void open() {
        if (name.equals("postgres")) {
            close();
            admin("CREATE DATABASE " + POSTGRES_DATABASE);
        }
    }

    /** Removes what {@link #open} made. */
    void close() {
        if (name.equals("postgres")) {
            admin("DROP DATABASE IF EXISTS " + POSTGRES_DATABASE + " WITH (FORCE)");
        }
    }

    private String benchUrl() {
        return sibling(POSTGRES_DATABASE);
    }

    /** The admin URL with another database name: {@code jdbc:x://host:port/NAME[?params]}. */
    private String sibling(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
    }

    /** The server's version string, for the report. */
    String version() {
        Target target = name.equals("sqlite") ? fresh("version") : new Target(adminUrl, user, null);
        String sql = switch (name) {
            case "postgres" -> "SHOW server_version";
            case "mariadb" -> "SELECT VERSION()";
            default -> "SELECT sqlite_version()";
        };
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return label() + " " + rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(label() + ": cannot read the version: " + e.getMessage(), e);
        } finally {
            if (name.equals("sqlite")) {
                drop("version");
            }
        }
    }

    /** Runs statements on the administrative connection; used only outside timed sections. */
    void admin(String... sql) {
        run(adminUrl, sql);
    }

    private void run(String url, String... sql) {
        try (Connection connection = DriverManager.getConnection(url, user, null);
             Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(label() + " at " + url + ": " + String.join("; ", sql) + " failed: "
                    + e.getMessage() + "; is the server running (see bench/README.md)?", e);
        }
    }

    private void deleteSqlite(String schema) {
        try {
            Files.createDirectories(sqliteDirectory);
            for (String suffix : List.of(".db", ".db-journal", ".db-wal", ".db-shm")) {
                Files.deleteIfExists(sqliteDirectory.resolve(schema + suffix));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the SQLite file " + schema + ".db in " + sqliteDirectory, e);
        }
    }
}
