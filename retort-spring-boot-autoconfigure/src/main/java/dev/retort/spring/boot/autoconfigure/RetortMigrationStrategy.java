package dev.retort.spring.boot.autoconfigure;

import dev.retort.Retort;
import dev.retort.StartupOptions;
import dev.retort.StartupReport;

/**
 * How the application's start-up migrates, in place of the default {@code retort.initAndUpgrade(options)}: define
 * a bean of this type to repair first, stamp an existing database, or skip on some instances. It runs at the same
 * moment the default would, before JPA, JDBC templates and {@code spring.sql.init}.
 */
@FunctionalInterface
public interface RetortMigrationStrategy {

    /**
     * Migrates at start-up.
     *
     * @param retort  the auto-configured facade
     * @param options the start-up options from {@code retort.mode}, {@code retort.drift-action} and
     *                {@code retort.allow-destructive}
     * @return what start-up did, shown by the health indicator; null when the strategy did not call
     *         {@code initAndUpgrade}
     */
    StartupReport migrate(Retort retort, StartupOptions options);
}
