package example.fifth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.retort.NewRevision;
import dev.retort.Retort;
import dev.retort.StepResult;
import dev.retort.schema.Schema;
import dev.retort.testing.ExportedApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dialect added from outside the core jar, through {@code META-INF/services}, works through the facade:
 * chosen by its URL prefix, it upgrades, reflects and downgrades, with no change to Retort.
 */
class ExternalDialectTest {

    @TempDir
    Path directory;

    @Test
    void aDialectFromOutsideIsFoundByItsUrlAndRunsTheLifecycle() throws Exception {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        String url = CompatDialect.PREFIX + "mem:fifth_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Retort retort = Retort.builder().url(url).user("sa").locations(migrations.toString()).readEnvironment(false).build();
        assertEquals("h2compat", retort.dialect());

        retort.revision(new NewRevision("notes", null, null, List.of(), "n1", false,
                "CREATE TABLE notes (id INT PRIMARY KEY, body VARCHAR(100));\n", "DROP TABLE notes;\n"));
        List<StepResult> up = retort.upgrade("head");
        assertEquals(List.of("n1"), up.stream().map(StepResult::revision).toList());
        assertTrue(retort.status().upToDate());
        Schema live = retort.inspect(List.of(), List.of());
        assertTrue(live.tables().stream().anyMatch(table -> table.name().name().equalsIgnoreCase("notes")), live.toString());

        List<StepResult> down = retort.downgrade("base");
        assertEquals(List.of("n1"), down.stream().map(StepResult::revision).toList());
        assertFalse(retort.inspect(List.of(), List.of()).tables().stream()
                .anyMatch(table -> table.name().name().equalsIgnoreCase("notes")));
    }

    @Test
    void theDialectUsesOnlyExportedPackages() {
        ExportedApi.onlyExported("example.fifth..").check(new ClassFileImporter().importClasses(CompatDialect.class));
    }
}
