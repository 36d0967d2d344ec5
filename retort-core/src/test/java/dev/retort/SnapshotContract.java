package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.script.Checksums;
import dev.retort.script.SnapshotFiles;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema snapshots on a real database, one subclass per dialect: autogenerate writes one beside the revision,
 * and production start-up and {@code check} compare the database with it without loading the model (the model
 * file is made unloadable to show it), report a manual change as drift, and refuse to trust a tampered
 * snapshot. Each test starts from an empty database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SnapshotContract {

    static final String MODEL = """
            CREATE TABLE customer (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
            CREATE TABLE orders (
                id INTEGER PRIMARY KEY,
                customer_id INTEGER NOT NULL,
                total DECIMAL(10,2),
                CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
            );
            CREATE INDEX orders_total ON orders (total);
            """;

    /** Not SQL at all: any attempt to load the model fails. */
    static final String UNLOADABLE = "THIS IS NOT SQL AND LOADING IT MUST FAIL;\n";

    TestDatabase database;
    TestProject project;

    @TempDir
    Path directory;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void createDatabase() {
        database = TestDatabase.create(kind());
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyDatabase() throws IOException {
        Files.writeString(directory.resolve("retort.toml"), "model = [\"model.sql\"]\n");
        Files.writeString(directory.resolve("model.sql"), MODEL);
        Files.createDirectories(directory.resolve("migrations"));
        project = new TestProject(directory, database);
        project.retort().clean(true);
    }

    /** Autogenerates the first revision from {@link #MODEL} and applies it. */
    ScriptInfo generateAndApply() {
        Retort retort = project.retort();
        Retort.Generated generated = retort.autogenerate("orders", AutogenerateOptions.defaults());
        assertNotNull(generated.script(), "the model differs from an empty database");
        retort.upgrade("head");
        return generated.script();
    }

    void makeModelUnloadable() throws IOException {
        Files.writeString(directory.resolve("model.sql"), UNLOADABLE);
    }

    /** The manual change every drift test makes, as an operator would in production. */
    String manualChange() {
        return "ALTER TABLE orders ADD COLUMN note VARCHAR(20)";
    }

    /** {@code drift_source = "snapshot"}: never fall back to the (unloadable) model. */
    void snapshotOnly() throws IOException {
        Files.writeString(directory.resolve("retort.toml"), "model = [\"model.sql\"]\ndrift_source = \"snapshot\"\n");
    }

    static boolean names(Changes changes, String text) {
        // H2 folds unquoted names to upper case
        return changes.upgrade().stream().anyMatch(step -> step.op().describe().toLowerCase(java.util.Locale.ROOT)
                .contains(text));
    }

    @Test
    void autogenerateWritesTheModelsSchemaBesideTheRevision() throws IOException {
        ScriptInfo script = generateAndApply();
        Path snapshot = SnapshotFiles.pathOf(java.nio.file.Path.of(script.location()));
        assertTrue(Files.isRegularFile(snapshot), "snapshot beside " + java.nio.file.Path.of(script.location()));
        String text = Files.readString(snapshot);
        Retort retort = project.retort();
        assertEquals(Snapshots.render(script.id(), retort.dialectSpi(), retort.model()), text,
                "the snapshot is the model's schema, rendered the same way again (deterministic)");
        assertTrue(text.contains("\"format\": \"retort-schema-snapshot\"") && text.contains("\"version\": 1"), text);
        assertTrue(text.lines().noneMatch(line -> line.contains("\"customer\"") && line.contains("\"orders\"")),
                "one item per line");
        assertEquals(retort.model(), Snapshots.read(text, retort.dialectSpi()), "reads back as the model's schema");
        assertEquals(List.of(Checksums.of(text)), database.column("SELECT snapshot_checksum FROM retort_version"),
                "the version table records the snapshot's checksum");
        assertFalse(retort.scripts().isEmpty());
        assertEquals(1, retort.scripts().size(), "the snapshot is not read as a script");
    }

    @Test
    void deletingARevisionDeletesItsSnapshot() {
        ScriptInfo script = project.retort().autogenerate("orders", AutogenerateOptions.defaults()).script();
        Path snapshot = SnapshotFiles.pathOf(java.nio.file.Path.of(script.location()));
        assertTrue(Files.exists(snapshot));
        project.retort().delete(script.id());
        assertFalse(Files.exists(java.nio.file.Path.of(script.location())) || Files.exists(snapshot), "script and snapshot deleted together");
    }

    @Test
    void productionStartUpComparesWithTheSnapshotWithoutLoadingTheModel() throws IOException {
        ScriptInfo script = generateAndApply();
        makeModelUnloadable();
        StartupReport clean = project.retort().initAndUpgrade(StartupOptions.production());
        assertNotNull(clean.drift(), clean.driftNote());
        assertTrue(clean.drift().isEmpty(), () -> "no drift: " + clean.drift().upgrade());
        assertTrue(clean.driftNote().contains("schema snapshot of revision " + script.id()), clean.driftNote());

        database.execute(manualChange());
        StartupReport drifted = project.retort().initAndUpgrade(StartupOptions.production());
        assertTrue(names(drifted.drift(), "orders.note"), () -> "drift names the column: " + drifted.drift().upgrade());
        RetortException refused = assertThrows(RetortException.class, () -> project.retort()
                .initAndUpgrade(StartupOptions.production().withDriftAction(StartupOptions.DriftAction.FAIL)));
        assertTrue(refused.getMessage().toLowerCase(java.util.Locale.ROOT).contains("orders.note")
                && refused.getMessage().contains("schema snapshot of revision " + script.id()), refused.getMessage());
    }

    @Test
    void checkReportsDriftFromTheSnapshot() throws IOException {
        ScriptInfo script = generateAndApply();
        makeModelUnloadable();
        Retort.Check ok = project.retort().check();
        assertTrue(ok.ok(), () -> String.valueOf(ok));
        assertTrue(ok.driftNote().contains("schema snapshot of revision " + script.id()), ok.driftNote());
        database.execute(manualChange());
        Retort.Check drifted = project.retort().check();
        assertFalse(drifted.ok());
        assertTrue(names(drifted.drift(), "orders.note"), () -> String.valueOf(drifted.drift().upgrade()));
    }

    @Test
    void aTamperedSnapshotIsReportedAndNotTrusted() throws IOException {
        ScriptInfo script = generateAndApply();
        makeModelUnloadable();
        Path snapshot = SnapshotFiles.pathOf(java.nio.file.Path.of(script.location()));
        Files.writeString(snapshot, Files.readString(snapshot).replaceFirst("(?i)\"name\": \"total\"", "\"name\": \"total_renamed\""));
        snapshotOnly();
        Status status = project.retort().status();
        assertTrue(status.problems().stream().anyMatch(p -> p.contains(script.id()) && p.contains("schema snapshot")),
                () -> String.valueOf(status.problems()));
        assertFalse(project.retort().check().ok(), "check reports the tampered snapshot");
        StartupReport report = project.retort().initAndUpgrade(StartupOptions.production());
        assertNull(report.drift(), "a tampered snapshot is not compared with");
        assertTrue(report.driftNote().contains("not trusted"), report.driftNote());
        assertEquals(List.of(script.id()), project.retort().repair(false).realigned(), "repair accepts it");
        assertTrue(project.retort().status().problems().isEmpty());
    }

    @Test
    void aMissingSnapshotIsANoteNotAnError() throws IOException {
        ScriptInfo script = generateAndApply();
        makeModelUnloadable();
        snapshotOnly();
        Files.delete(SnapshotFiles.pathOf(java.nio.file.Path.of(script.location())));
        Retort.Check check = project.retort().check();
        assertTrue(check.ok(), "a missing snapshot is not a problem");
        assertNull(check.drift());
        assertTrue(check.driftNote().contains("no schema snapshot for revision " + script.id())
                && check.driftNote().contains("drift not checked"), check.driftNote());
        assertNull(project.retort().initAndUpgrade(StartupOptions.production()).drift());
    }

    @Test
    void aRevisionThatChangesNothingUsesItsParentsSnapshotAndAHandWrittenOneIsSaid() throws IOException {
        ScriptInfo generated = generateAndApply();
        makeModelUnloadable();
        Retort retort = project.retort();
        ScriptInfo empty = retort.revision(NewRevision.of("nothing"));
        retort.upgrade("head");
        Retort.Check check = project.retort().check();
        assertTrue(check.ok(), () -> String.valueOf(check));
        assertTrue(check.driftNote().contains(generated.id()) && check.driftNote().contains(empty.id()), check.driftNote());

        project.retort().revision(new NewRevision("by hand", null, null, List.of(), null, false,
                "CREATE TABLE by_hand (id INTEGER PRIMARY KEY);", "DROP TABLE by_hand;"));
        project.retort().upgrade("head");
        snapshotOnly();
        Retort.Check handWritten = project.retort().check();
        assertNull(handWritten.drift());
        assertTrue(handWritten.driftNote().contains("not written by autogenerate"), handWritten.driftNote());
    }
}
