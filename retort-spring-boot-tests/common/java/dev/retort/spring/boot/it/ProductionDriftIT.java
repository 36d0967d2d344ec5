package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.spring.boot.autoconfigure.RetortEndpoint;
import dev.retort.spring.boot.autoconfigure.RetortReport;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production mode with a model one column ahead of the shipped revisions: {@code retort.drift-action=fail} stops
 * start-up naming the column (after the revisions were applied); {@code warn} starts, and the endpoint shows the
 * drift. The model is given as a classpath resource.
 */
class ProductionDriftIT {

    private static final String MODEL = "retort.model=classpath:models/drifted.sql";

    @Test
    void failRefusesToStartAndNamesTheDrift() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2)) {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> Apps.start(database, List.of(), MODEL,
                    "retort.drift-action=fail", "spring.jpa.hibernate.ddl-auto=none").close());
            String messages = Apps.rootMessage(failure);
            assertTrue(messages.contains("differs from the model") && messages.toLowerCase(Locale.ROOT).contains("nickname"),
                    messages);
            // the shipped revisions were applied before the comparison; only the drift stopped the start
            assertEquals(List.of(StartupContract.FIRST, StartupContract.HEAD), Databases.appliedRevisions(database));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void warnStartsAndTheEndpointAndHealthShowTheDrift() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2);
             ConfigurableApplicationContext context = Apps.startWeb(database, List.of(), MODEL, "retort.drift-action=warn",
                     "spring.jpa.hibernate.ddl-auto=validate")) {
            Http.Response health = Http.get(context.getEnvironment(), "/actuator/health/retort");
            assertEquals(503, health.status(), health.toString());
            assertEquals("OUT_OF_SERVICE", health.json().get("status"), health.toString());
            List<String> drift = (List<String>) ((Map<String, Object>) health.json().get("details")).get("drift");
            assertEquals(1, drift.size(), health.toString());

            RetortReport report = context.getBean(RetortEndpoint.class).retort();
            assertTrue(report.drift().compared(), report.toString());
            assertEquals(1, report.drift().changes().size(), report.drift().toString());
            assertTrue(report.drift().changes().get(0).toLowerCase(Locale.ROOT).contains("add column pet.nickname"),
                    report.drift().toString());
            assertEquals(List.of(StartupContract.HEAD), report.current());
        }
    }

}
