package dev.retort.entities;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a version of an entity set with the JDK's compiler against the test class path, into
 * {@code target/entity-classes/<set>-<digest>/} (sources beside, in {@code src/}). A version already
 * compiled is reused, so the same sources are compiled once per build.
 */
final class EntityCompiler {

    private static final Path OUTPUT = Path.of("target", "entity-classes").toAbsolutePath();

    private EntityCompiler() {
    }

    /** The directory of compiled classes for these sources. */
    static synchronized Path compile(EntitySources sources) {
        Path home = OUTPUT.resolve(sources.set().directoryName() + "-" + sources.digest());
        Path classes = home.resolve("classes");
        if (Files.isRegularFile(home.resolve("done"))) {
            return classes;
        }
        try {
            Path src = home.resolve("src");
            List<File> files = new ArrayList<>();
            for (Map.Entry<String, String> entry : sources.files().entrySet()) {
                Path file = src.resolve(entry.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue());
                files.add(file.toFile());
            }
            Files.createDirectories(classes);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            StringWriter messages = new StringWriter();
            try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
                Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromFiles(files);
                List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-encoding", "UTF-8",
                        "-classpath", testClassPath(), "-d", classes.toString());
                boolean ok = compiler.getTask(messages, manager, null, options, null, units).call();
                if (!ok) {
                    throw new IllegalStateException("entity set " + sources.set() + " does not compile:\n" + messages);
                }
            }
            Files.writeString(home.resolve("done"), "");
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class path the tests run with (failsafe's manifest-only jar hides it from java.class.path). */
    static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path == null || path.isBlank() ? System.getProperty("java.class.path") : path;
    }
}
