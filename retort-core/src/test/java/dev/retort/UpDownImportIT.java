package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.reflect.SharedSchemas;
import dev.retort.testing.TestDatabase.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The acceptance of {@code import updown} (issue 16) on Ory Kratos's pop history ({@code testdata/schemas/ory-kratos},
 * up and down SQL per dialect): database A loaded natively, file by file, as pop would run them; the directory
 * imported with {@code --format pop --dialect D} and {@code upgrade} on empty database B: the dumps are equal. Pop's
 * version table on A ({@code schema_migration}, one row per migration run, as pop writes it) then maps onto the
 * revisions: {@code status} at head, nothing pending, {@code check} clean. Writes {@code target/updown-import-acceptance.md}.
 */
class UpDownImportIT {

    private static final List<String> ROWS = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> kratosThroughImportUpdown() {
        return Stream.of(new Object[] {"sqlite3", Kind.SQLITE}, new Object[] {"postgres", Kind.POSTGRES})
                .map(args -> DynamicTest.dynamicTest("ory-kratos " + args[0], () -> run((String) args[0], (Kind) args[1])));
    }

    private static void run(String dialect, Kind kind) throws Exception {
        Path directory = SharedSchemas.root().resolve("ory-kratos/persistence/sql/migrations/sql");
        List<Path> files = SharedSchemas.kratos(directory, dialect);
        try (FreshDatabase loaded = FreshDatabase.create(kind, null); FreshDatabase empty = FreshDatabase.create(kind, null)) {
            List<String> errors = loaded.load(files, null, true);
            Path migrations = Path.of("target", "updown-import", dialect, "migrations").toAbsolutePath();
            FlywayImportIT.deleteTree(migrations.getParent());
            Retort onEmpty = FlywayImportIT.project(migrations, "empty", empty);
            ImportResult imported = onEmpty.importUpDown(directory, "pop", dialect);
            onEmpty.upgrade("head");
            String expected = loaded.dump();
            String actual = empty.dump();

            // pop's own version table, one row per migration it ran
            FreshDatabase.execute(loaded.url(), loaded.user(), loaded.password(),
                    "CREATE TABLE schema_migration (version VARCHAR(48) NOT NULL)");
            for (Path file : files) {
                String version = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf('_'));
                FreshDatabase.execute(loaded.url(), loaded.user(), loaded.password(),
                        "INSERT INTO schema_migration (version) VALUES ('" + version + "')");
            }
            Retort onLoaded = FlywayImportIT.project(migrations, "loaded", loaded);
            onLoaded.importUpDown(directory, "pop", dialect);
            HistoryImportResult recorded = onLoaded.importUpDownHistory(directory, "pop", null);
            Status status = onLoaded.status();
            Retort.Check check = onLoaded.check();
            String row = "| ory-kratos (" + dialect + ") | " + kind.name().toLowerCase(Locale.ROOT) + " | " + files.size()
                    + " | " + (errors.isEmpty() ? "all" : (files.size() - errors.size()) + ", " + errors.size() + " failed") + " | "
                    + imported.scripts().size() + " | " + yes(actual.equals(expected)) + " | " + recorded.stamped().size() + " | "
                    + yes(status.pending().isEmpty() && status.problems().isEmpty()) + " | " + yes(check.ok()) + " |";
            synchronized (ROWS) {
                ROWS.add(row);
            }
            writeReport();
            assertEquals(List.of(), errors, "files of the native load that failed");
            assertEquals(files.size(), imported.scripts().size());
            assertEquals(List.of(), CaseRecorder.minus(actual.lines().toList(), expected.lines().toList()),
                    "lines only Retort's database has");
            assertEquals(List.of(), CaseRecorder.minus(expected.lines().toList(), actual.lines().toList()),
                    "lines only the native load has");
            assertEquals(expected, actual);
            assertEquals(List.of(), recorded.problems());
            assertEquals(List.of(), status.pending());
            assertTrue(check.ok(), "check on the database pop migrated");
        }
    }

    private static String yes(boolean value) {
        return value ? "yes" : "**no**";
    }

    @AfterAll
    static void writeReport() throws IOException {
        Files.createDirectories(Path.of("target"));
        StringBuilder out = new StringBuilder("# import updown acceptance\n\n| history | database | migrations | loaded"
                + " natively | revisions imported | dumps equal | stamped from pop's table | at head, nothing pending |"
                + " check clean |\n|---|---|---|---|---|---|---|---|---|\n");
        synchronized (ROWS) {
            ROWS.forEach(row -> out.append(row).append('\n'));
        }
        Files.writeString(Path.of("target", "updown-import-acceptance.md"), out);
    }
}
