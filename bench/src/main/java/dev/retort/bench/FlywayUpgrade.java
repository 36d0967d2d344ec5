package dev.retort.bench;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database to head with Flyway, the way its documentation shows for applications:
 * {@code Flyway.configure().dataSource(…).locations(…).load().migrate()}, defaults otherwise
 * (validate on migrate included). Stateless.
 */
final class FlywayUpgrade {

    private FlywayUpgrade() {
    }

    /** Returns the number of migrations applied. */
    static int run(Path migrations, BenchDatabase.Target target) {
        return Flyway.configure()
                .dataSource(target.url(), target.user(), target.password())
                .locations("filesystem:" + migrations.toAbsolutePath())
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** As {@link #run}, with connections from the application's pool. */
    static int run(Path migrations, DataSource pool) {
        return Flyway.configure()
                .dataSource(pool)
                .locations("filesystem:" + migrations.toAbsolutePath())
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
