package dev.retort.config;

import dev.retort.ModelSettings;
import dev.retort.NetworkSettings;
import dev.retort.RetortConfig;
import dev.retort.RetortException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds a {@link RetortConfig} from, in order of precedence: explicit settings (command-line flags or
 * the library's builder), environment variables ({@code RETORT_*}), the project's {@code retort.toml},
 * and defaults. The only class in Retort that reads the process environment.
 *
 * <p>Immutable and thread-safe. Every setting has one key; its environment variable is
 * {@code RETORT_} + the key in upper case (e.g. {@code lock_timeout} → {@code RETORT_LOCK_TIMEOUT}).
 */
public final class ConfigLoader {

    /** The file read from the project directory. */
    public static final String FILE_NAME = RetortConfig.FILE_NAME;

    /** Every key the file, the environment and explicit settings accept. */
    public static final Set<String> KEYS = Set.of("url", "user", "password", "schema", "schemas", "locations",
            "version_table", "audit_table", "lock_timeout", "file_template", "clean_enabled",
            "connect_timeout", "socket_timeout", "statement_socket_timeout",
            "model", "dev_url", "model_class", "model_classpath", "include_tables", "exclude_tables",
            "model_entities", "persistence_unit", "physical_naming_strategy", "implicit_naming_strategy", "model_properties",
            "model_cache", "drift_source");

    /** Keys whose value is a list (comma-separated in the environment and in explicit settings). */
    private static final Set<String> LISTS = Set.of("locations", "schemas", "model", "model_classpath", "include_tables",
            "exclude_tables", "model_entities");

    private final Map<String, String> environment;

    /** A loader over the given environment (tests pass their own map). */
    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A loader over this process's environment. */
    public static ConfigLoader fromSystem() {
        return new ConfigLoader(System.getenv());
    }

    /** Who is running Retort, as recorded in the version table: the operating-system user. */
    public static String operator() {
        return System.getProperty("user.name", "unknown");
    }

    /**
     * Loads the configuration of a project: its {@code retort.toml} when there is one, the environment this
     * loader was given, and the explicit settings. Locations default to {@code migrations}.
     *
     * @param projectDirectory the directory holding {@code retort.toml} (it need not exist yet)
     * @param explicit         settings that override everything, by key (null values are ignored)
     */
    public RetortConfig load(Path projectDirectory, Map<String, String> explicit) {
        Path directory = projectDirectory.toAbsolutePath().normalize();
        return build(directory, merge(TomlFile.read(directory.resolve(FILE_NAME), false), explicit), true);
    }

    /**
     * Loads a configuration from one named settings file, which must exist, the environment this loader was
     * given, and the explicit settings.
     *
     * @param baseDirectory where relative locations and SQLite files resolve; null: the file's directory
     */
    public RetortConfig loadFile(Path file, Path baseDirectory, Map<String, String> explicit) {
        Path absolute = file.toAbsolutePath().normalize();
        Path directory = (baseDirectory == null ? absolute.getParent() : baseDirectory).toAbsolutePath().normalize();
        return build(directory, merge(TomlFile.read(absolute, true), explicit), true);
    }

    /**
     * Loads a configuration from the environment this loader was given and the explicit settings alone: no
     * file is read, and locations have no default (the caller names them). Relative locations and SQLite
     * files resolve as Java resolves relative paths.
     */
    public RetortConfig loadWithoutFile(Map<String, String> explicit) {
        return build(Path.of("").toAbsolutePath(), merge(Map.of(), explicit), false);
    }

    /** True when the environment this loader was given sets the key ({@code RETORT_<KEY>}). */
    public boolean environmentSets(String key) {
        String value = environment.get("RETORT_" + key.toUpperCase(java.util.Locale.ROOT));
        return value != null && !value.isEmpty();
    }

    private Map<String, Object> merge(Map<String, Object> file, Map<String, String> explicit) {
        Map<String, Object> merged = new LinkedHashMap<>(file);
        for (String key : KEYS) {
            String value = environment.get("RETORT_" + key.toUpperCase(java.util.Locale.ROOT));
            if (value != null && !value.isEmpty()) {
                merged.put(key, LISTS.contains(key) ? splitList(value) : value);
            }
        }
        explicit.forEach((key, value) -> {
            if (!KEYS.contains(key)) {
                throw unknownKey(key, "an explicit setting");
            }
            if (value != null) {
                merged.put(key, LISTS.contains(key) ? splitList(value) : value);
            }
        });
        return merged;
    }

    private static RetortConfig build(Path directory, Map<String, Object> values, boolean defaultLocations) {
        RetortConfig defaults = RetortConfig.defaults(directory);
        String url = resolveUrl(directory, string(values, "url", defaults.url()));
        boolean locationsConfigured = values.containsKey("locations");
        List<String> locations = list(values, "locations", defaultLocations ? defaults.locations() : List.of());
        if (locationsConfigured && locations.isEmpty()) {
            throw invalid("locations", "[]", "name at least one directory, e.g. locations = [\"migrations\"]");
        }
        String versionTable = identifier(values, "version_table", defaults.versionTable());
        String auditTable = identifier(values, "audit_table", defaults.auditTable());
        if (versionTable.equalsIgnoreCase(auditTable)) {
            throw invalid("audit_table", auditTable, "use a name different from version_table");
        }
        String schema = blankToNull(string(values, "schema", null));
        List<String> schemas = schemas(values, schema);
        return new RetortConfig(directory, url, string(values, "user", null), string(values, "password", null),
                schema, schemas, locations, versionTable, auditTable,
                duration(values, "lock_timeout", defaults.lockTimeout()),
                template(values, defaults.fileTemplate()),
                bool(values, "clean_enabled", defaults.cleanEnabled()),
                new ModelSettings(list(values, "model", List.of()), blankToNull(string(values, "dev_url", null)),
                        blankToNull(string(values, "model_class", null)), list(values, "model_classpath", List.of()),
                        list(values, "include_tables", List.of()), list(values, "exclude_tables", List.of()),
                        list(values, "model_entities", List.of()), blankToNull(string(values, "persistence_unit", null)),
                        blankToNull(string(values, "physical_naming_strategy", null)),
                        blankToNull(string(values, "implicit_naming_strategy", null)), properties(values, "model_properties"),
                        ModelSettings.cacheSetting(string(values, "model_cache", null)), driftSource(values)),
                locationsConfigured,
                new NetworkSettings(duration(values, "connect_timeout", NetworkSettings.DEFAULTS.connectTimeout()),
                        duration(values, "socket_timeout", NetworkSettings.DEFAULTS.socketTimeout()),
                        duration(values, "statement_socket_timeout", NetworkSettings.DEFAULTS.statementSocketTimeout())));
    }

    /** {@code drift_source}: auto (default), snapshot or model. */
    private static ModelSettings.DriftSource driftSource(Map<String, Object> values) {
        String text = blankToNull(string(values, "drift_source", null));
        if (text == null) {
            return ModelSettings.DriftSource.AUTO;
        }
        for (ModelSettings.DriftSource source : ModelSettings.DriftSource.values()) {
            if (source.name().equalsIgnoreCase(text.strip())) {
                return source;
            }
        }
        throw invalid("drift_source", text, "use \"snapshot\" (compare with the schema snapshot of the revision the"
                + " database is at; never load the model), \"model\" (load the model) or \"auto\" (the snapshot when"
                + " there is one, else the model)");
    }

    /**
     * {@code schemas}: distinct, none blank, and the default {@code schema} (when also set) first, so that
     * which schema unqualified names belong to is never in doubt.
     */
    private static List<String> schemas(Map<String, Object> values, String schema) {
        List<String> schemas = list(values, "schemas", List.of());
        String shown = String.valueOf(values.get("schemas"));
        for (String name : schemas) {
            if (name.isBlank()) {
                throw invalid("schemas", shown, "name each schema, e.g. schemas = [\"app\", \"audit\"]");
            }
        }
        if (new java.util.HashSet<>(schemas).size() != schemas.size()) {
            throw invalid("schemas", shown, "name each schema once");
        }
        if (schema != null && !schemas.isEmpty() && !schemas.get(0).equals(schema)) {
            throw invalid("schemas", shown, "put the default schema first (schema = \"" + schema + "\"), or leave"
                    + " schema out: the first of schemas is the default one");
        }
        return schemas;
    }

    /** A relative SQLite file (the default {@code retort.db} included) lives in the project directory. */
    static String resolveUrl(Path directory, String url) {
        String prefix = "jdbc:sqlite:";
        if (!url.startsWith(prefix)) {
            return url;
        }
        String rest = url.substring(prefix.length());
        if (rest.isEmpty() || rest.startsWith(":memory:") || rest.startsWith("file:") || rest.startsWith(":resource:")) {
            return url;
        }
        int query = rest.indexOf('?');
        String file = query < 0 ? rest : rest.substring(0, query);
        String params = query < 0 ? "" : rest.substring(query);
        Path path = Path.of(file);
        return path.isAbsolute() ? url : prefix + directory.resolve(path).normalize() + params;
    }

    private static String string(Map<String, Object> values, String key, String fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String text) {
            return text;
        }
        throw invalid(key, String.valueOf(value), "use a string in quotes");
    }

    private static String identifier(Map<String, Object> values, String key, String fallback) {
        String value = string(values, key, fallback);
        if (!value.matches("[A-Za-z_][A-Za-z0-9_]{0,62}")) {
            throw invalid(key, value, "use letters, digits and underscores, starting with a letter (at most 63)");
        }
        return value;
    }

    private static List<String> list(Map<String, Object> values, String key, List<String> fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof List<?> items) {
            List<String> result = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String text) || text.isBlank()) {
                    throw invalid(key, String.valueOf(value), "use a list of non-empty strings");
                }
                result.add(text.strip());
            }
            return result;
        }
        if (value instanceof String text) {
            return splitList(text);
        }
        throw invalid(key, String.valueOf(value), "use a list of strings, e.g. [\"migrations\"]");
    }

    /**
     * A table of names to values: an inline table in {@code retort.toml} ({@code { "hibernate.x" = "y" }}), or
     * {@code name=value} pairs separated by commas in the environment and in explicit settings. Values are
     * passed on as text.
     */
    private static Map<String, String> properties(Map<String, Object> values, String key) {
        Object value = values.get(key);
        Map<String, String> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        String remedy = "use a table of names to values, e.g. " + key + " = { \"hibernate.type.preferred_uuid_jdbc_type\""
                + " = \"CHAR\" } (in the environment or an explicit setting: name=value,name=value)";
        if (value instanceof Map<?, ?> table) {
            table.forEach((name, item) -> {
                if (item instanceof List<?> || item instanceof Map<?, ?>) {
                    throw invalid(key, String.valueOf(value), remedy);
                }
                result.put(String.valueOf(name), String.valueOf(item));
            });
            return result;
        }
        if (!(value instanceof String text)) {
            throw invalid(key, String.valueOf(value), remedy);
        }
        for (String pair : splitList(text)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw invalid(key, text, remedy);
            }
            result.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
        }
        return result;
    }

    /**
     * Seconds as an integer, or a number with {@code ms}, {@code s}, {@code m} or {@code h}; zero up to a day. Overflow and
     * numbers too large for a long are refused like any other bad value, not left to fail later.
     */
    private static Duration duration(Map<String, Object> values, String key, Duration fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        String text = String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT);
        String remedy = "use seconds (60), or a number with ms, s, m or h (\"500ms\", \"30s\", \"2m\", \"1h\"), at most a day ("
                + RetortConfig.MAX_LOCK_TIMEOUT.toSeconds() + "s)";
        Duration duration;
        try {
            if (value instanceof Long seconds) {
                duration = Duration.ofSeconds(seconds);
            } else if (text.endsWith("ms")) {
                duration = Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).strip()));
            } else if (text.endsWith("h")) {
                duration = Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1).strip()));
            } else if (text.endsWith("m")) {
                duration = Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1).strip()));
            } else {
                duration = Duration.ofSeconds(Long.parseLong(text.endsWith("s") ? text.substring(0, text.length() - 1).strip() : text));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(key, text, remedy);
        }
        if (duration.isNegative() || duration.compareTo(RetortConfig.MAX_LOCK_TIMEOUT) > 0) {
            throw invalid(key, text, remedy);
        }
        return duration;
    }

    /** TOML's true or false (in the environment and explicit settings, the same words in any case). */
    private static boolean bool(Map<String, Object> values, String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = String.valueOf(value).strip();
        if (value instanceof String && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw invalid(key, text, "use true or false");
    }

    private static String template(Map<String, Object> values, String fallback) {
        String template = string(values, "file_template", fallback);
        if (!template.contains("{rev}")) {
            throw invalid("file_template", template, "include {rev} so every file name is unique");
        }
        if (template.contains("/") || template.contains("\\")) {
            throw invalid("file_template", template, "use a plain file name without directories");
        }
        return template;
    }

    private static List<String> splitList(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static RetortException invalid(String key, String value, String remedy) {
        return new RetortException(RetortException.Kind.CONFIGURATION,
                "invalid setting " + key + " = " + (key.equals("password") ? "****" : value) + ": " + remedy);
    }

    static RetortException unknownKey(String key, String where) {
        return new RetortException(RetortException.Kind.CONFIGURATION,
                "unknown setting '" + key + "' in " + where + "; known settings: " + new TreeSet<>(KEYS));
    }
}
