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
 * {@code classpath:} paths (directories or jars), hidden and editor files left out. Files on disk that
 * have not changed since this process last parsed them come from the process's {@link ScriptCache}.
 * Thread-safe.
 */
public final class ScriptLoader {

    private static final String CLASSPATH = "classpath:";

    private final Path projectDirectory;
    private final ClassLoader classLoader;
    private final ScriptCache cache = ScriptCache.process();
    private final SnapshotFiles snapshots;

    public ScriptLoader(Path projectDirectory, ClassLoader classLoader) {
        this.projectDirectory = projectDirectory;
        this.classLoader = classLoader;
        this.snapshots = new SnapshotFiles(classLoader);
    }

    /** Where this loader's scripts find their schema snapshots. */
    public SnapshotFiles snapshots() {
        return snapshots;
    }

    /** Loads every script of locations that may be missing (a project's default, before its first revision). */
    public Scripts load(List<String> locations) {
        return load(locations, false);
    }

    /**
     * Loads every script; a duplicated id is an error naming both files.
     *
     * @param configured true when the user named the locations: then one that does not exist is an error, not
     *                   an empty history (a location that is a file always is)
     */
    public Scripts load(List<String> locations, boolean configured) {
        Map<String, RevisionScript> byId = new LinkedHashMap<>();
        for (String location : locations) {
            for (RevisionScript script : loadLocation(location, configured)) {
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
        return cache.scripts(key, found, () -> Scripts.of(found)).withSnapshots(snapshots);
    }

    /** The directory a location names, or null for a classpath location. */
    public Path directoryOf(String location) {
        return location.startsWith(CLASSPATH) ? null : projectDirectory.resolve(location).normalize();
    }

    private List<RevisionScript> loadLocation(String location, boolean configured) {
        if (location.startsWith(CLASSPATH)) {
            return loadClasspath(location.substring(CLASSPATH.length()).replaceAll("^/+", ""), configured);
        }
        Path directory = directoryOf(location);
        if (Files.isDirectory(directory)) {
            return loadDirectory(directory, null);
        }
        if (Files.exists(directory)) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "location " + location + " (" + directory
                    + ") is a file, not a directory; point locations at the directory that holds the revision scripts");
        }
        if (configured) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "location " + location + " (" + directory
                    + ") does not exist; create the directory (it may stay empty) or fix locations");
        }
        return List.of();
    }

    /**
     * True for names Retort never reads as scripts: hidden files and directories ({@code .*}, which includes
     * Emacs's lock links {@code .#name}, often dangling) and editors' backups ({@code *~}, {@code #name#}).
     */
    static boolean ignored(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith("#");
    }

    private static boolean isScript(Path directory, Path file) {
        if (file.getFileName() == null || !file.getFileName().toString().endsWith(".sql")) {
            return false;
        }
        for (Path part : directory.relativize(file)) {
            if (ignored(part.toString())) {
                return false;
            }
        }
        return true;
    }

    private List<RevisionScript> loadDirectory(Path directory, String displayPrefix) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(p -> isScript(directory, p)).sorted().toList();
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

    private List<RevisionScript> loadClasspath(String resource, boolean configured) {
        List<RevisionScript> scripts = new ArrayList<>();
        boolean found = false;
        try {
            Enumeration<URL> roots = classLoader.getResources(resource);
            while (roots.hasMoreElements()) {
                found = true;
                scripts.addAll(loadUrl(roots.nextElement(), resource));
            }
        } catch (IOException | URISyntaxException e) {
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "cannot read classpath:" + resource + ": " + e.getMessage(), e);
        }
        if (!found && configured) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "location classpath:" + resource
                    + " is not on the classpath; check the resource path and that the scripts are packaged");
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
