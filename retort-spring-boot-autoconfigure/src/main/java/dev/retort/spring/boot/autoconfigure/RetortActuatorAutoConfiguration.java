package dev.retort.spring.boot.autoconfigure;

import dev.retort.Retort;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code retort} Actuator endpoint and health indicator, for the application's {@code Retort} bean (the
 * auto-configured one or its own). Boot 3.5 and 4.0 keep the endpoint annotations where they were, but Boot 4
 * moved the health API to {@code spring-boot-health}: each version's indicator is its own class, chosen by
 * {@code @ConditionalOnClass}.
 */
@AutoConfiguration(after = RetortAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, Retort.class})
@ConditionalOnBean(Retort.class)
@EnableConfigurationProperties(RetortProperties.class)
public class RetortActuatorAutoConfiguration {

    private static final String HEALTH_BEAN = "retortHealthIndicator";

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnAvailableEndpoint(endpoint = RetortEndpoint.class)
    RetortEndpoint retortEndpoint(Retort retort) {
        return new RetortEndpoint(retort);
    }

    /** Boot 3.5: {@code org.springframework.boot.actuate.health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator("retort")
    static class Boot3Health {
        @Bean(HEALTH_BEAN)
        @ConditionalOnMissingBean(name = HEALTH_BEAN)
        RetortHealthIndicator retortHealthIndicator(Retort retort, ObjectProvider<RetortMigrationInitializer> initializer,
                                                    RetortProperties properties) {
            return new RetortHealthIndicator(new RetortHealthCheck(retort, initializer), properties.getHealth().getStatus());
        }
    }

    /** Boot 4.0: {@code org.springframework.boot.health.contributor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator("retort")
    static class Boot4Health {
        @Bean(HEALTH_BEAN)
        @ConditionalOnMissingBean(name = HEALTH_BEAN)
        RetortBoot4HealthIndicator retortHealthIndicator(Retort retort,
                                                         ObjectProvider<RetortMigrationInitializer> initializer,
                                                         RetortProperties properties) {
            return new RetortBoot4HealthIndicator(new RetortHealthCheck(retort, initializer),
                    properties.getHealth().getStatus());
        }
    }
}
