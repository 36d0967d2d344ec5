package dev.retort.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A large PostgreSQL model spread over eleven schemas, generated here so that the repository needs no
 * third-party schema of that size: some 550 tables, over 900 foreign keys (many across schemas), partial,
 * expression, hash, BRIN, GIN and GiST indexes, a partitioned table, enum types and a domain, an ICU
 * collation used by columns and indexes, a text search dictionary and configurations, the cube,
 * earthdistance and unaccent extensions, SQL and PL/pgSQL functions (one in C), an aggregate, views
 * (one name in two schemas), triggers and deferred constraint triggers.
 *
 * <p>The files are laid out as a multi-schema project writes them for psql: one file per phase (types,
 * tables, keys, functions, indexes, foreign keys, checks, views, triggers) and per schema directory,
 * each with {@code \set ON_ERROR_STOP 1}, {@code BEGIN}/{@code COMMIT} and its own
 * {@code SET search_path}, some pulling in others with {@code \i} and {@code \ir}. Files without a
 * search path of their own rely on the session's ({@link #SEARCH_PATH}), as psql gets it from
 * {@code PGOPTIONS}. No file creates a schema: the loader does, as an installer would.
 *
 * <p>The output is deterministic. Stateless apart from the files it writes.
 */
public final class MultiSchemaCatalog {

    /** The acceptance label of this case. */
    public static final String LABEL = "generated multi-schema catalog (11 schemas)";

    /** The schema that holds most tables; unqualified names of the top-level files land there. */
    public static final String MAIN = "music";

    /** The session search path the files expect, as psql's {@code -c search_path=} takes it. */
    public static final String SEARCH_PATH = MAIN + ",public";

    /** The schemas besides {@link #MAIN} and {@code public}, in load order. */
    public static final List<String> OTHER_SCHEMAS = List.of("cover_art", "event_art", "documentation", "json_dump",
            "report", "sitemaps", "statistics", "wikidocs", "mirror");

    /** The entities of the main schema; each gets its own family of tables, and each pair a link table. */
    static final List<String> ENTITIES = List.of("area", "artist", "event", "genre", "instrument", "label", "place",
            "recording", "release", "release_group", "series", "work", "medium", "track", "url", "mood");

    private static final List<String> PHASES = List.of("CreateTypes", "CreateTables", "CreatePrimaryKeys",
            "CreateFunctions", "CreateIndexes", "CreateSearchIndexes", "CreateFKConstraints", "CreateConstraints",
            "CreateViews", "CreateTriggers");

    private MultiSchemaCatalog() {
    }

    /** Every schema of the project, the default first: {@code schemas = [...]} of its retort.toml. */
    public static List<String> schemas() {
        List<String> schemas = new ArrayList<>(List.of(MAIN, "public"));
        schemas.addAll(OTHER_SCHEMAS);
        return List.copyOf(schemas);
    }

    /**
     * Writes the files into {@code directory} (replacing what is there) and returns the ones to load,
     * in order; the files they include are written beside them.
     */
    public static synchronized List<Path> write(Path directory) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("Extensions.sql", CatalogMain.extensions());
        files.put("CreateCollations.sql", CatalogMain.collations());
        files.put("CreateSearchConfiguration.sql", CatalogMain.searchConfiguration());
        CatalogMain.phases(files);
        CatalogSchemas.phases(files);
        files.put("mirror/mirror.sql", CatalogSchemas.mirror());
        List<Path> order = new ArrayList<>();
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = directory.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        order.add(directory.resolve("Extensions.sql"));
        order.add(directory.resolve("CreateCollations.sql"));
        order.add(directory.resolve("CreateSearchConfiguration.sql"));
        List<String> dirs = new ArrayList<>(List.of(""));
        OTHER_SCHEMAS.stream().filter(schema -> !schema.equals("mirror")).forEach(schema -> dirs.add(schema + "/"));
        for (String phase : PHASES) {
            for (String dir : dirs) {
                if (files.containsKey(dir + phase + ".sql")) {
                    order.add(directory.resolve(dir + phase + ".sql"));
                }
            }
        }
        order.add(directory.resolve("mirror/mirror.sql"));
        return List.copyOf(order);
    }

    /** A psql script: stop on the first error, the statements in one transaction. */
    static String script(String searchPath, String body) {
        StringBuilder text = new StringBuilder("\\set ON_ERROR_STOP 1\n\\echo generated test schema\n");
        if (searchPath != null) {
            text.append("SET search_path = ").append(searchPath).append(";\n");
        }
        return text.append("\nBEGIN;\n\n").append(body).append("\nCOMMIT;\n").toString();
    }

    /** The link table of two entities, {@code first <= second} in {@link #ENTITIES} order. */
    static String link(String first, String second) {
        return "l_" + first + "_" + second;
    }

    /** Every pair of entities, each once, the first not after the second. */
    static List<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < ENTITIES.size(); i++) {
            for (int j = i; j < ENTITIES.size(); j++) {
                pairs.add(new String[] {ENTITIES.get(i), ENTITIES.get(j)});
            }
        }
        return pairs;
    }
}
