package dev.retort.hibernate;

import dev.retort.schema.Schema;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Hibernate's create scripts kept under the project ({@code .retort/cache/hibernate-<key>.sql}), keyed by
 * everything the script depends on, so a run with nothing changed does not boot Hibernate; and the schema
 * each script made on a target ({@code schema-<key>.bin}, keyed also by the target and the reflection
 * options), so such a run does not load the script into a scratch space either. Deleting the
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

    /** The schema read back from the script on the same target, kept by {@link #writeSchema}, or null. */
    Schema readSchema(String key) {
        if (directory == null) {
            return null;
        }
        Path file = directory.resolve("schema-" + key + ".bin");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            return SchemaCodec.read(in) instanceof Schema schema ? schema : null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "cannot read the model cache " + file + ": " + e);
            return null;
        }
    }

    /** Keeps the schema a script made on a target. */
    void writeSchema(String key, Schema schema) {
        if (directory == null) {
            return;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            SchemaCodec.write(out, schema);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "the model cache does not keep this schema: " + e);
            return;
        }
        store(directory.resolve("schema-" + key + ".bin"), bytes.toByteArray());
    }

    /** Keeps a script; returns its file, or null when it could not be kept. */
    Path write(String key, String script) {
        Path file = file(key);
        if (file == null) {
            return null;
        }
        return store(file, script.getBytes(StandardCharsets.UTF_8));
    }

    private Path store(Path file, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".hibernate-", ".tmp");
            Files.write(temporary, content);
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
