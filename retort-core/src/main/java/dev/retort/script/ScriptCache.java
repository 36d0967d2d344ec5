package dev.retort.script;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parsed revision scripts of this process, by file, so that an application or test that builds a
 * {@code Retort} per call does not read, parse and hash every script again: a no-op upgrade of 100
 * revisions spent most of its own time there.
 *
 * <p>A cached script is used only while the file's size, modification time and file key (inode) are
 * those it was read with, and only once that modification time lies {@link #SETTLED} before the read:
 * a file rewritten within the clock tick of its read keeps its time stamp, so such an entry is read
 * again until it has settled (git's "racily clean" rule). Only files of the default file system are
 * cached; scripts inside jars are read every time. Thread-safe.
 */
final class ScriptCache {

    /** How long before its read a file must have been modified last for its entry to be trusted. */
    static final long SETTLED = 2_000_000_000L;

    private record Stamp(long size, long modifiedNanos, Object fileKey) {

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS),
                    attributes.fileKey());
        }
    }

    private record Entry(Stamp stamp, long readAtNanos, RevisionScript script) {

        boolean trusted(Stamp current) {
            return stamp.equals(current) && stamp.modifiedNanos() < readAtNanos - SETTLED;
        }
    }

    /** The graph built last from exactly these script objects. */
    private record Built(List<RevisionScript> scripts, Scripts result) {
    }

    private static final ScriptCache PROCESS = new ScriptCache();

    private final Map<String, Entry> files = new ConcurrentHashMap<>();
    private final Map<List<String>, Built> graphs = new ConcurrentHashMap<>();

    static ScriptCache process() {
        return PROCESS;
    }

    /**
     * The script of a file, from the cache when the file is unchanged, else from {@code parse} (whose
     * result is cached). {@code display} is part of the key: it is part of the script.
     */
    RevisionScript script(Path file, String display, BasicFileAttributes attributes, Supplier<RevisionScript> parse) {
        String key = file.toAbsolutePath() + "\u0000" + display;
        Stamp stamp = Stamp.of(attributes);
        Entry entry = files.get(key);
        if (entry != null && entry.trusted(stamp)) {
            return entry.script();
        }
        long readAt = System.currentTimeMillis() * 1_000_000L;
        RevisionScript script = parse.get();
        files.put(key, new Entry(stamp, readAt, script));
        return script;
    }

    /** The graph of these scripts: the one built last for the same locations when they are the very same objects. */
    Scripts scripts(List<String> locations, List<RevisionScript> scripts, Supplier<Scripts> build) {
        Built built = graphs.get(locations);
        if (built != null && sameObjects(built.scripts(), scripts)) {
            return built.result();
        }
        Scripts result = build.get();
        graphs.put(locations, new Built(List.copyOf(scripts), result));
        return result;
    }

    private static boolean sameObjects(List<RevisionScript> a, List<RevisionScript> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
