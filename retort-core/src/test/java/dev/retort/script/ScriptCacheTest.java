package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process-wide cache behind {@link ScriptLoader}: what it may reuse, and what it must read again. */
class ScriptCacheTest {

    @TempDir
    Path project;

    private static String script(String id, String parent, String upgrade) {
        return "-- retort:revision " + id + "\n"
                + (parent == null ? "" : "-- retort:parents " + parent + "\n")
                + "-- retort:message m " + id + "\n\n-- retort:upgrade\n" + upgrade + "\n";
    }

    private Path write(String name, String text, Instant modified) throws IOException {
        Path file = project.resolve("migrations").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Scripts load() {
        return new ScriptLoader(project, getClass().getClassLoader()).load(List.of("migrations"));
    }

    @Test
    void unchangedSettledFilesAreParsedOnceAndTheirGraphBuiltOnce() throws IOException {
        Instant old = Instant.now().minusSeconds(60);
        write("a.sql", script("aaaa01", null, "CREATE TABLE a (id INT);"), old);
        write("b.sql", script("bbbb02", "aaaa01", "CREATE TABLE b (id INT);"), old);

        Scripts first = load();
        Scripts second = load();

        assertSame(first.get("aaaa01"), second.get("aaaa01"));
        assertSame(first.graph(), second.graph());
    }

    @Test
    void aChangedFileIsReadAgain() throws IOException {
        Instant old = Instant.now().minusSeconds(60);
        Path file = write("a.sql", script("aaaa01", null, "CREATE TABLE a (id INT);"), old);
        Scripts first = load();

        write("a.sql", script("aaaa01", null, "CREATE TABLE a (id BIGINT, name TEXT);"), old.plusSeconds(1));
        Scripts second = load();

        assertNotSame(first.get("aaaa01"), second.get("aaaa01"));
        assertEquals(ScriptLoader.read(file).contains("BIGINT"), second.get("aaaa01").upgradeSql().contains("BIGINT"));
        assertNotSame(first.graph(), second.graph());
    }

    @Test
    void aFileModifiedJustBeforeItsReadIsNotTrustedYet() throws IOException {
        // same size and time stamp after a rewrite within one clock tick: only re-reading can tell
        write("a.sql", script("aaaa01", null, "CREATE TABLE a (id INT);"), Instant.now());
        Scripts first = load();
        Scripts second = load();

        assertNotSame(first.get("aaaa01"), second.get("aaaa01"));
    }

    @Test
    void aNewFileAndADeletedFileChangeTheGraph() throws IOException {
        Instant old = Instant.now().minusSeconds(60);
        write("a.sql", script("aaaa01", null, "CREATE TABLE a (id INT);"), old);
        assertEquals(1, load().size());

        Path b = write("b.sql", script("bbbb02", "aaaa01", "CREATE TABLE b (id INT);"), old);
        assertEquals(2, load().size());

        Files.delete(b);
        assertEquals(1, load().size());
    }

    @Test
    void aBrokenScriptIsReportedEveryTimeNotCached() throws IOException {
        Instant old = Instant.now().minusSeconds(60);
        write("a.sql", "CREATE TABLE a (id INT);\n", old);

        assertThrows(RetortException.class, this::load);
        assertThrows(RetortException.class, this::load);
    }
}
