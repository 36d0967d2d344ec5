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
    /** A second one, for a second copy of the wide schema (see {@link #second}). */
    static final String POSTGRES_SECOND_DATABASE = "bench_pg2";

    private final String name;
    private final String adminUrl;
    private final String user;
    private final Path sqliteDirectory;
    private final String postgresDatabase;

    private BenchDatabase(String name, String adminUrl, String user, Path sqliteDirectory) {
        this(name, adminUrl, user, sqliteDirectory, POSTGRES_DATABASE);
    }

    private BenchDatabase(String name, String adminUrl, String user, Path sqliteDirectory, String postgresDatabase) {
        this.postgresDatabase = postgresDatabase;
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

    /**
     * Where a second copy of a schema goes so that it does not share the first one's catalog: on
     * PostgreSQL a second bench database ({@value #POSTGRES_SECOND_DATABASE}, made by its {@link #open});
     * elsewhere this same server or directory (a MariaDB database and a SQLite file are their own
     * catalogs already).
     */
    BenchDatabase second() {
        return name.equals("postgres")
                ? new BenchDatabase(name, adminUrl, user, sqliteDirectory, POSTGRES_SECOND_DATABASE) : this;
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

    /** Statements per round trip (and, on PostgreSQL, per transaction) of {@link #load}. */
    private static final int LOAD_CHUNK = 300;

    /**
     * Drops and re-creates {@code bench_<slot>} and runs the statements there (not timed): a few hundred
     * statements per multi-statement round trip, each chunk one transaction on PostgreSQL (one for all
     * would exhaust its lock table, sized by max_locks_per_transaction), one batch in one transaction on
     * SQLite. MariaDB commits each DDL statement anyway.
     */
    Target load(String slot, List<String> statements) {
        Target target = fresh(slot);
        String url = mariadb() ? target.url() + (target.url().contains("?") ? "&" : "?") + "allowMultiQueries=true"
                : target.url();
        try (Connection connection = DriverManager.getConnection(url, target.user(), target.password());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            if (name.equals("sqlite")) {
                for (String each : statements) {
                    statement.addBatch(each);
                }
                statement.executeBatch();
                connection.commit();
            } else {
                for (int from = 0; from < statements.size(); from += LOAD_CHUNK) {
                    statement.execute(String.join(";\n", statements.subList(from,
                            Math.min(statements.size(), from + LOAD_CHUNK))));
                    connection.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(label() + ": loading " + statements.size() + " statements into bench_" + slot
                    + " failed: " + e.getMessage(), e);
        }
        return target;
    }

    /**
     * Removes {@code bench_<slot>} holding these tables. On PostgreSQL the tables go first, a hundred per
     * statement: one {@code DROP SCHEMA … CASCADE} of a thousand tables needs more locks than the
     * server's lock table holds.
     */
    void dropTables(String slot, List<String> tables) {
        if (name.equals("postgres")) {
            String url = target(slot).url();
            for (int from = 0; from < tables.size(); from += 100) {
                run(url, "DROP TABLE IF EXISTS " + String.join(", ", tables.subList(from, Math.min(tables.size(),
                        from + 100))) + " CASCADE");
            }
        }
        drop(slot);
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
            admin("CREATE DATABASE " + postgresDatabase);
        }
    }

    /** Removes what {@link #open} made. */
    void close() {
        if (name.equals("postgres")) {
            admin("DROP DATABASE IF EXISTS " + postgresDatabase + " WITH (FORCE)");
        }
    }

    private String benchUrl() {
        return sibling(postgresDatabase);
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
