package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.spring.boot.autoconfigure.RetortEndpoint;
import dev.retort.spring.boot.autoconfigure.RetortMigrationInitializer;
import dev.retort.testing.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An application that defines its own {@code Retort} bean: the starter migrates nothing at start-up (as Flyway's
 * backs off for a {@code Flyway} bean), and the endpoint reports on the application's bean.
 */
class BackOffIT {

    @Configuration(proxyBeanMethods = false)
    static class OwnRetort {
        @Bean
        Retort myRetort(DataSource dataSource) {
            return Retort.builder().dataSource(dataSource).locations("classpath:db/retort").build();
        }
    }

    @Test
    void ownRetortBeanTurnsStartupMigrationOff() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2);
             ConfigurableApplicationContext context = Apps.start(database, List.of(OwnRetort.class),
                     "spring.jpa.hibernate.ddl-auto=none")) {
            assertTrue(context.getBeansOfType(RetortMigrationInitializer.class).isEmpty());
            assertEquals(List.of(), Databases.appliedRevisions(database));
            assertSame(context.getBean("myRetort"), context.getBean(Retort.class));
            assertEquals(List.of(StartupContract.FIRST, StartupContract.HEAD),
                    context.getBean(RetortEndpoint.class).retort().pending());
        }
    }
}
