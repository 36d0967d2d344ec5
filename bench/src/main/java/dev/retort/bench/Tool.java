package dev.retort.bench;

import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The three tools under test. Each one's code is reached only through its own class
 * ({@link RetortUpgrade}, {@link FlywayUpgrade}, {@link LiquibaseUpgrade}), so a JVM started with only
 * one tool's jars never loads another's.
 */
enum Tool {
    RETORT("Retort", "retort"),
    FLYWAY("Flyway", "flyway"),
    LIQUIBASE("Liquibase", "liquibase");

    private final String label;
    private final String directory;

    Tool(String label, String directory) {
        this.label = label;
        this.directory = directory;
    }

    String label() {
        return label;
    }

    /** This tool's project inside a database's project directory. */
    Path project(Path databaseProjects) {
        return databaseProjects.resolve(directory);
    }

    /** The bench schema slot this tool uses, e.g. {@code bench_flyway}. */
    String slot() {
        return directory;
    }

    /** Brings the target to head from this tool's project; returns what the tool reports applied. */
    int upgrade(Path databaseProjects, BenchDatabase.Target target) {
        return upgrade(databaseProjects, target, null);
    }

    /** As {@link #upgrade(Path, BenchDatabase.Target)}, through the pool when it is not null. */
    int upgrade(Path databaseProjects, BenchDatabase.Target target, DataSource pool) {
        Path project = project(databaseProjects);
        return switch (this) {
            case RETORT -> RetortUpgrade.run(project, target, pool);
            case FLYWAY -> pool == null ? FlywayUpgrade.run(project, target) : FlywayUpgrade.run(project, pool);
            case LIQUIBASE -> LiquibaseUpgrade.run(project, target, pool);
        };
    }

    /**
     * The call an application makes at start-up: Retort's {@code initAndUpgrade(production())}, Flyway's
     * {@code migrate()}, Liquibase's {@code update}; through the pool when it is not null.
     */
    int startup(Path databaseProjects, BenchDatabase.Target target, DataSource pool) {
        Path project = project(databaseProjects);
        return switch (this) {
            case RETORT -> RetortUpgrade.startup(project, target, pool);
            case FLYWAY -> pool == null ? FlywayUpgrade.run(project, target) : FlywayUpgrade.run(project, pool);
            case LIQUIBASE -> LiquibaseUpgrade.run(project, target, pool);
        };
    }

    /** Writes this tool's rendering of the history under the database's project directory. */
    void write(History history, Path databaseProjects) {
        Path project = project(databaseProjects);
        switch (this) {
            case RETORT -> ProjectWriter.retort(history, project);
            case FLYWAY -> ProjectWriter.flyway(history, project);
            case LIQUIBASE -> ProjectWriter.liquibase(history, project);
        }
    }
}
