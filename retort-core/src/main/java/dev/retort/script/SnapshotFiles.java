package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Finds the schema snapshot of a revision script: the file beside it named as the script with
 * {@value #SUFFIX} in place of {@code .sql} ({@code 20261207_ab12cd34ef56_add_email.schema.json}). On disk the
 * script's own directory; for a script read from the classpath (a directory or a jar), the same resource path,
 * through the class loader that found the script. What a snapshot holds is {@code command}'s business; here it
 * is text with a checksum. Thread-safe.
 *
 * <p>Checksums of files on disk are kept while the file's size, modification time and inode are unchanged and
 * the file had settled before it was read (as {@link ScriptCache} does for scripts), because the integrity check
 * of every command looks at the snapshot of every applied revision.
 */
public final class SnapshotFiles {

    /** What a snapshot's file name ends in, in place of the script's {@code .sql}. */
    public static final String SUFFIX = ".schema.json";

    /** Finds no snapshots: for scripts built in memory (tests, tools). */
    public static final SnapshotFiles NONE = new SnapshotFiles(null);

    private static final String CLASSPATH = "classpath:";

    /**
     * A snapshot file: where it is (for messages), its text and the checksum the version table records.
     *
     * @param location the file path or {@code classpath:} resource, for messages
     * @param text     the file's text
     * @param checksum SHA-256 of the text with line endings, trailing spaces and blank lines normalised
     */
    public record Snapshot(String location, String text, String checksum) {
    }

    private record Stamp(long size, long modifiedNanos, Object fileKey, long readAtNanos) {
    }

    private record Entry(Stamp stamp, String checksum) {
    }

    private final ClassLoader classLoader;
    /** Process-wide, as applications may build a {@code Retort} per call. */
    private static final Map<Path, Entry> checksums = new ConcurrentHashMap<>();

    /**
     * Snapshots of scripts on disk and, through the class loader, on the classpath.
     *
     * @param classLoader the loader of {@code classpath:} locations; null for files on disk only
     */
    public SnapshotFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The snapshot file of a script file: the same name with {@value #SUFFIX} in place of {@code .sql}. */
    public static Path pathOf(Path script) {
        return script.resolveSibling(snapshotName(script.getFileName().toString()));
    }

    private static String snapshotName(String scriptName) {
        String stem = scriptName.endsWith(".sql") ? scriptName.substring(0, scriptName.length() - 4) : scriptName;
        return stem + SUFFIX;
    }

    /** The snapshot of a script, read now; null when it has none. */
    public Snapshot find(RevisionScript script) {
        if (this == NONE) {
            return null;
        }
        if (script.path() != null) {
            Path file = pathOf(script.path());
            String text = readFile(file);
            return text == null ? null : new Snapshot(file.toString(), text, Checksums.of(text));
        }
        String resource = resource(script);
        String text = resource == null ? null : readResource(resource);
        return text == null ? null : new Snapshot(CLASSPATH + resource, text, Checksums.of(text));
    }

    /** The checksum of a script's snapshot, or null when it has none; from this process's cache when unchanged. */
    public String checksum(RevisionScript script) {
        if (this == NONE) {
            return null;
        }
        if (script.path() == null) {
            Snapshot snapshot = find(script);
            return snapshot == null ? null : snapshot.checksum();
        }
        Path file = pathOf(script.path());
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            checksums.remove(file);
            return null;
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Entry entry = checksums.get(file);
        if (entry != null && entry.stamp().size() == attributes.size() && entry.stamp().modifiedNanos() == modified
                && java.util.Objects.equals(entry.stamp().fileKey(), attributes.fileKey())
                && modified < entry.stamp().readAtNanos() - ScriptCache.SETTLED) {
            return entry.checksum();
        }
        long readAt = System.currentTimeMillis() * 1_000_000L;
        String text = readFile(file);
        if (text == null) {
            return null;
        }
        String checksum = Checksums.of(text);
        checksums.put(file, new Entry(new Stamp(attributes.size(), modified, attributes.fileKey(), readAt), checksum));
        return checksum;
    }

    /**
     * Creates the snapshot file of a script file with the text, atomically (as scripts are written: a temporary
     * file forced to disk, then given its name), never over an existing file.
     *
     * @return the file written
     */
    public static Path write(Path script, String text) {
        Path file = pathOf(script);
        AtomicFile.write(file, text.getBytes(StandardCharsets.UTF_8), java.io.OutputStream::write);
        return file;
    }

    /** Deletes the snapshot file of a script file, if there is one; returns whether there was. */
    public static boolean delete(Path script) throws IOException {
        return Files.deleteIfExists(pathOf(script));
    }

    /** The resource path of a classpath script's snapshot, or null for a script not read from the classpath. */
    private static String resource(RevisionScript script) {
        String location = script.location();
        if (!location.startsWith(CLASSPATH)) {
            return null;
        }
        String path = location.substring(CLASSPATH.length());
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + snapshotName(path.substring(slash + 1));
    }

    private String readResource(String resource) {
        if (classLoader == null) {
            return null;
        }
        URL url = classLoader.getResource(resource);
        if (url == null) {
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unreadable(CLASSPATH + resource, e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw unreadable(file.toString(), e);
        }
    }

    private static RetortException unreadable(String location, IOException e) {
        return new RetortException(RetortException.Kind.SCRIPT, "cannot read the schema snapshot " + location + ": "
                + e.getMessage() + "; check that it is a readable UTF-8 file, or delete it (drift is then not checked"
                + " at its revision)", e);
    }
}
