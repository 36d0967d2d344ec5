package dev.retort.spring.boot.autoconfigure;

import dev.retort.Retort;
import dev.retort.StartupOptions;
import dev.retort.StartupReport;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * The bean that migrates when the context starts. Spring Boot's database-initializer detection
 * ({@link RetortDatabaseInitializerDetector}) finds beans of this type and makes the {@code EntityManagerFactory},
 * JDBC templates and {@code spring.sql.init} wait for them, so no {@code @DependsOn} is needed. Declare one of
 * your own next to a {@code Retort} bean of your own to keep that ordering. Thread-safe after start-up.
 */
public class RetortMigrationInitializer implements InitializingBean {

    private final Retort retort;
    private final StartupOptions options;
    private final RetortMigrationStrategy strategy;
    private volatile StartupReport report;

    /**
     * An initializer that runs {@code retort.initAndUpgrade(options)}.
     *
     * @param retort  the facade to migrate with
     * @param options production, development or disabled
     */
    public RetortMigrationInitializer(Retort retort, StartupOptions options) {
        this(retort, options, null);
    }

    /**
     * An initializer that runs the given strategy (null: {@code retort.initAndUpgrade(options)}).
     *
     * @param retort   the facade to migrate with
     * @param options  production, development or disabled
     * @param strategy how to migrate, or null for the default
     */
    public RetortMigrationInitializer(Retort retort, StartupOptions options, RetortMigrationStrategy strategy) {
        this.retort = Objects.requireNonNull(retort, "retort");
        this.options = Objects.requireNonNull(options, "options");
        this.strategy = strategy;
    }

    @Override
    public void afterPropertiesSet() {
        report = strategy != null ? strategy.migrate(retort, options) : retort.initAndUpgrade(options);
    }

    /**
     * What start-up did.
     *
     * @return the report, or null before start-up or when a strategy returned none
     */
    public StartupReport report() {
        return report;
    }

    /**
     * The facade this initializer migrates with.
     *
     * @return the facade
     */
    public Retort retort() {
        return retort;
    }
}
