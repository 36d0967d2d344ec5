package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.revision.Revision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptWriterTest {

    @TempDir
    Path directory;

    private static Revision revision(String message) {
        return new Revision("abc123", List.of("p1"), List.of(), Set.of(), message, Instant.parse("2026-01-02T03:04:05Z"), null);
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoFileAndSaysWhy() throws IOException {
        ScriptWriter.Sink fullDisk = (out, bytes) -> {
            out.write(Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("No space left on device");
        };
        RetortException e = assertThrows(RetortException.class, () -> ScriptWriter.write(directory, "{rev}",
                revision("add things"), "CREATE TABLE t (id INT);", "DROP TABLE t;", fullDisk));
        assertEquals(RetortException.Kind.SCRIPT, e.kind());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(), files.toList(), "neither the script nor a temporary file is left");
        }
    }

    @Test
    void aWrittenScriptIsWholeAndNeverOverwritten() throws IOException {
        Path file = ScriptWriter.write(directory, "{rev}", revision("x"), "CREATE TABLE t (id INT);", "DROP TABLE t;");
        String text = Files.readString(file);
        assertTrue(text.endsWith("-- retort:end\n"), text);
        assertTrue(text.contains("-- retort:generated true\n"), text);
        if (Files.getFileStore(directory).supportsFileAttributeView("posix")) {
            Path plain = Files.createFile(directory.resolve("plain.txt"));
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                    "a script gets the permissions any new file gets");
            Files.delete(plain);
        }
        Files.writeString(file, "mine");
        assertThrows(RetortException.class, () -> ScriptWriter.write(directory, "{rev}", revision("x"), "SELECT 1;", null));
        assertEquals("mine", Files.readString(file));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aScriptCutShortAnywhereAfterItsHeaderIsRefused() {
        String text = ScriptWriter.render(revision("x"), "CREATE TABLE t (id INT);", "DROP TABLE t;");
        int upgrade = text.indexOf("-- retort:upgrade");
        for (int cut = upgrade; cut < text.strip().length(); cut++) {
            String partial = text.substring(0, cut);
            assertThrows(RetortException.class, () -> ScriptParser.parse(partial, "x.sql", null), partial);
        }
    }

    @Test
    void aMessageWithLineBreaksStaysOnItsHeaderLine() {
        for (String breakChar : List.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\u000b", "\f")) {
            String message = "harmless" + breakChar + "-- retort:upgrade" + breakChar + "DROP TABLE important;";
            String text = ScriptWriter.render(revision(message), "SELECT 1;", null);
            RevisionScript back = ScriptParser.parse(text, "x.sql", null);
            assertEquals("SELECT 1;", back.upgradeSql().strip(), "message with " + (int) breakChar.charAt(0));
            assertFalse(back.revision().message().contains(breakChar.substring(0, 1)));
        }
    }

    @Test
    void sqlHoldingAMarkerLineIsRefusedNotWritten() throws IOException {
        String evil = "CREATE TABLE \"x\n-- retort:downgrade\nDROP TABLE important;\" (id INT);";
        RetortException e = assertThrows(RetortException.class,
                () -> ScriptWriter.write(directory, "{rev}", revision("x"), evil, "SELECT 1;"));
        assertTrue(e.getMessage().contains("refusing to write"), e.getMessage());
        String sneaky = "CREATE TABLE \"x\n-- retort:end\n\" (id INT);";
        assertThrows(RetortException.class, () -> ScriptWriter.write(directory, "{rev}", revision("x"), sneaky, null));
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(0, files.count());
        }
    }
}
