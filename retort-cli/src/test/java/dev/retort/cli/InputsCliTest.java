package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that used to crash (exit 3, "unexpected failure") or be misread are refused with exit 2. */
class InputsCliTest {

    @TempDir
    Path project;

    CliRun run(String... args) {
        return CliRun.in(project, args);
    }

    private void refused(CliRun run, String expected) {
        assertEquals(2, run.code(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("unexpected failure"), run.err());
    }

    private void twoRevisions() {
        assertEquals(0, run("init").code());
        assertEquals(0, run("revision", "-m", "one", "--rev-id", "r1").code());
        assertEquals(0, run("revision", "-m", "two", "--rev-id", "r2").code());
    }

    @Test
    void lockTimeoutsTooLargeAreRefused() throws IOException {
        twoRevisions();
        Path toml = project.resolve("retort.toml");
        String settings = Files.readString(toml);
        Files.writeString(toml, settings.replace("lock_timeout = \"60s\"", "lock_timeout = \"9999999999999s\""));
        refused(run("upgrade"), "invalid setting lock_timeout");
        Files.writeString(toml, settings.replace("lock_timeout = \"60s\"", "lock_timeout = 99999999999999999999"));
        refused(run("upgrade"), "too large");
        Files.writeString(toml, settings.replace("clean_enabled = true", "clean_enabled = 1"));
        refused(run("status"), "use true or false");
    }

    @Test
    void offlineOutputToAMissingDirectoryIsRefusedBeforeAnyWork() {
        twoRevisions();
        Path missing = project.resolve("missing/dir/x.sql");
        refused(run("upgrade", "--sql", "base:head", "--output", missing.toString()), "does not exist");
        assertFalse(Files.exists(missing.getParent()));
        refused(run("downgrade", "--sql", "head:base", "--output", missing.toString()), "does not exist");
        assertEquals(0, run("upgrade", "--sql", "base:head", "--output", project.resolve("up.sql").toString()).code());
        assertTrue(Files.exists(project.resolve("up.sql")));
    }

    @Test
    void upgradeToADownwardTargetIsRefused() {
        twoRevisions();
        assertEquals(0, run("upgrade").code());
        CliRun down = run("upgrade", "-1");
        refused(down, "retort downgrade -1");
        assertFalse(down.out().contains("nothing to upgrade"), down.out());
        refused(run("upgrade", "r1"), "below where it is");
        assertEquals(0, run("downgrade", "base").code());
        refused(run("downgrade", "+1"), "retort upgrade +1");
    }

    @Test
    void aSettingsDirectoryAndAMissingConfiguredLocationAreErrors() throws IOException {
        Files.createDirectories(project.resolve("retort.toml"));
        refused(run("status"), "is a directory");
        Files.delete(project.resolve("retort.toml"));
        Files.writeString(project.resolve("retort.toml"), "locations = [\"db/migrations\"]\n");
        refused(run("status"), "location db/migrations");
    }

    @Test
    void revIdsAreCheckedAgainstTheRule() {
        assertEquals(0, run("init").code());
        assertEquals(0, run("revision", "-m", "one", "--rev-id", "abc").code());
        refused(run("revision", "-m", "two", "--rev-id", "ABC"), "only in case");
        refused(run("revision", "-m", "two", "--rev-id", "x".repeat(65)), "at most 64 characters");
    }
}
