package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.StartupOptions;
import dev.retort.spring.boot.autoconfigure.RetortMigrationInitializer;
import dev.retort.spring.boot.autoconfigure.RetortMigrationStrategy;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@link RetortMigrationStrategy} bean replaces the default start-up call: this one upgrades to the first
 * revision only, and the options it is handed come from {@code retort.*}. The revision it leaves pending makes the
 * health the configured {@code retort.health.status}.
 */
class MigrationStrategyIT {

    static final List<StartupOptions> CALLS = new CopyOnWriteArrayList<>();

    @Configuration(proxyBeanMethods = false)
    static class FirstRevisionOnly {
        @Bean
        RetortMigrationStrategy firstRevisionOnly() {
            return (retort, options) -> {
                CALLS.add(options);
                retort.upgrade(StartupContract.FIRST);
                return null;
            };
        }
    }

    @Test
    void strategyRunsInsteadOfTheDefaultAndBeforeJdbcTemplate() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2);
             ConfigurableApplicationContext context = Apps.startWeb(database, List.of(FirstRevisionOnly.class),
                     "spring.jpa.hibernate.ddl-auto=none", "retort.drift-action=fail", "retort.health.status=DOWN")) {
            assertEquals(List.of(StartupContract.FIRST), Databases.appliedRevisions(database));
            assertEquals(1, CALLS.size());
            assertEquals(StartupOptions.DriftAction.FAIL, CALLS.get(0).onDrift());
            assertNull(context.getBean(RetortMigrationInitializer.class).report());
            List<Map<String, Object>> pets = context.getBean(JdbcTemplate.class).queryForList("SELECT name FROM pet");
            assertEquals("Leo", pets.get(0).get("NAME"));
            // one revision left pending: the health status is the configured one
            Http.Response health = Http.get(context.getEnvironment(), "/actuator/health/retort");
            assertEquals(503, health.status(), health.toString());
            assertEquals("DOWN", health.json().get("status"), health.toString());
            assertEquals(List.of(StartupContract.HEAD), ((Map<?, ?>) health.json().get("details")).get("pending"));
        }
    }
}
