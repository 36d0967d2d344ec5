package dev.retort.hibernate;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Hibernate's create scripts kept under the project ({@code .retort/cache/hibernate-<key>.sql}), keyed by
 * everything the script depends on, so a run with nothing changed does not boot Hibernate. Deleting the
 * directory is always safe; a cache that cannot be written is skipped with a log line, never an error.
 * Thread-safe (files are written to a temporary name and moved into place).
 */
final class ModelCache {

    private static final System.Logger LOG = System.getLogger("dev.retort.hibernate");

    private final Path directory;

    /** @param directory the cache directory; null: no cache */
    ModelCache(Path directory) {
        this.directory = directory;
    }

    /** The cached script's file for a key (it may not exist); null without a cache. */
    Path file(String key) {
        return directory == null ? null : directory.resolve("hibernate-" + key + ".sql");
    }

    /** The cached script, or null. */
    String read(String key) {
        Path file = file(key);
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "cannot read the model cache " + file + ": " + e);
            return null;
        }
    }

    /** Keeps a script; returns its file, or null when it could not be kept. */
    Path write(String key, String script) {
        Path file = file(key);
        if (file == null) {
            return null;
        }
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".hibernate-", ".tmp");
            Files.writeString(temporary, script, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the model cache " + file + " (" + e + "); Hibernate will be"
                    + " asked again next time");
            return null;
        }
    }
}
