package dev.retort.hibernate;

import dev.retort.RetortException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the mapped classes of packages (and their subpackages) on a class loader: classes annotated
 * {@code @Entity}, {@code @Embeddable}, {@code @MappedSuperclass} or {@code @Converter}, and
 * {@code package-info} classes, for Hibernate's package-level annotations. Class files are read, not
 * loaded: a class is a candidate when its constant pool names one of the annotations, so scanning
 * initialises nothing and needs none of the application's other dependencies. The bytes of every
 * candidate also make the scan's fingerprint, which keys the model cache. Stateless.
 */
final class EntityScan {

    /** The annotations that make a class part of the mapping, as they appear in class files. */
    private static final List<byte[]> MARKERS = Stream.of("Entity", "Embeddable", "MappedSuperclass", "Converter")
            .map(name -> ("Ljakarta/persistence/" + name + ";").getBytes(StandardCharsets.UTF_8)).toList();

    private EntityScan() {
    }

    /**
     * What a scan found: mapped class names and package names in a stable order, and a digest of their class
     * files.
     */
    record Result(List<String> classes, List<String> packages, byte[] digest) {
        Result {
            classes = List.copyOf(classes);
            packages = List.copyOf(packages);
        }
    }

    /** Scans packages; a package found nowhere on the class path is an error naming it. */
    static Result packages(ClassLoader loader, List<String> packages) {
        Map<String, byte[]> found = new TreeMap<>();
        for (String name : packages) {
            String path = name.replace('.', '/');
            List<URL> roots = resources(loader, path);
            if (roots.isEmpty()) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "model_entities: the package " + name
                        + " is not on the model class path; check its spelling, and that model_classpath lists the"
                        + " application's classes (e.g. target/classes)");
            }
            for (URL root : roots) {
                scan(root, path, found);
            }
        }
        return result(found);
    }

    /** Scans everything under a class-path root (a persistence unit's root). */
    static Result root(URL root) {
        Map<String, byte[]> found = new TreeMap<>();
        scan(root, "", found);
        return result(found);
    }

    /** The fingerprint of named classes (given to the builder), read from the class loader. */
    static Result classes(ClassLoader loader, List<String> names) {
        Map<String, byte[]> found = new TreeMap<>();
        for (String name : names) {
            try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                found.put(name, in == null ? new byte[0] : in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return result(found);
    }

    private static List<URL> resources(ClassLoader loader, String path) {
        try {
            List<URL> urls = new ArrayList<>();
            Enumeration<URL> resources = loader.getResources(path);
            while (resources.hasMoreElements()) {
                urls.add(resources.nextElement());
            }
            return urls;
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot list the package " + path
                    + " on the model class path: " + e.getMessage() + "; check model_classpath", e);
        }
    }

    private static void scan(URL root, String path, Map<String, byte[]> found) {
        try {
            if (root.getProtocol().equals("file")) {
                Path directory = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        String relative = directory.relativize(file).toString().replace('\\', '/');
                        offer(path.isEmpty() ? relative : path + "/" + relative, Files.readAllBytes(file), found);
                    }
                }
            } else if (root.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = path.isEmpty() ? "" : path + "/";
                    for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                        if (entry.getName().startsWith(prefix) && entry.getName().endsWith(".class")
                                && !entry.getName().startsWith("META-INF/")) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                offer(entry.getName(), in.readAllBytes(), found);
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot read the classes at " + root + ": "
                    + e.getMessage() + "; check model_classpath", e);
        }
    }

    private static void offer(String file, byte[] bytes, Map<String, byte[]> found) {
        String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
        if (name.endsWith(".package-info") || name.equals("package-info")) {
            found.put(name, bytes);
            return;
        }
        for (byte[] marker : MARKERS) {
            if (contains(bytes, marker)) {
                found.put(name, bytes);
                return;
            }
        }
    }

    private static boolean contains(byte[] bytes, byte[] marker) {
        outer:
        for (int i = 0; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Result result(Map<String, byte[]> found) {
        MessageDigest digest = Fingerprint.sha256();
        List<String> classes = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        found.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            if (name.endsWith("package-info")) {
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    packages.add(name.substring(0, dot));
                }
            } else {
                classes.add(name);
            }
        });
        return new Result(classes, packages, digest.digest());
    }
}
