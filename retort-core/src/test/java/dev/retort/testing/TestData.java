package dev.retort.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The test inputs the repository carries in {@code testdata/} at its root (origins and licences in
 * {@code testdata/schemas/SOURCES.md}). Found by walking up from the working directory to the
 * directory that holds both {@code testdata/} and {@code pom.xml}, so a test reads the same files
 * whichever module Maven runs it from. Stateless.
 */
public final class TestData {

    private TestData() {
    }

    /** {@code testdata/schemas}: real schemas of other projects, each beside its upstream licence. */
    public static Path schemas() {
        return root().resolve("testdata").resolve("schemas");
    }

    /** The repository's root directory. */
    public static Path root() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("testdata")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory with testdata/ and pom.xml above " + start
                + ": run the tests from inside a Retort checkout");
    }
}
