package dev.retort.example;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The application's entities as a developer edits them: a copy of {@code src/main/java/…/model} with
 * text replaced, compiled into a directory. A process started with that directory first on its class
 * path runs the edited entities; in this JVM, {@link #loader} loads them ahead of the originals.
 */
final class EditedEntities {

    private static final Path MODEL = Path.of("src/main/java/dev/retort/example/model");
    private static final String PACKAGE = "dev.retort.example.model.";

    private EditedEntities() {
    }

    /** Compiles the model with each {@code file → (from → to)} replacement; {@code from} must occur. */
    static Path compile(Path directory, Map<String, Map<String, String>> edits) throws IOException {
        Path sources = directory.resolve("src");
        Path classes = directory.resolve("classes");
        Files.createDirectories(sources);
        Files.createDirectories(classes);
        List<File> files = new ArrayList<>();
        try (var list = Files.list(MODEL)) {
            for (Path file : list.toList()) {
                String text = Files.readString(file);
                for (Map.Entry<String, String> edit : edits.getOrDefault(file.getFileName().toString(), Map.of()).entrySet()) {
                    if (!text.contains(edit.getKey())) {
                        throw new IllegalStateException(file + " does not contain " + edit.getKey());
                    }
                    text = text.replace(edit.getKey(), edit.getValue());
                }
                Path copy = sources.resolve(file.getFileName());
                Files.writeString(copy, text);
                files.add(copy.toFile());
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
            boolean ok = compiler.getTask(messages, manager, null, List.of("--release", "17", "-proc:none",
                    "-classpath", classPath(), "-d", classes.toString()), null,
                    manager.getJavaFileObjectsFromFiles(files)).call();
            if (!ok) {
                throw new IllegalStateException("the edited entities do not compile:\n" + messages);
            }
        }
        return classes;
    }

    /** The test class path (failsafe's manifest-only jar hides it from java.class.path). */
    static String classPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path == null || path.isBlank() ? System.getProperty("java.class.path") : path;
    }

    /** Loads the model's classes from {@code classes}, everything else as this test does. */
    static ClassLoader loader(Path classes) throws MalformedURLException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, EditedEntities.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.startsWith(PACKAGE)) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> type = findLoadedClass(name);
                    return type != null ? type : findClass(name);
                }
            }

            // The class files too (the model's cache key hashes them): the edited ones, not the originals.
            @Override
            public URL getResource(String name) {
                URL edited = name.startsWith(PACKAGE.replace('.', '/')) ? findResource(name) : null;
                return edited != null ? edited : super.getResource(name);
            }
        };
    }
}
