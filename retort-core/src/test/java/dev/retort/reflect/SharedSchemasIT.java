package dev.retort.reflect;

import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.ModelCacheRoundTrip;
import dev.retort.testing.MultiSchemaCatalog;
import dev.retort.testing.TestDatabase.Kind;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Acceptance: every schema of {@code testdata/schemas} and the generated {@link MultiSchemaCatalog} is
 * loaded with its database's own client,
 * reflected, and its table, column, index, unique, foreign-key and check counts compared with the
 * database's catalog, queried here independently of the readers. Types and defaults the readers
 * left unrecognised are listed. The summary goes to stdout and {@code target/shared-schemas-report.md}.
 *
 * <p>PostgreSQL cases get a fresh database rather than a schema: pg_dump output (pagila) and
 * the multi-schema catalog name their own schemas.
 */
class SharedSchemasIT {

    private static final List<String> REPORT = new ArrayList<>();
    private static final List<String> UNRECOGNISED = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> everySharedSchemaReflectsLikeItsCatalog() {
        Path root = SharedSchemas.root();
        return SharedSchemas.all(root).stream().map(schemaCase -> DynamicTest.dynamicTest(schemaCase.label(), () -> run(schemaCase)));
    }

    private static void run(SharedSchemas.Case schemaCase) throws Exception {
        requireClient(schemaCase.kind());
        if (schemaCase.kind() == Kind.POSTGRES) {
            try (PostgresDatabase database = PostgresDatabase.create()) {
                check(schemaCase, database.url, database.user, database.password, database.load(schemaCase),
                        connection -> database.counts(connection));
            }
            return;
        }
        try (TestDatabase database = TestDatabase.create(schemaCase.kind())) {
            List<String> errors = load(schemaCase, database);
            check(schemaCase, database.url(), database.user(), database.password(), errors,
                    connection -> switch (schemaCase.kind()) {
                        case MYSQL -> CatalogCounts.mysql(connection, database.name(), isMariadb(connection));
                        case SQLITE -> CatalogCounts.sqlite(connection);
                        default -> CatalogCounts.h2(connection, "PUBLIC");
                    });
        }
    }

    /** Counts from the catalog of an open connection. */
    @FunctionalInterface
    interface Catalog {
        ModelCounts counts(Connection connection) throws SQLException;
    }

