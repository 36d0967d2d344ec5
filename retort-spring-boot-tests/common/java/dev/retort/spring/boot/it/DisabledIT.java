package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.spring.boot.autoconfigure.RetortEndpoint;
import dev.retort.spring.boot.autoconfigure.RetortMigrationInitializer;
import dev.retort.spring.boot.autoconfigure.RetortReport;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Switching Retort off. {@code retort.mode=disabled} keeps the Retort bean for the endpoint and health but touches
 * nothing at start-up: on PostgreSQL, as a login that may not create databases, with the entity model configured
 * (the default with retort-hibernate present), the database stays empty, no scratch database is tried, and the
 * endpoint reports both revisions pending. {@code retort.enabled=false} defines no Retort bean at all.
 */
class DisabledIT {

    @Test
    void disabledModeTouchesNothingAndStillReports() {
        try (PostgresRoles roles = new PostgresRoles()) {
            String login = roles.login("rt_app_");
            String url = roles.database("rt_disabled_", login);
            String password = PostgresRoles.password(login);
            try (ConfigurableApplicationContext context = PostgresRoles.startWeb(url, login, password,
                    "retort.mode=disabled", "spring.jpa.hibernate.ddl-auto=none")) {
                assertFalse(context.getBean(RetortMigrationInitializer.class).report().ran());
                assertEquals(List.of(), tables(url, login, password), "nothing is created at start-up");

                RetortReport report = context.getBean(RetortEndpoint.class).retort();
                assertEquals(List.of(StartupContract.FIRST, StartupContract.HEAD), report.pending(), report.toString());
                assertEquals(List.of(), report.current(), report.toString());
                Http.Response health = Http.get(context.getEnvironment(), "/actuator/health/retort");
                assertEquals("OUT_OF_SERVICE", health.json().get("status"), health.toString());
                assertEquals(List.of(), tables(url, login, password), "reporting creates nothing either");
            }
        }
    }

    @Test
    void notEnabledDefinesNothing() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2);
             ConfigurableApplicationContext context = Apps.start(database, List.of(), "retort.enabled=false",
                     "spring.jpa.hibernate.ddl-auto=none")) {
            assertTrue(context.getBeansOfType(Retort.class).isEmpty());
            assertTrue(context.getBeansOfType(RetortMigrationInitializer.class).isEmpty());
            assertTrue(context.getBeansOfType(RetortEndpoint.class).isEmpty());
            assertNotNull(context.getBean(javax.sql.DataSource.class));
            assertEquals(List.of(), Databases.appliedRevisions(database));
        }
    }

    private static List<String> tables(String url, String user, String password) {
        return PostgresRoles.column(url, user, password,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
    }
}
