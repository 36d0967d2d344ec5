package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The training run behind bin/retort's class-data archive, and the class list it loads. */
class CdsTrainingTest {

    @Test
    void theTrainingRunCompletesAndLeavesNoTemporaryDirectory() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = count(temp);
        assertDoesNotThrow(() -> CdsTraining.main(new String[0]));
        assertEquals(before, count(temp), "the training's scratch directory is removed");
    }

    @Test
    void everyRetortClassTheListNamesStillExists() throws IOException {
        List<String> names;
        try (InputStream in = CdsTraining.class.getResourceAsStream("cds-classes.txt")) {
            assertTrue(in != null, "cds-classes.txt is on the class path");
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("dev.retort.")).toList();
        }
        assertTrue(names.size() > 100, "the list names Retort's classes");
        List<String> missing = names.stream().filter(name -> {
            try {
                Class.forName(name, false, getClass().getClassLoader());
                return false;
            } catch (ClassNotFoundException e) {
                return true;
            }
        }).toList();
        assertEquals(List.of(), missing, "renamed or removed since the list was made: run retort-cli/cds-classes.sh");
    }

    private static long count(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> path.getFileName().toString().startsWith("retort-cds-")).count();
        }
    }
}
