package dev.retort.spring.boot.it;

import dev.retort.spring.boot.autoconfigure.RetortMigrationInitializer;
import dev.retort.spring.boot.it.app.Pet;
import dev.retort.spring.boot.it.app.PetApplication;
import dev.retort.spring.boot.it.app.PetRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application starts on an empty database with nothing but the starter: Retort applies both revisions before
 * Hibernate validates the entities ({@code ddl-auto=validate} fails otherwise) and before a runner queries them;
 * the endpoint, health and metric report it over a real server. Each subclass is one database.
 */
@SpringBootTest(classes = PetApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.jpa.hibernate.ddl-auto=validate", "pets.runner=true"})
abstract class StartupContract {

    static final String FIRST = "a1b2c3d4e5f6";
    static final String HEAD = "b2c3d4e5f6a1";

    @Autowired
    PetRepository pets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RetortMigrationInitializer initializer;

    @Test
    void revisionsAreAppliedBeforeJpaAndTheRunner() {
        assertEquals(List.of("Leo/2019"), PetApplication.NAMES_AT_STARTUP);
        Pet leo = pets.findById(1L).orElseThrow();
        assertEquals("Leo", leo.getName());
        assertEquals(2019, leo.getBirthYear());
        assertEquals(2, jdbc.queryForObject("SELECT COUNT(*) FROM retort_version", Integer.class));
        assertEquals(2, initializer.report().applied().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void endpointReportsTheDatabaseOverHttp() {
        Http.Response response = Http.get(environment, "/actuator/retort");
        assertEquals(200, response.status());
        Map<String, Object> json = response.json();
        assertEquals(List.of(HEAD), json.get("current"));
        assertEquals(List.of(HEAD), json.get("heads"));
        assertEquals(List.of(), json.get("pending"));
        List<Map<String, Object>> history = (List<Map<String, Object>>) json.get("history");
        assertEquals(List.of(FIRST, HEAD), history.stream().map(row -> row.get("revision")).sorted().toList());
        for (Map<String, Object> row : history) {
            assertEquals("applied", row.get("state"));
            assertTrue(((Number) row.get("executionMillis")).longValue() >= 0, row.toString());
            assertTrue(row.get("appliedAt") != null, row.toString());
        }
        // retort-hibernate is on the class path: the entity scan packages (Pet) are the model, and match
        Map<String, Object> drift = (Map<String, Object>) json.get("drift");
        assertEquals(true, drift.get("compared"), drift.toString());
        assertEquals(List.of(), drift.get("changes"), drift.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void healthIsUpAtHead() {
        Http.Response response = Http.get(environment, "/actuator/health");
        assertEquals(200, response.status(), response.json().toString());
        Map<String, Object> retort = (Map<String, Object>) ((Map<String, Object>) response.json().get("components")).get("retort");
        assertEquals("UP", retort.get("status"), retort.toString());
        Map<String, Object> details = (Map<String, Object>) retort.get("details");
        assertEquals(List.of(HEAD), details.get("current"));
        assertEquals(List.of(), details.get("pending"));
    }

    @Test
    void eachAppliedRevisionIsTimed() {
        for (String revision : List.of(FIRST, HEAD)) {
            Timer timer = meters.find("retort.revision.apply").tag("revision", revision).tag("direction", "upgrade").timer();
            assertTrue(timer != null, "no timer for " + revision + " in " + meters.find("retort.revision.apply").meters()
                    .stream().map(meter -> meter.getId().toString()).toList());
            assertEquals(1, timer.count());
        }
        assertFalse(meters.find("retort.revision.apply").tag("direction", "downgrade").timers().iterator().hasNext());
    }
}
