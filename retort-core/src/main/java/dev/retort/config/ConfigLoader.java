package dev.retort.config;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
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
    public static final String FILE_NAME = "retort.toml";

    /** Every key the file, the environment and explicit settings accept. */
    public static final Set<String> KEYS = Set.of("url", "user", "password", "schema", "schemas", "locations",
            "version_table", "audit_table", "lock_timeout", "file_template", "clean_enabled",
            "connect_timeout", "socket_timeout", "statement_socket_timeout",
            "model", "dev_url", "model_class", "model_classpath", "include_tables", "exclude_tables");

    /** Keys whose value is a list (comma-separated in the environment and in explicit settings). */
    private static final Set<String> LISTS = Set.of("locations", "schemas", "model", "model_classpath", "include_tables",
            "exclude_tables");

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
     * Loads the configuration of a project.
     *
     * @param projectDirectory the directory holding {@code retort.toml} (it need not exist yet)
     * @param explicit         settings that override everything, by key (null values are ignored)
     */
    public RetortConfig load(Path projectDirectory, Map<String, String> explicit) {
        Path directory = projectDirectory.toAbsolutePath().normalize();
        Map<String, Object> merged = new LinkedHashMap<>(TomlFile.read(directory.resolve(FILE_NAME)));
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
        return build(directory, merged);
    }

    private static RetortConfig build(Path directory, Map<String, Object> values) {
        RetortConfig defaults = RetortConfig.defaults(directory);
        String url = resolveUrl(directory, string(values, "url", defaults.url()));
        List<String> locations = list(values, "locations", defaults.locations());
        if (locations.isEmpty()) {
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
                        list(values, "include_tables", List.of()), list(values, "exclude_tables", List.of())),
                new NetworkSettings(duration(values, "connect_timeout", NetworkSettings.DEFAULTS.connectTimeout()),
                        duration(values, "socket_timeout", NetworkSettings.DEFAULTS.socketTimeout()),
                        duration(values, "statement_socket_timeout", NetworkSettings.DEFAULTS.statementSocketTimeout())));
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

    private static Duration duration(Map<String, Object> values, String key, Duration fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Long seconds && seconds >= 0) {
            return Duration.ofSeconds(seconds);
        }
        String text = String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (text.endsWith("ms")) {
                return nonNegative(Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2).strip())), key, text);
            }
            if (text.endsWith("h")) {
                return nonNegative(Duration.ofHours(Long.parseLong(text.substring(0, text.length() - 1).strip())), key, text);
            }
            if (text.endsWith("m")) {
                return nonNegative(Duration.ofMinutes(Long.parseLong(text.substring(0, text.length() - 1).strip())), key, text);
            }
            String digits = text.endsWith("s") ? text.substring(0, text.length() - 1).strip() : text;
            return nonNegative(Duration.ofSeconds(Long.parseLong(digits)), key, text);
        } catch (NumberFormatException e) {
            throw invalid(key, text, "use seconds (60), or a number with ms, s, m or h (\"500ms\", \"30s\", \"2m\", \"1h\")");
        }
    }

    private static Duration nonNegative(Duration duration, String key, String text) {
        if (duration.isNegative()) {
            throw invalid(key, text, "use zero or more");
        }
        return duration;
    }

    private static boolean bool(Map<String, Object> values, String key, boolean fallback) {
        Object value = values.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (text) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw invalid(key, text, "use true or false");
        };
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

    /** Reads {@code retort.toml}: a flat table of the known keys. */
    static final class TomlFile {

        private TomlFile() {
        }

        static Map<String, Object> read(Path file) {
            if (!Files.isRegularFile(file)) {
                return Map.of();
            }
            String text;
            try {
                text = Files.readString(file);
            } catch (IOException e) {
                throw new RetortException(RetortException.Kind.CONFIGURATION,
                        "cannot read " + file + ": " + e.getMessage() + "; check the file's permissions", e);
            }
            Map<String, Object> values = TomlReader.parse(file.toString(), text);
            for (String key : values.keySet()) {
                if (!KEYS.contains(key)) {
                    throw unknownKey(key, file.toString());
                }
            }
            return values;
        }
    }
}
