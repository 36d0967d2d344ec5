package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDatabaseTest {

    @Test
    void postgresSlotsAreSchemasOfTheBenchsOwnDatabase() {
        BenchDatabase postgres = BenchDatabase.postgres("jdbc:postgresql://db:5432/test?ssl=false", "postgres");
        BenchDatabase.Target target = postgres.target("retort");
        assertEquals("jdbc:postgresql://db:5432/bench_pg?ssl=false&currentSchema=bench_retort", target.url());
        assertEquals("postgres", target.user());
        assertNull(target.password());
        assertEquals("jdbc:postgresql://db:5432/bench_pg?currentSchema=bench_flyway",
                BenchDatabase.postgres("jdbc:postgresql://db:5432/test", "postgres").target("flyway").url());
    }

    @Test
    void mariadbSlotsAreDatabases() {
        BenchDatabase mariadb = BenchDatabase.mariadb("jdbc:mariadb://db:3306/test", "root");
        assertEquals("jdbc:mariadb://db:3306/bench_liquibase", mariadb.target("liquibase").url());
        assertEquals("root", mariadb.target("liquibase").user());
    }

    @Test
    void sqliteSlotsAreFiles(@TempDir Path directory) {
        BenchDatabase sqlite = BenchDatabase.sqlite(directory);
        assertEquals("jdbc:sqlite:" + directory.toAbsolutePath().resolve("bench_retort.db"), sqlite.target("retort").url());
        assertNull(sqlite.target("retort").user());
    }
}
