package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stray retort.toml in the application's working directory, and RETORT_* variables in its environment, do
 * not change a library-mode {@link Retort}. Setting user.dir inside this JVM proves nothing (much of the JDK
 * caches it), so the application runs as a separate process started in that directory with that environment.
 */
class WorkingDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void aStrayRetortTomlAndTheEnvironmentAreIgnoredInLibraryMode() throws IOException, InterruptedException {
        Path workingDirectory = Files.createDirectories(directory.resolve("app"));
        Files.writeString(workingDirectory.resolve("retort.toml"), """
                version_table = "stray_versions"
                locations = ["stray"]
                """);
        Path scripts = Files.createDirectories(directory.resolve("scripts"));
        Files.writeString(scripts.resolve("001.sql"), "-- retort:revision r1\n\n-- retort:upgrade\nSELECT 1;\n");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LibraryConfigMain.class.getName(),
                "jdbc:sqlite:" + directory.resolve("app.db"), scripts.toString())
                .directory(workingDirectory.toFile()).redirectError(directory.resolve("stderr.txt").toFile());
        builder.environment().put("RETORT_VERSION_TABLE", "env_versions");
        builder.environment().put("RETORT_LOCATIONS", "env_scripts");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        int code = process.waitFor();
        String errors = Files.readString(directory.resolve("stderr.txt"));
        assertEquals(0, code, output + errors);
        assertEquals("retort_version [" + scripts + "] 1", output, errors);
    }
}
