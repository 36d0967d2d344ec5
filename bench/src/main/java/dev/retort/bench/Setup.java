package dev.retort.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What every scenario shares: the settings, the databases, where each database's three projects are,
 * and the process launcher. Immutable.
 */
record Setup(Options options, List<BenchDatabase> databases, Path work, Launcher launcher) {

    Setup {
        databases = List.copyOf(databases);
    }

    /** The directory holding the retort/, flyway/ and liquibase/ projects rendered for a database. */
    Path projects(BenchDatabase database) {
        return work.resolve("projects").resolve(database.name());
    }

    int revisions() {
        return options.revisions();
    }

    /** Drops and re-creates a tool's schema on a database and brings it to head in-process (untimed). */
    BenchDatabase.Target atHead(BenchDatabase database, Tool tool) {
        BenchDatabase.Target target = database.fresh(tool.slot());
        tool.upgrade(projects(database), target);
        Verify.applied(tool, target, revisions());
        return target;
    }

    static void progress(String message) {
        System.err.println(message);
    }
}
