package dev.retort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the wide schema ({@link WideSchema}) as a SQL model file, for {@code bench/model-cache.sh}:
 * {@code WideModelFile TABLES FILE}. Uses the JDK only, so the script compiles it with javac alone.
 */
public final class WideModelFile {

    private WideModelFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WideModelFile TABLES FILE");
        }
        Path file = Path.of(args[1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new WideSchema(Integer.parseInt(args[0])).script(), StandardCharsets.UTF_8);
    }
}
