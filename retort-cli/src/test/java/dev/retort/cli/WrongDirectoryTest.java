package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command run in the wrong place says so, and reading commands never create a database. */
class WrongDirectoryTest {

    @TempDir
    Path directory;

    CliRun run(String... args) {
        return CliRun.in(directory, args);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> entries = Files.walk(directory)) {
            return entries.filter(path -> !path.equals(directory)).map(path -> directory.relativize(path).toString()).sorted().toList();
        }
    }

    @Test
    void checkInAnEmptyDirectoryExitsTwoAndCreatesNothing() throws IOException {
        CliRun check = run("check");
        assertEquals(2, check.code(), check.out());
        assertTrue(check.err().contains("no Retort project in " + directory), check.err());
        assertTrue(check.err().contains("retort init"), check.err());
        assertEquals("", check.out());
        assertEquals(List.of(), files());
    }

    @Test
    void everyCommandButInitRefusesAnEmptyDirectory() throws IOException {
        for (List<String> command : List.of(List.of("status"), List.of("current"), List.of("heads"), List.of("history"),
                List.of("branches"), List.of("show", "head"), List.of("inspect"), List.of("diff"), List.of("upgrade"),
                List.of("upgrade", "--sql", "base:head"), List.of("downgrade"), List.of("revision", "-m", "x"),
                List.of("stamp", "head"), List.of("repair"), List.of("clean", "-y"))) {
            CliRun run = run(command.toArray(String[]::new));
            assertEquals(2, run.code(), command + ": " + run.err());
            assertTrue(run.err().contains("no Retort project"), command + ": " + run.err());
        }
        assertEquals(List.of(), files());
        assertEquals(0, run("init").code());
        assertEquals(List.of("migrations", "retort.toml"), files());
    }

    @Test
    void aMissingProjectDirectoryIsNamedAsSuch() {
        Path typo = directory.resolve("typo-dir");
        StringWriter err = new StringWriter();
        int code = RetortCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), "-C", typo.toString(), "status");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("the project directory " + typo + " does not exist"), err.toString());
        assertFalse(err.toString().contains("connect"), err.toString());
        assertFalse(Files.exists(typo));
    }

    @Test
    void readingCommandsReadAMissingSqliteFileAsAnEmptyDatabase() throws IOException {
        assertEquals(0, run("init").code());
        assertEquals(0, run("revision", "-m", "first", "--rev-id", "aaa111").code());
        Files.writeString(directory.resolve("schema.sql"), "CREATE TABLE things (id INTEGER PRIMARY KEY);\n");
        Files.writeString(directory.resolve("retort.toml"), "model = [\"schema.sql\"]\n", java.nio.file.StandardOpenOption.APPEND);

        CliRun status = run("status");
        assertEquals(0, status.code(), status.err());
        assertTrue(status.out().contains("1 pending: aaa111"), status.out());
        CliRun check = run("check");
        assertEquals(1, check.code(), check.err());
        for (List<String> command : List.of(List.of("current"), List.of("heads"), List.of("history"), List.of("branches"),
                List.of("show", "aaa111"), List.of("inspect"), List.of("diff"), List.of("upgrade", "--sql", "base:head"),
                List.of("--json", "status"))) {
            CliRun run = run(command.toArray(String[]::new));
            assertEquals(0, run.code(), command + ": " + run.err());
        }
        assertTrue(run("diff").out().contains("CREATE TABLE things"), "diff compares the model with an empty database");
        assertFalse(Files.exists(directory.resolve("retort.db")), "no reading command created the database: " + files());

        assertEquals(0, run("upgrade").code());
        assertTrue(Files.exists(directory.resolve("retort.db")), "a writing command creates it");
        assertTrue(run("current").out().contains("aaa111"), "and reading commands then read it");
    }

    @Test
    void readingCommandsCreateNoH2DatabaseEither() throws IOException {
        assertEquals(0, run("init").code());
        assertEquals(0, run("revision", "-m", "first", "--rev-id", "aaa111").code());
        String url = "jdbc:h2:file:" + directory.resolve("app");
        for (String command : new String[] {"status", "check", "current", "history", "inspect"}) {
            CliRun run = run("--url", url, command);
            assertTrue(run.code() <= 1, command + ": " + run.err());
        }
        assertFalse(Files.exists(directory.resolve("app.mv.db")), "no H2 file: " + files());
        assertEquals(0, run("--url", url, "upgrade").code());
        assertTrue(Files.exists(directory.resolve("app.mv.db")));
    }
}
