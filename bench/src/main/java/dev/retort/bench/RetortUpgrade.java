package dev.retort.bench;

import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.StartupOptions;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * Brings a database to head with Retort, building the tool from nothing as an application start-up
 * does: {@code Retort.builder()…build().upgrade("head")}. Stateless.
 */
final class RetortUpgrade {

    private RetortUpgrade() {
    }

    /** Returns the number of revisions applied. */
    static int run(Path project, BenchDatabase.Target target) {
        return run(project, target, null);
    }

    /** As {@link #run(Path, BenchDatabase.Target)}, with connections from the pool when it is not null. */
    static int run(Path project, BenchDatabase.Target target, DataSource pool) {
        return builder(project, target, pool).build().upgrade("head").size();
    }

    /**
     * The application's start-up call, {@code initAndUpgrade(StartupOptions.production())}, no model
     * configured; connections from the pool when there is one (the dialect found from it, as an
     * application passing only its {@code DataSource} gets it), else from the URL. Returns the number of
     * revisions applied.
     */
    static int startup(Path project, BenchDatabase.Target target, DataSource pool) {
        return builder(project, target, pool).build().initAndUpgrade(StartupOptions.production()).applied().size();
    }

    /** A builder for the project: connections from the pool when it is not null, else from the target's URL. */
    static RetortBuilder builder(Path project, BenchDatabase.Target target, DataSource pool) {
        RetortBuilder builder = Retort.builder().projectDirectory(project).readEnvironment(false);
        if (pool != null) {
            return builder.dataSource(pool);
        }
        builder.url(target.url());
        if (target.user() != null) {
            builder.user(target.user());
        }
        if (target.password() != null) {
            builder.password(target.password());
        }
        return builder;
    }
}
