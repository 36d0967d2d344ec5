package dev.retort.spring.boot.autoconfigure;

import dev.retort.Retort;
import dev.retort.StartupOptions;
import dev.retort.StepListener;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configures a {@link Retort} for the application's DataSource (or {@code retort.url}) and a
 * {@link RetortMigrationInitializer} that migrates at start-up. Backs off entirely, start-up migration included,
 * when the application defines its own {@code Retort} bean (as Flyway's does for a {@code Flyway} bean).
 *
 * <p>Boot 3.5 and 4.0 name the DataSource auto-configuration differently (Boot 4 moved it to
 * {@code spring-boot-jdbc}); both are named here as strings, and a name that is not on the classpath is ignored.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(Retort.class)
@ConditionalOnProperty(prefix = "retort", name = "enabled", matchIfMissing = true)
@Conditional(RetortAutoConfiguration.DatabaseCondition.class)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortAutoConfiguration {

    /** The start-up migration, unless the application made its own {@code Retort}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(Retort.class)
    static class RetortConfiguration {

        @Bean
        Retort retort(RetortProperties properties, ObjectProvider<DataSource> dataSource, ObjectProvider<StepListener> listeners,
                      Environment environment, ResourceLoader resourceLoader, BeanFactory beanFactory) {
            return RetortFactory.create(properties, dataSource.getIfUnique(), listeners.orderedStream().toList(), environment,
                    resourceLoader, beanFactory);
        }

        @Bean
        @ConditionalOnMissingBean
        RetortMigrationInitializer retortMigrationInitializer(Retort retort, RetortProperties properties,
                                                              ObjectProvider<RetortMigrationStrategy> strategy,
                                                              Environment environment) {
            SchemaGenerationWarning.warnIfHibernateChangesSchema(environment);
            return new RetortMigrationInitializer(retort, startupOptions(properties), strategy.getIfAvailable());
        }

        /** Tells Boot that the schema is managed, so Hibernate's default on embedded databases is none, not create-drop. */
        @Configuration(proxyBeanMethods = false)
        @ConditionalOnClass(name = "org.springframework.boot.jdbc.SchemaManagementProvider")
        static class SchemaManagement {
            @Bean
            RetortSchemaManagementProvider retortSchemaManagementProvider(ObjectProvider<DataSource> dataSource,
                                                                          RetortProperties properties) {
                return new RetortSchemaManagementProvider(properties.getUrl() == null ? dataSource.getIfUnique() : null);
            }
        }
    }

    /** A timer per applied revision, when Micrometer is there. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {
        @Bean
        @ConditionalOnMissingBean
        RetortMetrics retortMetrics(ObjectProvider<MeterRegistry> registry) {
            return new RetortMetrics(registry);
        }
    }

    static StartupOptions startupOptions(RetortProperties properties) {
        StartupOptions options = switch (properties.getMode()) {
            case PRODUCTION -> StartupOptions.production();
            case DEVELOPMENT -> StartupOptions.development();
            case DISABLED -> StartupOptions.disabled();
        };
        return options.withDriftAction(properties.getDriftAction() == RetortProperties.DriftAction.FAIL
                        ? StartupOptions.DriftAction.FAIL : StartupOptions.DriftAction.WARN)
                .withAllowDestructive(properties.isAllowDestructive());
    }

    /** A database to migrate: the application's single DataSource, or one of Retort's own ({@code retort.url}). */
    static final class DatabaseCondition extends AnyNestedCondition {
        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnSingleCandidate(DataSource.class)
        static final class ApplicationDataSource {
        }

        @ConditionalOnProperty(prefix = "retort", name = "url")
        static final class OwnUrl {
        }
    }
}
