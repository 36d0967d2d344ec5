package dev.retort.maven;

import dev.retort.RetortException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The settings a build gives explicitly, by {@code retort.toml} key: the POM's {@code <settings>} and, above them,
 * {@code -Dretort.KEY} properties (a property typed for one run beats what the POM says, as a flag beats the
 * file on the command line). Remembers where each came from, so an unknown key is named as the user wrote it.
 * Immutable.
 */
final class ExplicitSettings {

    /** The user properties that are goals' own options, not settings. */
    static final Set<String> GOAL_OPTIONS = Set.of("skip", "config_file", "target", "message", "autogenerate", "head",
            "branch_label", "depends_on", "rev_id", "splice", "allow_empty", "rename_tables", "rename_columns", "range",
            "downgrade", "output", "revisions", "forget_missing", "confirm", "drop_all_tables",
            "confirm_drop_all_tables", "drop_dependents_outside");

    private static final String PREFIX = "retort.";

    private final Map<String, String> values;
    private final Map<String, String> origins;

    private ExplicitSettings(Map<String, String> values, Map<String, String> origins) {
        this.values = Map.copyOf(values);
        this.origins = Map.copyOf(origins);
    }

    static ExplicitSettings of(Map<String, String> pom, Properties userProperties) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        if (pom != null) {
            pom.forEach((key, value) -> {
                values.put(key, value == null ? "" : value.strip());
                origins.put(key, "<settings><" + key + "> in the POM");
            });
        }
        for (String name : userProperties.stringPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String key = name.substring(PREFIX.length());
            if (!GOAL_OPTIONS.contains(key)) {
                values.put(key, userProperties.getProperty(name));
                origins.put(key, "-D" + name);
            }
        }
        return new ExplicitSettings(values, origins);
    }

    /** The settings by key, properties over the POM. */
    Map<String, String> values() {
        return values;
    }

    /** The locations the build names, or empty when it names none. */
    List<String> locations() {
        String locations = values.get("locations");
        return locations == null ? List.of() : Arrays.stream(locations.split(",")).map(String::strip).toList();
    }

    /**
     * The error of an unknown or invalid setting, with the setting named as the build wrote it
     * ({@code -Dretort.lock_timout}, {@code <settings><lock_timout>}) when the message names its key.
     */
    RetortException explain(RetortException e) {
        for (Map.Entry<String, String> origin : origins.entrySet()) {
            String message = e.getMessage();
            if (message.contains("'" + origin.getKey() + "'") || message.contains("setting " + origin.getKey() + " ")) {
                return new RetortException(e.kind(), origin.getValue() + ": " + message, e);
            }
        }
        return e;
    }
}
