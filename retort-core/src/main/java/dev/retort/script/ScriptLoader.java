package dev.retort.script;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds and parses every revision script ({@code *.sql} with a {@code -- retort:revision} header) in a
 * list of locations: directories (searched recursively, relative to the project directory) and
 * {@code classpath:} paths (directories or jars). Files on disk that have not changed since this
 * process last parsed them come from the process's {@link ScriptCache}. Thread-safe.
 */
public final class ScriptLoader {

    private static final String CLASSPATH = "classpath:";

    private final Path projectDirectory;
    private final ClassLoader classLoader;
    private final ScriptCache cache = ScriptCache.process();

    public ScriptLoader(Path projectDirectory, ClassLoader classLoader) {
        this.projectDirectory = projectDirectory;
        this.classLoader = classLoader;
    }

    /** Loads every script; a duplicated id is an error naming both files. */
    public Scripts load(List<String> locations) {
        Map<String, RevisionScript> byId = new LinkedHashMap<>();
        for (String location : locations) {
            for (RevisionScript script : loadLocation(location)) {
                RevisionScript previous = byId.putIfAbsent(script.id(), script);
                if (previous != null) {
                    throw new RetortException(RetortException.Kind.SCRIPT, "revision " + script.id()
                            + " is defined twice: in " + previous.location() + " and in " + script.location()
                            + "; give one of them a new id (or delete the copy)");
                }
            }
        }
        List<String> key = new ArrayList<>(locations.size() + 1);
        key.add(projectDirectory.toString());
        key.addAll(locations);
        List<RevisionScript> found = List.copyOf(byId.values());
        return cache.scripts(key, found, () -> Scripts.of(found));
    }

    /** The directory a location names, or null for a classpath location. */
    public Path directoryOf(String location) {
        return location.startsWith(CLASSPATH) ? null : projectDirectory.resolve(location).normalize();
    }

    private List<RevisionScript> loadLocation(String location) {
        if (location.startsWith(CLASSPATH)) {
            return loadClasspath(location.substring(CLASSPATH.length()).replaceAll("^/+", ""));
        }
        Path directory = directoryOf(location);
        return Files.isDirectory(directory) ? loadDirectory(directory, null) : List.of();
    }

    private List<RevisionScript> loadDirectory(Path directory, String displayPrefix) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".sql"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "cannot list " + directory + ": " + e.getMessage() + "; check that it is a readable directory", e);
        }
        boolean cacheable = directory.getFileSystem() == FileSystems.getDefault();
        List<RevisionScript> scripts = new ArrayList<>(files.size());
        for (Path file : files) {
            BasicFileAttributes attributes = attributes(file);
            if (!attributes.isRegularFile()) {
                continue;
            }
            boolean onDisk = displayPrefix == null;
            String display = onDisk ? display(file) : displayPrefix + directory.relativize(file);
            scripts.add(cacheable ? cache.script(file, display, attributes, () -> parse(file, display, onDisk))
                    : parse(file, display, onDisk));
        }
        return scripts;
    }

    private static RevisionScript parse(Path file, String display, boolean onDisk) {
        String text = read(file);
        if (!ScriptParser.isRevisionScript(text)) {
            throw new RetortException(RetortException.Kind.SCRIPT, display
                    + ": not a revision script (no '-- retort:revision' header); add the header or move the file"
                    + " out of the migrations directory");
        }
        return ScriptParser.parse(text, display, onDisk ? file : null);
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "cannot read " + file + ": " + e.getMessage() + "; check that it is readable", e);
        }
    }

    private String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectDirectory) ? projectDirectory.relativize(absolute).toString() : absolute.toString();
    }

    private List<RevisionScript> loadClasspath(String resource) {
        List<RevisionScript> scripts = new ArrayList<>();
        try {
            Enumeration<URL> roots = classLoader.getResources(resource);
            while (roots.hasMoreElements()) {
                scripts.addAll(loadUrl(roots.nextElement(), resource));
            }
        } catch (IOException | URISyntaxException e) {
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "cannot read classpath:" + resource + ": " + e.getMessage(), e);
        }
        return scripts;
    }

    private List<RevisionScript> loadUrl(URL url, String resource) throws IOException, URISyntaxException {
        URI uri = url.toURI();
        if ("file".equals(uri.getScheme())) {
            return loadDirectory(Path.of(uri), CLASSPATH + resource + "/");
        }
        if ("jar".equals(uri.getScheme())) {
            FileSystem fileSystem;
            boolean opened = false;
            try {
                fileSystem = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                fileSystem = FileSystems.getFileSystem(uri);
            }
            try {
                return loadDirectory(fileSystem.provider().getPath(uri), CLASSPATH + resource + "/");
            } finally {
                if (opened) {
                    fileSystem.close();
                }
            }
        }
        throw new RetortException(RetortException.Kind.SCRIPT, "classpath:" + resource + " is in " + uri.getScheme()
                + ", which Retort cannot list; put the scripts in a directory or jar");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "cannot read " + file + ": " + e.getMessage() + "; check the file is UTF-8 and readable", e);
        } catch (UncheckedIOException e) {
            throw new RetortException(RetortException.Kind.SCRIPT, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
