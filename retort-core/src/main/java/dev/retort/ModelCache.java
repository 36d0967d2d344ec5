package dev.retort;

import dev.retort.internal.JsonReader;
import dev.retort.internal.JsonWriter;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.ScratchRequest;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The schema a SQL model made in the scratch space, kept under the project ({@code model_cache}, default
 * {@code .retort/cache}, the directory the entity model's cache uses) as {@code model-<key>.schema.json}, so a
 * command with the model unchanged neither makes a scratch space nor loads the model. The file is a schema
 * snapshot ({@link Snapshots}, format version 1) with two keys more, which snapshot readers ignore:
 * {@code files}, every file the load read (the model's files and what they include) with the SHA-256 of the
 * text loaded, and {@code renames}, the model's rename hints.
 *
 * <p>The key ({@link #key}) covers the model's own files, the target's kind, product and version, the
 * scratch server, the reflection options and Retort's build. Files a model includes are not known
 * before it is loaded, so a hit also needs every file the entry lists to hash as it did: a changed include
 * misses. Deleting the directory is always safe; an entry that cannot be read is a miss, and one that cannot
 * be written is skipped with a log line, never an error. Immutable; thread-safe (files are written to a
 * temporary name and moved into place).
 */
final class ModelCache {

    private static final System.Logger LOG = System.getLogger("dev.retort");

    private final Path directory;

    /** @param directory the cache directory; null: no cache */
    ModelCache(Path directory) {
        this.directory = directory;
    }

    /** The cache of a project's settings ({@code model_cache}; blank: none). */
    static ModelCache of(RetortConfig config) {
        String setting = config.model().cache();
        return new ModelCache(setting == null ? null : config.projectDirectory().resolve(setting));
    }

    boolean enabled() {
        return directory != null;
    }

    /** The entry's file for a key (it may not exist). */
    Path file(String key) {
        return directory.resolve("model-" + key + ".schema.json");
    }

    /**
     * The key of a SQL model: what decides the schema its load gives besides the files it includes. The model's
     * files by content (and path: an include is resolved against its file's directory), the target's kind,
     * product and version (the scratch space is the target's server, or {@code dev_url}'s, named by URL and
     * user), the reflection options (schemas, tables included and excluded, Retort's own tables) and Retort's
     * build ({@link #build}).
     */
    static String key(Dialect dialect, EntityModels.DatabaseProduct target, ScratchRequest scratch,
                      ReflectOptions options, List<Path> files) throws IOException {
        StringBuilder key = new StringBuilder("sql-model 1\n");
        key.append(dialect.name()).append('\n').append(target.name()).append('\n').append(target.version()).append('\n')
                .append(scratch.url()).append('\n').append(scratch.user()).append('\n')
                .append(options.schemas()).append('\n').append(options.includeTables()).append('\n')
                .append(options.excludeTables()).append('\n').append(new TreeSet<>(options.ownTables())).append('\n')
                .append(build()).append('\n');
        for (Path file : files) {
            key.append(file.toAbsolutePath().normalize()).append(' ').append(sha256(Files.readAllBytes(file))).append('\n');
        }
        return sha256(key.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Which build of Retort this is: its schema model, dialects and readers decide what a model's schema holds.
     * A jar by path, size and time; classes in a directory (a build tree, an IDE) by their number and newest
     * time, since any of them may have changed.
     */
    static String build() {
        try {
            Path location = Path.of(Schema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
            }
            long[] newest = {0, 0};
            try (var walk = Files.walk(location)) {
                walk.filter(Files::isRegularFile).forEach(file -> {
                    newest[0]++;
                    try {
                        newest[1] = Math.max(newest[1], Files.getLastModifiedTime(file).toMillis());
                    } catch (IOException e) {
                        newest[1] = Long.MAX_VALUE;
                    }
                });
            }
            return location + " " + newest[0] + " " + newest[1];
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            // unknown: never equal to another run's, so nothing is taken from the cache
            return "unknown " + System.nanoTime();
        }
    }

    /** The kept schema of a key, or null: no cache, no entry, an unreadable one, or a file it read has changed. */
    Schema read(String key, Dialect dialect) {
        if (directory == null) {
            return null;
        }
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, Object> json = SchemaJsonReader.asMap(JsonReader.read(text), "model cache");
            if (!unchanged(json.get("files"))) {
                return null;
            }
            return Snapshots.read(json, dialect).withRenames(renames(json.get("renames")));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "the model cache " + file + " is not used: " + e.getMessage());
            return null;
        }
    }

    /** Keeps the schema a model made, with the texts of the files that were read to make it. */
    void write(String key, Dialect dialect, Schema schema, Map<Path, String> filesRead) {
        if (directory == null) {
            return;
        }
        Map<String, Object> json = Snapshots.json(null, dialect, schema);
        List<Object> files = new ArrayList<>();
        filesRead.forEach((path, text) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", path.toAbsolutePath().normalize().toString());
            entry.put("sha256", sha256(text.getBytes(StandardCharsets.UTF_8)));
            files.add(entry);
        });
        json.put("files", files);
        json.put("renames", renames(schema.renames()));
        store(file(key), (JsonWriter.writeCompact(json) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** True when every file an entry lists still has the content it was loaded with. */
    private static boolean unchanged(Object files) throws IOException {
        if (!(files instanceof List<?> entries) || entries.isEmpty()) {
            return false;
        }
        for (Object entry : entries) {
            Map<String, Object> file = SchemaJsonReader.asMap(entry, "files");
            Path path = Path.of((String) file.get("path"));
            if (!Files.isRegularFile(path) || !sha256(Files.readAllBytes(path)).equals(file.get("sha256"))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> renames(RenameHints hints) {
        if (hints.isEmpty()) {
            return null;
        }
        List<Object> tables = new ArrayList<>();
        hints.tables().forEach((table, formerly) -> {
            Map<String, Object> entry = name(table);
            entry.put("formerly", formerly.stream().map(ModelCache::name).toList());
            tables.add(entry);
        });
        List<Object> columns = new ArrayList<>();
        hints.columns().forEach((table, byColumn) -> byColumn.forEach((column, formerly) -> {
            Map<String, Object> entry = name(table);
            entry.put("column", column);
            entry.put("formerly", formerly);
            columns.add(entry);
        }));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tables", tables);
        json.put("columns", columns);
        return json;
    }

    private static RenameHints renames(Object json) {
        if (json == null) {
            return RenameHints.NONE;
        }
        Map<String, Object> map = SchemaJsonReader.asMap(json, "renames");
        RenameHints hints = RenameHints.NONE;
        for (Object item : (List<?>) map.get("tables")) {
            Map<String, Object> entry = SchemaJsonReader.asMap(item, "tables");
            List<QualifiedName> formerly = ((List<?>) entry.get("formerly")).stream()
                    .map(former -> name(SchemaJsonReader.asMap(former, "formerly"))).toList();
            hints = hints.withTable(name(entry), formerly);
        }
        for (Object item : (List<?>) map.get("columns")) {
            Map<String, Object> entry = SchemaJsonReader.asMap(item, "columns");
            List<String> formerly = ((List<?>) entry.get("formerly")).stream().map(String.class::cast).toList();
            hints = hints.withColumn(name(entry), (String) entry.get("column"), formerly);
        }
        return hints;
    }

    private static Map<String, Object> name(QualifiedName name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", name.schema());
        json.put("name", name.name());
        return json;
    }

    private static QualifiedName name(Map<String, Object> json) {
        return new QualifiedName((String) json.get("schema"), (String) json.get("name"));
    }

    private void store(Path file, byte[] content) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".model-", ".tmp");
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write the model cache " + file + " (" + e + "); the model will be loaded"
                    + " again next time");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
