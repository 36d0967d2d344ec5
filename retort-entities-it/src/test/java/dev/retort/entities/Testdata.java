package dev.retort.entities;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's {@code testdata/} by walking up from the working directory. */
final class Testdata {

    private Testdata() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("testdata/entities"))) {
                return dir.resolve("testdata");
            }
        }
        throw new IllegalStateException("no testdata/entities above " + Path.of("").toAbsolutePath());
    }
}
