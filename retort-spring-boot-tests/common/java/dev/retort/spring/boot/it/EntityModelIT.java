package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Entity classes as the model ({@code retort-hibernate} on the classpath): {@code retort.entities} names two
 * packages, one of them with an entity no revision creates. Development start-up writes and applies the revision
 * for it; production start-up with {@code drift-action=fail} refuses, naming the table. (The default, the
 * application's entity scan packages, is what {@link StartupContract} runs with: no drift.)
 */
class EntityModelIT {

    private static final String ENTITIES = "retort.entities=dev.retort.spring.boot.it.app,dev.retort.spring.boot.it.vets";

    @Test
    void developmentGeneratesAndAppliesTheRevisionForANewEntity(@TempDir Path scripts) throws IOException {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2);
             ConfigurableApplicationContext context = Apps.start(database, List.of(), ENTITIES, "retort.mode=development",
                     "retort.locations=" + scripts + ",classpath:db/retort", "spring.jpa.hibernate.ddl-auto=validate")) {
            List<Path> generated;
            try (Stream<Path> files = Files.list(scripts)) {
                generated = files.filter(file -> file.getFileName().toString().endsWith(".sql")).toList();
            }
            assertEquals(1, generated.size(), generated.toString());
            String script = Files.readString(generated.get(0)).toLowerCase(Locale.ROOT);
            assertTrue(script.contains("create table") && script.contains("vet"), script);
            assertFalse(script.contains("pet "), "only the new entity's table: " + script);
            assertEquals(3, Databases.appliedRevisions(database).size());
            assertEquals(0, context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM vet", Integer.class));
        }
    }

    @Test
    void productionRefusesToStartWhenEntitiesDrifted() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.H2)) {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> Apps.start(database, List.of(), ENTITIES,
                    "retort.drift-action=fail", "spring.jpa.hibernate.ddl-auto=none").close());
            String messages = Apps.rootMessage(failure);
            assertTrue(messages.contains("differs from the model") && messages.toLowerCase(Locale.ROOT).contains("vet"),
                    messages);
        }
    }
}
