package dev.retort;

import java.util.List;
import java.util.Map;

/**
 * Where the desired-state model comes from and which tables it covers. Immutable.
 *
 * @param files         SQL files of the model ({@code model}), relative to the project directory
 * @param devUrl        a development database for loading SQL models ({@code dev_url}); null: the target's server
 * @param modelClass    a {@code SchemaModel} class ({@code model_class}); null: none
 * @param classpath     directories and jars to load {@code model_class} from ({@code model_classpath})
 * @param includeTables glob patterns of tables autogenerate compares ({@code include_tables}); empty: all
 * @param excludeTables glob patterns of tables autogenerate leaves alone ({@code exclude_tables})
 * @param entities      packages of entity classes ({@code model_entities}); empty: none
 * @param persistenceUnit a persistence unit of {@code META-INF/persistence.xml} ({@code persistence_unit}); null: none
 * @param physicalNamingStrategy the entity model's physical naming strategy class ({@code physical_naming_strategy}); null: the ORM's
 * @param implicitNamingStrategy the entity model's implicit naming strategy class ({@code implicit_naming_strategy}); null: the ORM's
 * @param properties    further mapping properties of the entity model ({@code model_properties})
 * @param cache         where a SQL model's schema and what the entity model derived are cached, relative to the project ({@code model_cache},
 *                      default {@code .retort/cache}); null: no cache
 * @param driftSource   what {@code check} and production start-up compare the database with ({@code drift_source})
 */
public record ModelSettings(List<String> files, String devUrl, String modelClass, List<String> classpath,
                            List<String> includeTables, List<String> excludeTables, List<String> entities,
                            String persistenceUnit, String physicalNamingStrategy, String implicitNamingStrategy,
                            Map<String, String> properties, String cache, DriftSource driftSource) {

    /** What drift is measured against ({@code drift_source}). */
    public enum DriftSource {
        /**
         * The schema snapshot of the revision the database is at when it has one, else the model when one is
         * configured (the default).
         */
        AUTO,
        /** The snapshot only: never load the model; without a snapshot drift is not checked, and that is said. */
        SNAPSHOT,
        /** The model only, as before snapshots: a SQL model is loaded into a scratch database. */
        MODEL
    }

    /**
     * Settings with no entity model, the default cache and the default drift source.
     *
     * @param files SQL files of the model ({@code model}), relative to the project directory
     * @param devUrl a development database for loading SQL models ({@code dev_url}); null: the target's
     *     server
     * @param modelClass a {@code SchemaModel} class ({@code model_class}); null: none
     * @param classpath directories and jars to load {@code model_class} from ({@code model_classpath})
     * @param includeTables glob patterns of tables autogenerate compares ({@code include_tables}); empty: all
     * @param excludeTables glob patterns of tables autogenerate leaves alone ({@code exclude_tables})
     */
    public ModelSettings(List<String> files, String devUrl, String modelClass, List<String> classpath,
                         List<String> includeTables, List<String> excludeTables) {
        this(files, devUrl, modelClass, classpath, includeTables, excludeTables, List.of(), null, null, null, Map.of(),
                DEFAULT_CACHE, DriftSource.AUTO);
    }

    /**
     * Copies the lists and properties; a null drift source becomes {@link DriftSource#AUTO}.
     *
     * @param files SQL files of the model ({@code model}), relative to the project directory
     * @param devUrl a development database for loading SQL models ({@code dev_url}); null: the target's
     *     server
     * @param modelClass a {@code SchemaModel} class ({@code model_class}); null: none
     * @param classpath directories and jars to load {@code model_class} from ({@code model_classpath})
     * @param includeTables glob patterns of tables autogenerate compares ({@code include_tables}); empty: all
     * @param excludeTables glob patterns of tables autogenerate leaves alone ({@code exclude_tables})
     * @param entities packages of entity classes ({@code model_entities}); empty: none
     * @param persistenceUnit a persistence unit of {@code META-INF/persistence.xml}
     *     ({@code persistence_unit}); null: none
     * @param physicalNamingStrategy the entity model's physical naming strategy class
     *     ({@code physical_naming_strategy}); null: the ORM's
     * @param implicitNamingStrategy the entity model's implicit naming strategy class
     *     ({@code implicit_naming_strategy}); null: the ORM's
     * @param properties further mapping properties of the entity model ({@code model_properties})
     * @param cache where the entity model caches what it derived, relative to the project
     *     ({@code model_cache}, default {@code .retort/cache}); null: no cache
     * @param driftSource what {@code check} and production start-up compare the database with
     *     ({@code drift_source})
     */
    public ModelSettings {
        driftSource = driftSource == null ? DriftSource.AUTO : driftSource;
        files = List.copyOf(files);
        classpath = List.copyOf(classpath);
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
        entities = List.copyOf(entities);
        properties = Map.copyOf(properties);
    }

    /** {@return settings with no model configured} */
    public static ModelSettings none() {
        return new ModelSettings(List.of(), null, null, List.of(), List.of(), List.of(), List.of(), null, null, null, Map.of(),
                DEFAULT_CACHE, DriftSource.AUTO);
    }

    /** The default {@code model_cache}: safe to delete, rebuilt when needed. */
    public static final String DEFAULT_CACHE = ".retort/cache";

    /**
     * The {@code model_cache} setting as given: unset means the default cache, an empty value means no cache.
     *
     * @param value the setting, or null when it is not set
     * @return the cache directory, relative to the project, or null for no cache
     */
    public static String cacheSetting(String value) {
        return value == null ? DEFAULT_CACHE : value.isBlank() ? null : value;
    }

    /** {@return true when a SQL, Java or entity model is configured} */
    public boolean configured() {
        return !files.isEmpty() || modelClass != null || entityModel();
    }

    /**
     * {@return true when the model is entity classes ({@code model_entities} or {@code persistence_unit})}
     */
    public boolean entityModel() {
        return !entities.isEmpty() || persistenceUnit != null;
    }
}
