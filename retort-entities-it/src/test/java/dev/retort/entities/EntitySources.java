package dev.retort.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One version of an entity set's sources: relative path to text. Immutable; edits return a new
 * version, so the evolutions are the base set plus a list of {@link Edit}s.
 */
final class EntitySources {

    private final EntitySet set;
    private final Map<String, String> files;

    private EntitySources(EntitySet set, Map<String, String> files) {
        this.set = set;
        this.files = Map.copyOf(files);
    }

    /** The set as it is in testdata. */
    static EntitySources of(EntitySet set) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(set.sources())) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
                files.put(set.sources().relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EntitySources(set, files);
    }

    EntitySet set() {
        return set;
    }

    Map<String, String> files() {
        return files;
    }

    /** The text of one source, which must exist. */
    String file(String path) {
        String text = files.get(path);
        if (text == null) {
            throw new IllegalArgumentException(set + " has no source " + path);
        }
        return text;
    }

    EntitySources with(String path, String text) {
        Map<String, String> copy = new TreeMap<>(files);
        copy.put(path, text);
        return new EntitySources(set, copy);
    }

    /** A digest of every path and text: the name of the compiled classes' directory. */
    String digest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(entry.getValue().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
