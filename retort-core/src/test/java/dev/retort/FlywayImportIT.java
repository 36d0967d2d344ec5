package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestData;
import dev.retort.testing.TestDatabase.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance of {@code import flyway} (issue 16) on real Flyway histories ({@code testdata/flyway}, see its
 * SOURCES.md): Flyway itself migrates database A; the directory is imported and {@code upgrade} builds empty database
 * B; A and B dump the same (native dumps, sorted; Flyway's and Retort's own tables left out). On A, the import with
 * Flyway's history records every revision as applied without running anything: {@code status} at head, nothing
 * pending, {@code check} clean. Writes {@code target/flyway-import-acceptance.md}.
 */
class FlywayImportIT {

    private static final List<String> ROWS = new ArrayList<>();

    /** Histories Flyway itself cannot run on the test servers, with the reason. */
    private static final Map<String, String> KNOWN = Map.of("kestra/mysql MYSQL", "the history targets MySQL 8: its first"
            + " script names a column offset, a reserved word in MariaDB 10.11 (error 1064), so Flyway's own migrate stops");

    @TestFactory
    Stream<DynamicTest> realFlywayHistories() {
        return Stream.of(
                        new Object[] {"conductor/postgres", Kind.POSTGRES}, new Object[] {"conductor/mysql", Kind.MYSQL},
                        new Object[] {"kestra/postgres", Kind.POSTGRES}, new Object[] {"kestra/mysql", Kind.MYSQL})
                .map(args -> DynamicTest.dynamicTest(args[0] + " on " + args[1], () -> run((String) args[0], (Kind) args[1])));
    }

    private static void run(String history, Kind kind) throws Exception {
        Path directory = TestData.root().resolve("testdata/flyway").resolve(history);
        try (FreshDatabase migrated = FreshDatabase.create(kind, null); FreshDatabase empty = FreshDatabase.create(kind, null)) {
            String known = KNOWN.get(history + " " + kind);
            if (known != null) {
                // the case stays until Flyway itself can run the history here; then it must pass like the others
                assertThrows(org.flywaydb.core.api.FlywayException.class, () -> Flyway.configure()
                        .dataSource(migrated.url(), migrated.user(), migrated.password())
                        .locations("filesystem:" + directory).load().migrate(), "Flyway now runs " + history + ": drop it from KNOWN");
                synchronized (ROWS) {
                    ROWS.add("| " + history + " | " + kind.name().toLowerCase(Locale.ROOT) + " | fails: " + known + " | | | | | |");
                }
                writeReport();
                return;
            }
            int flywayRan = Flyway.configure().dataSource(migrated.url(), migrated.user(), migrated.password())
                    .locations("filesystem:" + directory).load().migrate().migrationsExecuted;
            Path migrations = Path.of("target", "flyway-import", history.replace('/', '_'), "migrations").toAbsolutePath();
            deleteTree(migrations.getParent());
            Retort onEmpty = project(migrations, "empty", empty);
            ImportResult imported = onEmpty.importFlyway(directory, Map.of());
            onEmpty.upgrade("head");
            RetortException downgrade = assertThrows(RetortException.class, () -> onEmpty.downgrade("-1"));

            Retort onMigrated = project(migrations, "migrated", migrated);
            ImportResult again = onMigrated.importFlyway(directory, Map.of());
            HistoryImportResult recorded = onMigrated.importFlywayHistory("flyway_schema_history");
            Status status = onMigrated.status();
            Retort.Check check = onMigrated.check();
            FreshDatabase.execute(migrated.url(), migrated.user(), migrated.password(), "DROP TABLE flyway_schema_history");
            String expected = migrated.dump();
            String actual = empty.dump();
            String row = "| " + history + " | " + kind.name().toLowerCase(Locale.ROOT) + " | " + flywayRan + " | "
                    + imported.scripts().size() + " | " + yes(actual.equals(expected)) + " | "
                    + recorded.stamped().size() + " | " + yes(status.pending().isEmpty() && status.problems().isEmpty()) + " | "
                    + yes(check.ok()) + " |";
            synchronized (ROWS) {
                ROWS.add(row);
            }
            writeReport();
            assertEquals(flywayRan, imported.scripts().size(), "one revision per migration Flyway ran");
            assertEquals(imported.scripts().stream().map(ScriptInfo::id).toList(), again.scripts().stream().map(ScriptInfo::id).toList(),
                    "importing again writes nothing new");
            assertEquals(List.of(), CaseRecorder.minus(actual.lines().toList(), expected.lines().toList()),
                    "lines only Retort's database has");
            assertEquals(List.of(), CaseRecorder.minus(expected.lines().toList(), actual.lines().toList()),
                    "lines only Flyway's database has");
            assertEquals(expected, actual);
            assertEquals(List.of(), recorded.problems());
            assertEquals(imported.scripts().get(imported.scripts().size() - 1).id(), recorded.at());
            assertEquals(List.of(), status.pending());
            assertEquals(List.of(), status.problems());
            assertTrue(check.ok(), "check on the database Flyway migrated");
            assertTrue(downgrade.getMessage().contains(imported.scripts().get(imported.scripts().size() - 1).id()),
                    "a downgrade without an undo script names the revision: " + downgrade.getMessage());
        }
    }

    private static String yes(boolean value) {
        return value ? "yes" : "**no**";
    }

    static Retort project(Path migrations, String which, FreshDatabase database) throws IOException {
        Path directory = migrations.getParent().resolve(which);
        Files.createDirectories(directory);
        Files.createDirectories(migrations);
        StringBuilder toml = new StringBuilder("url = \"" + database.url() + "\"\n");
        if (database.user() != null) {
            toml.append("user = \"").append(database.user()).append("\"\n");
        }
        if (database.password() != null && !database.password().isEmpty()) {
            toml.append("password = \"").append(database.password()).append("\"\n");
        }
        toml.append("locations = [\"").append(migrations).append("\"]\n");
        Files.writeString(directory.resolve("retort.toml"), toml);
        return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        StringBuilder out = new StringBuilder("# import flyway acceptance\n\n| history | database | Flyway ran | revisions"
                + " imported | dumps equal (Flyway's A, Retort's B) | stamped from Flyway's history on A | A at head, nothing"
                + " pending | check on A clean |\n|---|---|---|---|---|---|---|---|\n");
        synchronized (ROWS) {
            ROWS.forEach(row -> out.append(row).append('\n'));
        }
        Files.writeString(Path.of("target", "flyway-import-acceptance.md"), out);
    }
}
