package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the embedded SQLite: it logs each step, refuses targets that point the wrong way, and
 * reads only what its builder was pointed at.
 */
class LibraryInputsTest {

    @TempDir
    Path directory;

    private Path script(String id, String parent) throws IOException {
        Path migrations = Files.createDirectories(directory.resolve("scripts"));
        return Files.writeString(migrations.resolve(id + ".sql"), "-- retort:revision " + id + "\n-- retort:parents "
                + parent + "\n-- retort:message make " + id + "\n\n-- retort:upgrade\nCREATE TABLE " + id
                + " (id INTEGER);\nINSERT INTO " + id + " VALUES (1);\n\n-- retort:downgrade\nDROP TABLE " + id + ";\n");
    }

    /** Library mode: a URL and absolute locations, nothing else. */
    private Retort retort() {
        return Retort.builder().url("jdbc:sqlite:" + directory.resolve("app.db"))
                .locations(directory.resolve("scripts").toString()).build();
    }

    @Test
    void eachStepIsLoggedAtInfoWithDirectionStatementsAndDuration() throws IOException {
        script("r1", "");
        script("r2", "r1");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) {
                records.add(record);
            }

            @Override public void flush() {
            }

            @Override public void close() {
            }
        };
        Logger logger = Logger.getLogger("dev.retort");
        logger.addHandler(handler);
        try {
            retort().upgrade("head");
            retort().downgrade("-1");
        } finally {
            logger.removeHandler(handler);
        }
        List<String> steps = records.stream().filter(r -> r.getLevel() == Level.INFO).map(LogRecord::getMessage)
                .filter(m -> m.matches("(up|down)grade r\\d.*")).toList();
        assertEquals(3, steps.size(), records.stream().map(LogRecord::getMessage).toList().toString());
        assertTrue(steps.get(0).matches("upgrade r1 \\(make r1\\): 2 statements in \\d+ ms"), steps.get(0));
        assertTrue(steps.get(1).startsWith("upgrade r2 (make r2): 2 statements in "), steps.get(1));
        assertTrue(steps.get(2).matches("downgrade r2 \\(make r2\\): 1 statement in \\d+ ms"), steps.get(2));
    }

    @Test
    void upgradeRefusesDownwardTargetsAndDowngradeUpwardOnes() throws IOException {
        script("r1", "");
        script("r2", "r1");
        Retort retort = retort();
        retort.upgrade("head");
        for (String target : List.of("-1", "base", "r1", "current-1")) {
            RetortException error = assertThrows(RetortException.class, () -> retort.upgrade(target), target);
            assertEquals(RetortException.Kind.USAGE, error.kind(), error.getMessage());
            assertTrue(error.getMessage().contains("run `retort downgrade"), error.getMessage());
        }
        assertEquals(List.of(), retort.upgrade("r2"), "the current head itself is nothing to do, not an error");
        retort.downgrade("base");
        assertEquals(List.of(), retort.upgrade("base"), "base on an empty database is nothing to do");
        RetortException up = assertThrows(RetortException.class, () -> retort.downgrade("+1"));
        assertEquals(RetortException.Kind.USAGE, up.kind());
        assertTrue(up.getMessage().contains("run `retort upgrade +1`"), up.getMessage());
        assertEquals(Set.of(), retort.databaseState().applied());
        assertEquals(List.of("r1"), retort.upgrade("+1").stream().map(StepResult::revision).toList());
    }

    @Test
    void withoutLocationsTheLibraryAsksForThemInsteadOfReadingTheWorkingDirectory() {
        Retort retort = Retort.builder().url("jdbc:sqlite:" + directory.resolve("app.db")).build();
        RetortException error = assertThrows(RetortException.class, retort::scripts);
        assertEquals(RetortException.Kind.CONFIGURATION, error.kind());
        assertTrue(error.getMessage().contains(".locations("), error.getMessage());
        RetortException noDatabase = assertThrows(RetortException.class,
                () -> Retort.builder().locations("classpath:db/migrations").build());
        assertTrue(noDatabase.getMessage().contains("no database"), noDatabase.getMessage());
    }

    @Test
    void aProjectDirectoryOrASettingsFileIsReadWhenTheBuilderIsPointedAtIt() throws IOException {
        Files.writeString(directory.resolve("retort.toml"), "version_table = \"project_versions\"\n");
        Path other = Files.createDirectories(directory.resolve("conf")).resolve("other.toml");
        Files.writeString(other, "version_table = \"file_versions\"\nlocations = [\"../scripts\"]\n");
        assertEquals("project_versions", Retort.builder().projectDirectory(directory).build().config().versionTable());
        Retort fromFile = Retort.builder().configFile(other).url("jdbc:sqlite::memory:").build();
        assertEquals("file_versions", fromFile.config().versionTable());
        assertEquals(List.of("../scripts"), fromFile.config().locations());
        assertEquals("retort_version", retort().config().versionTable());
    }
}
