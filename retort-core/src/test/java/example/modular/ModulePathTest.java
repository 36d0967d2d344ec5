package example.modular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * retort-core as a named module: a JVM with the core's classes and the H2 driver on the module path finds the
 * dialect through the module's {@code provides}, the driver through {@code DriverManager}, exports the six API
 * packages only, and migrates. The other tests run on the class path (see the POM), so this one starts its own JVM.
 */
class ModulePathTest {

    @TempDir
    Path directory;

    @Test
    void theNamedModuleMigratesWithTheDriverOnTheModulePath() throws Exception {
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_m1.sql"), "-- retort:revision m1\n-- retort:parents\n-- retort:message modular\n\n"
                + "-- retort:upgrade\nCREATE TABLE modular (id INT PRIMARY KEY);\n\n-- retort:downgrade\nDROP TABLE modular;\n");
        String modulePath = location(Retort.class) + File.pathSeparator + location(org.h2.Driver.class);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-p", modulePath, "--add-modules", "dev.retort.core,com.h2database",
                "-cp", location(ModularMain.class), ModularMain.class.getName(),
                "jdbc:h2:" + directory.resolve("modular").toAbsolutePath(), migrations.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("module dev.retort.core exports dev.retort.runtime: false"), output);
        assertTrue(output.contains("dialect h2, applied " + List.of("m1") + ", up to date true"), output);
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
