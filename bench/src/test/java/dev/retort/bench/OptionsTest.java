package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptionsTest {

    private static String root(Path directory) throws IOException {
        Files.createDirectories(directory.resolve("bin"));
        Files.writeString(directory.resolve("bin/retort"), "#!/bin/sh\n");
        return directory.toString();
    }

    @Test
    void byDefaultEveryScenarioRunsOnAThousandTables(@TempDir Path directory) throws IOException {
        Options options = Options.parse(new String[] {"--root", root(directory)});
        assertEquals(Set.of("a", "b", "c", "d", "e", "f", "g"), options.scenarios());
        assertEquals(1000, options.wideTables());
        assertEquals(15_000, options.slowBudgetMillis());
    }

    @Test
    void theNewSettingsAreRead(@TempDir Path directory) throws IOException {
        Options options = Options.parse(new String[] {"--root", root(directory), "--scenarios", "d,f", "--wide-tables",
            "200", "--wide-budget-ms", "10", "--slow-budget-ms", "20", "--startup-budget-ms", "30"});
        assertEquals(Set.of("d", "f"), options.scenarios());
        assertEquals(200, options.wideTables());
        assertEquals(10, options.wideBudgetMillis());
        assertEquals(20, options.slowBudgetMillis());
        assertEquals(30, options.startupBudgetMillis());
    }

    @Test
    void aTinyWideSchemaOrANegativeBudgetIsRefused(@TempDir Path directory) throws IOException {
        String root = root(directory);
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--root", root, "--wide-tables", "5"}));
        assertThrows(IllegalArgumentException.class, () -> Options.parse(new String[] {"--root", root,
            "--slow-budget-ms", "-1"}));
    }
}