    private static void check(SharedSchemas.Case schemaCase, String url, String user, String password, List<String> errors,
                              Catalog catalog) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            ReflectOptions options = ReflectOptions.defaults();
            if (schemaCase.kind() == Kind.POSTGRES) {
                options = options.withSchemas(PostgresDatabase.schemas(connection));
            }
            long start = System.nanoTime();
            Schema schema = dialect(schemaCase.kind()).schemaReader().read(new JdbcSession(connection), options);
            long millis = (System.nanoTime() - start) / 1_000_000;
            ModelCounts model = ModelCounts.of(schema);
            ModelCounts expected = catalog.counts(connection);
            List<String> unrecognised = ModelCounts.unrecognised(schema);
            unrecognised.forEach(item -> UNRECOGNISED.add(schemaCase.label() + ": " + item));
            REPORT.add(row(schemaCase, model, unrecognised.size(), millis, errors, model.equals(expected)));
            assertEquals(expected, model, schemaCase.label() + ": reflected counts differ from the catalog's");
            Schema again = dialect(schemaCase.kind()).schemaReader().read(new JdbcSession(connection), options);
            assertEquals(schema, again, schemaCase.label() + ": reading the same database twice gave different models");
            assertEquals(schema, ModelCacheRoundTrip.through(schema, dialect(schemaCase.kind())),
                    schemaCase.label() + ": the schema read back from the model cache differs from the one written");
        }
    }

    private static String row(SharedSchemas.Case schemaCase, ModelCounts counts, int unrecognised, long millis,
                              List<String> errors, boolean matches) {
        int files = schemaCase.files().size();
        String load = errors.isEmpty() ? files + " file(s) loaded"
                : (files - errors.size()) + " of " + files + " file(s) loaded; failed: "
                        + String.join("; ", errors).replace("|", "/");
        return "| " + schemaCase.label() + " | " + schemaCase.kind().name().toLowerCase(java.util.Locale.ROOT) + " | "
                + counts.tables() + " | " + counts.columns() + " | " + counts.indexes() + " | " + counts.uniques() + " | "
                + counts.foreignKeys() + " | " + counts.checks() + " | " + unrecognised + " | " + millis + " | "
                + (matches ? "yes" : "**NO**") + " | " + load + " |";
    }

    private static List<String> load(SharedSchemas.Case schemaCase, TestDatabase database) throws SQLException {
        List<String> errors = new ArrayList<>();
        Connection h2 = schemaCase.kind() == Kind.H2 ? database.connect() : null;
        try {
            for (Path file : schemaCase.files()) {
                String error = switch (schemaCase.kind()) {
                    case MYSQL -> NativeLoader.mariadb(NativeLoader.Server.of(database.url()), database.user(),
                            database.password(), database.name(), file);
                    case SQLITE -> NativeLoader.sqlite3(Path.of(database.url().substring("jdbc:sqlite:".length())), file);
                    default -> NativeLoader.h2(h2, schemaCase.option(), file);
                };
                if (error != null) {
                    errors.add(file.getFileName() + ": " + error);
                    if (!schemaCase.keepGoing()) {
                        break;
                    }
                }
            }
        } finally {
            if (h2 != null) {
                h2.close();
            }
        }
        return errors;
    }

    /** The native clients are part of the acceptance; a developer machine without one skips, CI fails. */
    private static void requireClient(Kind kind) {
        String client = switch (kind) {
            case POSTGRES -> "psql";
            case MYSQL -> "mariadb";
            case SQLITE -> "sqlite3";
            case H2 -> null;
        };
        if (client == null || onPath(client)) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(client + " is not installed: CI must load the shared schemas with it");
        }
        org.junit.jupiter.api.Assumptions.abort(client + " is not installed: skipping " + kind + " shared schemas");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static boolean isMariadb(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
    }

    private static Dialect dialect(Kind kind) {
        return switch (kind) {
            case SQLITE -> new SqliteDialect();
            case H2 -> new H2Dialect();
            case POSTGRES -> new PostgresDialect();
            case MYSQL -> new MysqlDialect();
        };
    }

    @AfterAll
    static void writeReport() throws IOException {
        StringBuilder report = new StringBuilder("# Shared schemas: reflection against the catalog\n\n")
                .append("| file | dialect | tables | columns | indexes | uniques | FKs | checks | unrecognised | read ms | counts match | load |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        REPORT.forEach(line -> report.append(line).append('\n'));
        report.append("\n## Unrecognised types and defaults\n\n");
        if (UNRECOGNISED.isEmpty()) {
            report.append("none\n");
        }
        UNRECOGNISED.forEach(line -> report.append("- ").append(line).append('\n'));
        System.out.println(report);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("shared-schemas-report.md"), report);
    }

    /** A fresh PostgreSQL database on the test server, dropped on close. */
    static final class PostgresDatabase implements AutoCloseable {

        final String url;
        final String user;
        final String password;
        private final String name;
        private final String admin;

        private PostgresDatabase(String admin, String url, String user, String password, String name) {
            this.admin = admin;
            this.url = url;
            this.user = user;
            this.password = password;
            this.name = name;
        }

        static PostgresDatabase create() throws SQLException {
            // TestDatabase decides whether PostgreSQL is available (skip locally, fail in CI); reuse its rule
            try (TestDatabase probe = TestDatabase.create(Kind.POSTGRES)) {
                String base = probe.url().substring(0, probe.url().indexOf('?'));
                String name = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
                execute(base, probe.user(), probe.password(), "CREATE DATABASE " + name);
                NativeLoader.Server server = NativeLoader.Server.of(base);
                String url = base.substring(0, base.length() - server.database().length()) + name;
                return new PostgresDatabase(base, url, probe.user(), probe.password(), name);
            }
        }

        List<String> load(SharedSchemas.Case schemaCase) throws SQLException {
            if (schemaCase.option() != null) {
                for (String schema : schemaCase.option().split(",")) {
                    execute(url, user, password, "CREATE SCHEMA IF NOT EXISTS " + schema);
                }
                for (String schema : MultiSchemaCatalog.OTHER_SCHEMAS) {
                    execute(url, user, password, "CREATE SCHEMA IF NOT EXISTS " + schema);
                }
            }
            List<String> errors = new ArrayList<>();
            NativeLoader.Server server = NativeLoader.Server.of(url);
            for (Path file : schemaCase.files()) {
                String error = NativeLoader.psql(server, user, password, name, schemaCase.option(), file);
                if (error != null) {
                    errors.add(file.getFileName() + ": " + error);
                    if (!schemaCase.keepGoing()) {
                        break;
                    }
                }
            }
            return errors;
        }

        ModelCounts counts(Connection connection) throws SQLException {
            ModelCounts total = new ModelCounts(0, 0, 0, 0, 0, 0);
            for (String schema : schemas(connection)) {
                ModelCounts counts = CatalogCounts.postgres(connection, schema);
                total = new ModelCounts(total.tables() + counts.tables(), total.columns() + counts.columns(),
                        total.indexes() + counts.indexes(), total.uniques() + counts.uniques(),
                        total.foreignKeys() + counts.foreignKeys(), total.checks() + counts.checks());
            }
            return total;
        }

        static List<String> schemas(Connection connection) throws SQLException {
            List<String> schemas = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("select nspname from pg_namespace where nspname not in"
                         + " ('pg_catalog', 'information_schema', 'pg_toast') and nspname not like 'pg\\_%' order by nspname")) {
                while (rows.next()) {
                    schemas.add(rows.getString(1));
                }
            }
            return schemas;
        }

        private static void execute(String url, String user, String password, String sql) throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            execute(admin, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
