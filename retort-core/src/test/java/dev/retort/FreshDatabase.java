package dev.retort;

import dev.retort.reflect.NativeLoader;
import dev.retort.reflect.SharedSchemas;
import dev.retort.testing.MultiSchemaCatalog;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabase.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An empty database for one acceptance case: a fresh PostgreSQL <em>database</em> (pg_dump output
 * and the multi-schema catalog name their schemas, so a schema of a shared database would not do), else a
 * {@link TestDatabase} (a MariaDB database, a SQLite file, an H2 file with the case's MODE).
 * Loads files with the database's own client, dumps with its own tool, drops itself on close.
 */
final class FreshDatabase implements AutoCloseable {

    private final Kind kind;
    private final String url;
    private final String user;
    private final String password;
    private final String name;
    private final String adminUrl;
    private final TestDatabase delegate;

    private FreshDatabase(Kind kind, String url, String user, String password, String name, String adminUrl,
                          TestDatabase delegate) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.name = name;
        this.adminUrl = adminUrl;
        this.delegate = delegate;
    }

    /**
     * The schemas of a multi-schema case's project, the default first ({@link MultiSchemaCatalog#schemas}); none
     * for every other case.
     */
    static List<String> schemasOf(String label) {
        return label.startsWith(MultiSchemaCatalog.LABEL) ? MultiSchemaCatalog.schemas() : List.of();
    }

    /** A fresh database; {@code h2Mode} is the H2 compatibility mode (null: none). */
    static FreshDatabase create(Kind kind, String h2Mode) throws SQLException {
        if (kind == Kind.POSTGRES) {
            // TestDatabase decides whether PostgreSQL is available (skip locally, fail in CI); reuse its rule
            try (TestDatabase probe = TestDatabase.create(Kind.POSTGRES)) {
                String base = probe.url().substring(0, probe.url().indexOf('?'));
                String name = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                execute(base, probe.user(), probe.password(), "CREATE DATABASE " + name);
                String url = base.substring(0, base.lastIndexOf('/') + 1) + name;
                return new FreshDatabase(kind, url, probe.user(), probe.password(), name, base, null);
            }
        }
        TestDatabase database = TestDatabase.create(kind);
        String url = kind == Kind.H2 && h2Mode != null ? database.url() + ";MODE=" + h2Mode : database.url();
        return new FreshDatabase(kind, url, database.user(), database.password(), database.name(), null, database);
    }

    Kind kind() {
        return kind;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    String name() {
        return name;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Loads the case's files with the database's own client; returns the errors (empty when all loaded). */
    List<String> load(SharedSchemas.Case schemaCase) throws SQLException {
        return load(schemaCase.files(), schemaCase.option(), schemaCase.keepGoing());
    }

    /**
     * Loads files in order with the database's own client: psql, mariadb, sqlite3, H2's RUNSCRIPT.
     *
     * @param option    PostgreSQL: the search_path (and the multi-schema catalog's schemas are created first); H2: the MODE
     * @param keepGoing go on after a file fails (migration histories)
     */
    List<String> load(List<Path> files, String option, boolean keepGoing) throws SQLException {
        if (kind == Kind.POSTGRES && option != null) {
            for (String schema : option.split(",")) {
                execute(url, user, password, "CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            for (String schema : MultiSchemaCatalog.OTHER_SCHEMAS) {
                execute(url, user, password, "CREATE SCHEMA IF NOT EXISTS " + schema);
            }
        }
        List<String> errors = new ArrayList<>();
        try (Connection h2 = kind == Kind.H2 ? connect() : null) {
            for (Path file : files) {
                String error = loadOne(h2, option, file);
                if (error != null) {
                    errors.add(file.getFileName() + ": " + error);
                    if (!keepGoing) {
                        break;
                    }
                }
            }
        }
        return errors;
    }

    private String loadOne(Connection h2, String option, Path file) {
        return switch (kind) {
            case POSTGRES -> NativeLoader.psql(NativeLoader.Server.of(url), user, password, name, option, file);
            case MYSQL -> NativeLoader.mariadb(NativeLoader.Server.of(url), user, password, name, file);
            case SQLITE -> NativeLoader.sqlite3(sqliteFile(), file);
            case H2 -> NativeLoader.h2(h2, option, file);
        };
    }

    Path sqliteFile() {
        return Path.of(url.substring("jdbc:sqlite:".length()));
    }

    /** The database's own dump, normalised (see {@link SchemaDumps}). */
    String dump() {
        return SchemaDumps.dump(this);
    }

    /** The tables that are not Retort's own, by name. */
    List<String> userTables() throws SQLException {
        String sql = switch (kind) {
            case POSTGRES -> "select schemaname || '.' || tablename from pg_tables where schemaname not in"
                    + " ('pg_catalog', 'information_schema')";
            case MYSQL -> "select table_name from information_schema.tables where table_schema = database()";
            case SQLITE -> "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'";
            case H2 -> "select table_name from information_schema.tables where table_schema = 'PUBLIC'";
        };
        List<String> tables = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!SchemaDumps.ownTable(table.substring(table.indexOf('.') + 1))) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** The first column of a query's rows. */
    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        if (delegate != null) {
            delegate.close();
        } else {
            execute(adminUrl, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
