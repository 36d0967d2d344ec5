package dev.retort.reflect;

import dev.retort.schema.Schema;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabase.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A synthetic schema of 1000 tables (10 columns, 2 indexes, a unique constraint and a foreign key each)
 * read cold and then warm: every read gives the catalog's counts. The times are printed for the log
 * only; speed is measured by the bench (scenario d), where nothing else shares the machine.
 */
class LargeSchemaReflectionIT {

    private static final int TABLES = 1000;
    private static final int WARMUP = 5;
    private static final int RUNS = 7;

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRES", "MYSQL", "SQLITE", "H2"})
    void readsAThousandTablesWithTheCatalogsCounts(Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind); Connection connection = database.connect()) {
            create(connection, kind);
            JdbcSession session = new JdbcSession(connection);
            long start0 = System.nanoTime();
            database.dialect().schemaReader().read(session, ReflectOptions.defaults());
            long cold = (System.nanoTime() - start0) / 1_000_000;
            // a long-lived process (the application at start-up, a build daemon) reads with a warm JIT
            for (int run = 1; run < WARMUP; run++) {
                database.dialect().schemaReader().read(session, ReflectOptions.defaults());
            }
            long[] millis = new long[RUNS];
            Schema schema = null;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                schema = database.dialect().schemaReader().read(session, ReflectOptions.defaults());
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            assertEquals(TABLES, schema.tables().size());
            assertEquals(catalog(connection, database), ModelCounts.of(schema));
            assertEquals(TABLES - 1, ModelCounts.of(schema).foreignKeys());
            long[] sorted = millis.clone();
            Arrays.sort(sorted);
            long median = sorted[RUNS / 2];
            long best = sorted[0];
            System.out.printf("reflect %d tables on %s: best %d ms, median %d ms, first (cold) %d ms, runs %s%n",
                    TABLES, kind, best, median, cold, Arrays.toString(millis));
            dropInBatches(connection, kind);
        }
    }

    private static ModelCounts catalog(Connection connection, TestDatabase database) throws SQLException {
        return switch (database.kind()) {
            case POSTGRES -> CatalogCounts.postgres(connection, database.name());
            case MYSQL -> CatalogCounts.mysql(connection, database.name(),
                    connection.getMetaData().getDatabaseProductVersion().contains("MariaDB"));
            case SQLITE -> CatalogCounts.sqlite(connection);
            case H2 -> CatalogCounts.h2(connection, "PUBLIC");
        };
    }

    /** PostgreSQL cannot drop a schema of 5000 relations in one transaction (max_locks_per_transaction). */
    private static void dropInBatches(Connection connection, Kind kind) throws SQLException {
        if (kind != Kind.POSTGRES) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (int i = TABLES - 1; i >= 0; i--) {
                statement.execute("DROP TABLE t" + i);
            }
        }
    }

    private static void create(Connection connection, Kind kind) throws SQLException {
        boolean transactional = kind != Kind.MYSQL;
        if (transactional) {
            connection.setAutoCommit(false);
        }
        try (Statement statement = connection.createStatement()) {
            if (kind == Kind.MYSQL) {
                // the tables reference each other in creation order; skip the check while they appear
                statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            }
            for (int i = 0; i < TABLES; i++) {
                statement.execute(table(i));
                statement.execute("CREATE INDEX ix_t" + i + "_a ON t" + i + " (c1, c2)");
                statement.execute("CREATE INDEX ix_t" + i + "_b ON t" + i + " (c8, c3)");
            }
        }
        if (transactional) {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private static String table(int i) {
        StringBuilder sql = new StringBuilder("CREATE TABLE t" + i + " (id INTEGER NOT NULL PRIMARY KEY");
        sql.append(", c1 VARCHAR(40) NOT NULL DEFAULT 'x', c2 INTEGER DEFAULT 0, c3 DECIMAL(10,2), c4 TIMESTAMP NULL")
                .append(", c5 VARCHAR(200), c6 BIGINT, c7 CHAR(3), c8 INTEGER, code VARCHAR(20)")
                .append(", CONSTRAINT uq_t").append(i).append(" UNIQUE (code)");
        if (i > 0) {
            sql.append(", CONSTRAINT fk_t").append(i).append(" FOREIGN KEY (c8) REFERENCES t").append(i - 1).append(" (id)");
        }
        return sql.append(')').toString();
    }
}
