package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar run as users run it, in a child process: only Retort's own lines reach the terminal
 * (the drivers' log output appears with {@code -v} only), and {@code jdbc:mysql:} URLs work with the
 * MariaDB driver the jar bundles.
 */
class DriverOutputIT {

    @TempDir
    Path project;

    record Run(int code, String out, String err) {
    }

    private Run retort(String... args) throws IOException, InterruptedException {
        Path jar = Path.of("target", "retort.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built before the integration tests: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "-C", project.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().keySet().removeIf(key -> key.startsWith("RETORT_"));
        Path out = Files.createTempFile("retort-out", ".txt");
        Path err = Files.createTempFile("retort-err", ".txt");
        try {
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the command finishes");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private void revision() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/0001_things.sql"), """
                -- retort:revision aaa111
                -- retort:message create things

                -- retort:upgrade
                CREATE TABLE things (id INT PRIMARY KEY);

                -- retort:downgrade
                DROP TABLE things;
                """);
    }

    @Test
    void aFirstRunOnMariadbThroughAJdbcMysqlUrlPrintsNoDriverWarning() throws Exception {
        revision();
        try (ServerDatabase database = ServerDatabase.mariadb()) {
            String url = database.mysqlSchemeUrl();
            Run status = retort("--url", url, "--user", database.user(), "status");
            assertEquals(0, status.code(), status.err());
            assertTrue(status.out().contains("1 pending: aaa111"), status.out());
            assertEquals("", status.err(), "a database without Retort's tables is no reason for driver warnings");

            Run upgrade = retort("--url", url, "--user", database.user(), "upgrade");
            assertEquals(0, upgrade.code(), upgrade.err());
            assertEquals("", upgrade.err());
            assertEquals(1, database.count("retort_version"), "jdbc:mysql: reached the MariaDB database");
            assertEquals(0, database.count("things"));

            Run verbose = retort("-v", "--url", database.url(), "--user", database.user(), "--password", "wrong", "status");
            assertEquals(3, verbose.code(), verbose.err());
            assertTrue(verbose.err().lines().anyMatch(line -> line.contains("org.mariadb")),
                    "with -v the driver's own log lines are shown: " + verbose.err());
        }
    }

    @Test
    void aFailedMariadbConnectionIsReportedOnce() throws Exception {
        revision();
        try (ServerDatabase database = ServerDatabase.mariadb()) {
            Run denied = retort("--url", database.url(), "--user", database.user(), "--password", "wrong", "status");
            assertEquals(3, denied.code(), denied.err());
            assertEquals(1, denied.err().lines().count(), "one error line: " + denied.err());
            assertTrue(denied.err().startsWith("error: cannot connect to the mysql database"), denied.err());
        }
    }

    @Test
    void aBadPostgresqlPortPrintsOnlyRetortsMessage() throws Exception {
        revision();
        Run bad = retort("--url", "jdbc:postgresql://127.0.0.1:99999/test", "status");
        assertEquals(1, bad.err().lines().count(), "one error line, no java.util.logging lines: " + bad.err());
        assertTrue(bad.err().startsWith("error: "), bad.err());
        assertFalse(bad.err().contains("WARNING"), bad.err());

        Run verbose = retort("-v", "--url", "jdbc:postgresql://127.0.0.1:99999/test", "status");
        assertTrue(verbose.err().contains("WARNING: org.postgresql"), "with -v the driver's warning is shown: " + verbose.err());
    }

    @Test
    void outputToAFileCarriesNoColourCodes() throws Exception {
        for (String[] args : new String[][] {{"--help"}, {"upgrade", "--help"}, {"help", "status"}, {"upgrad"}}) {
            Run run = retort(args);
            assertFalse((run.out() + run.err()).contains("\u001b["), String.join(" ", args) + ": " + run.out() + run.err());
        }
    }
}
