package dev.retort.spring.boot.it;

import dev.retort.spring.boot.it.app.PetApplication;
import dev.retort.spring.boot.it.app.PetRepository;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retort and Hibernate's schema generation: a ddl-auto that changes the schema is warned about, and on an
 * embedded database Hibernate's default is no longer create-drop (which would drop what Retort migrated).
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaManagementIT {

    private static final String WARNING = "spring.jpa.hibernate.ddl-auto=update: Hibernate will also change the schema";

    @Test
    @SuppressWarnings("try") // the context is started for its start-up output and closed, never used
    void ddlAutoUpdateIsWarnedAbout(CapturedOutput output) {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2);
             ConfigurableApplicationContext context = Apps.start(database, List.of(),
                     "spring.jpa.hibernate.ddl-auto=update")) {
            assertTrue(output.getAll().contains(WARNING), output.getAll());
        }
    }

    @Test
    void embeddedDatabaseKeepsTheMigratedRowsAndNoWarning(CapturedOutput output) {
        // jdbc:h2:mem is what Boot calls embedded, where Hibernate's default would be create-drop
        String url = "jdbc:h2:mem:retort_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext context = new org.springframework.boot.builder.SpringApplicationBuilder(
                PetApplication.class).web(org.springframework.boot.WebApplicationType.NONE)
                .properties("spring.datasource.url=" + url).run()) {
            assertEquals(1, context.getBean(PetRepository.class).count());
            assertEquals(2019, context.getBean(PetRepository.class).findById(1L).orElseThrow().getBirthYear());
            assertFalse(output.getAll().contains("Hibernate will also change the schema"), output.getAll());
        }
    }
}
