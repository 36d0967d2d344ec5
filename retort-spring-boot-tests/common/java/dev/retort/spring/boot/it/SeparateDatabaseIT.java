package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code retort.url} (as {@code spring.flyway.url}): Retort migrates that database over its own connections, with
 * its own user and password, and leaves the application's DataSource alone.
 */
class SeparateDatabaseIT {

    @Test
    @SuppressWarnings("try") // the context is started for the migration it runs and closed, never used
    void retortUrlIsMigratedInsteadOfTheApplicationDatabase() {
        try (TestDatabase application = TestDatabase.create(TestDatabase.Kind.H2);
             TestDatabase migrated = TestDatabase.create(TestDatabase.Kind.H2);
             ConfigurableApplicationContext context = Apps.start(application, List.of(),
                     "spring.jpa.hibernate.ddl-auto=none", "retort.url=" + migrated.url(), "retort.user=" + migrated.user(),
                     "retort.password=" + migrated.password())) {
            assertEquals(List.of(StartupContract.FIRST, StartupContract.HEAD), Databases.appliedRevisions(migrated));
            assertEquals(List.of(), Databases.appliedRevisions(application));
        }
    }
}
