package dev.retort.spring.boot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.StartupReport;
import dev.retort.spring.boot.autoconfigure.RetortMigrationInitializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production start-up through the starter with a SQL model and with the entity model, on PostgreSQL as a login
 * without CREATEDB: it applies the shipped revision, compares the database with the revision's schema snapshot
 * (no model loading, so no scratch database, which that login could not create) and reports a manual change as
 * drift from the snapshot, at start-up and in {@code Retort.check()}. The revision and its snapshot are written
 * first by development start-up on a developer's database (the administrator's, who may create the scratch
 * database), as a team would.
 */
class ProductionSnapshotIT {

    @TempDir
    Path directory;

    @Test
    void sqlModel() throws IOException {
        productionComparesWithTheSnapshot("retort.model=classpath:models/drifted.sql");
    }

    @Test
    void entityModel() throws IOException {
        productionComparesWithTheSnapshot(); // retort-hibernate is there: the entity scan packages are the model
    }

    private void productionComparesWithTheSnapshot(String... model) throws IOException {
        try (PostgresRoles roles = new PostgresRoles()) {
            Path revisions = Files.createDirectories(directory.resolve("revisions"));
            String developer = roles.database("rt_dev_", roles.admin());
            try (ConfigurableApplicationContext context = PostgresRoles.start(developer, roles.admin(), roles.adminPassword(),
                    with(model, "retort.mode=development", "retort.locations=" + revisions,
                            "spring.jpa.hibernate.ddl-auto=none"))) {
                assertNotNull(context.getBean(RetortMigrationInitializer.class).report().generated());
            }
            assertEquals(1, files(revisions, ".schema.json"), "development wrote the revision's schema snapshot");

            String login = roles.login("rt_prod_");
            String production = roles.database("rt_prod_", login);
            String password = PostgresRoles.password(login);
            List<String> settings = List.of(with(model, "retort.locations=" + revisions, "retort.drift-action=warn",
                    "spring.jpa.hibernate.ddl-auto=validate"));
            try (ConfigurableApplicationContext context = PostgresRoles.start(production, login, password,
                    settings.toArray(String[]::new))) {
                StartupReport report = context.getBean(RetortMigrationInitializer.class).report();
                assertEquals(1, report.applied().size(), report.toString());
                assertNotNull(report.drift(), report.toString());
                assertEquals(List.of(), report.drift().upgrade(), report.toString());
                assertTrue(report.driftNote().contains("schema snapshot"), report.driftNote());
            }

            PostgresRoles.execute(production, login, password, "ALTER TABLE pet ADD COLUMN tag VARCHAR(30)");
            try (ConfigurableApplicationContext context = PostgresRoles.start(production, login, password,
                    settings.toArray(String[]::new))) {
                StartupReport report = context.getBean(RetortMigrationInitializer.class).report();
                assertTrue(report.driftNote().contains("schema snapshot"), report.driftNote());
                assertDrift(report.drift());
                Retort.Check check = context.getBean(Retort.class).check();
                assertTrue(check.driftNote().contains("schema snapshot"), check.driftNote());
                assertDrift(check.drift());
            }
            assertEquals(1, files(revisions, ".sql"), "production wrote nothing");
        }
    }

    /** The snapshot has no column tag: bringing the database back to it drops the column. */
    private static void assertDrift(Changes drift) {
        assertNotNull(drift);
        assertEquals(1, drift.upgrade().size(), drift.toString());
        String step = drift.upgrade().get(0).description().toLowerCase(Locale.ROOT);
        assertTrue(step.contains("pet.tag"), step);
    }

    private static String[] with(String[] model, String... settings) {
        List<String> all = new ArrayList<>(List.of(settings));
        all.addAll(List.of(model));
        return all.toArray(String[]::new);
    }

    private static long files(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        }
    }
}
