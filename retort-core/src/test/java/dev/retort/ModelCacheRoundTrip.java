package dev.retort;

import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * For tests of other packages: a schema written to a model cache entry and read back, as a command with the
 * model unchanged reads it ({@link ModelCache}).
 */
public final class ModelCacheRoundTrip {

    private ModelCacheRoundTrip() {
    }

    /** The schema after a trip through a cache entry in a temporary directory (deleted afterwards). */
    public static Schema through(Schema schema, Dialect dialect) {
        try {
            Path directory = Files.createTempDirectory("retort-model-cache");
            Path model = directory.resolve("model.sql");
            Files.writeString(model, "-- the entry is valid while this file is unchanged\n");
            try {
                ModelCache cache = new ModelCache(directory);
                cache.write("roundtrip", dialect, schema, Map.of(model, Files.readString(model)));
                Schema read = cache.read("roundtrip", dialect);
                if (read == null) {
                    throw new IllegalStateException("the model cache did not read back what it wrote");
                }
                return read;
            } finally {
                try (var files = Files.list(directory)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
