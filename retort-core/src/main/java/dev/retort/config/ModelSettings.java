package dev.retort.config;

import java.util.List;

/**
 * Where the desired-state model comes from and which tables it covers. Immutable.
 *
 * @param files         SQL files of the model ({@code model}), relative to the project directory
 * @param devUrl        a development database for loading SQL models ({@code dev_url}); null: the target's server
 * @param modelClass    a {@code SchemaModel} class ({@code model_class}); null: none
 * @param classpath     directories and jars to load {@code model_class} from ({@code model_classpath})
 * @param includeTables glob patterns of tables autogenerate compares ({@code include_tables}); empty: all
 * @param excludeTables glob patterns of tables autogenerate leaves alone ({@code exclude_tables})
 * @param driftSource   what {@code check} and production start-up compare the database with ({@code drift_source})
 */
public record ModelSettings(List<String> files, String devUrl, String modelClass, List<String> classpath,
                            List<String> includeTables, List<String> excludeTables, DriftSource driftSource) {

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

    /** Settings with the default drift source. */
    public ModelSettings(List<String> files, String devUrl, String modelClass, List<String> classpath,
                         List<String> includeTables, List<String> excludeTables) {
        this(files, devUrl, modelClass, classpath, includeTables, excludeTables, DriftSource.AUTO);
    }

    public ModelSettings {
        driftSource = driftSource == null ? DriftSource.AUTO : driftSource;
        files = List.copyOf(files);
        classpath = List.copyOf(classpath);
        includeTables = List.copyOf(includeTables);
        excludeTables = List.copyOf(excludeTables);
    }

    /** No model configured. */
    public static ModelSettings none() {
        return new ModelSettings(List.of(), null, null, List.of(), List.of(), List.of());
    }

    /** True when a SQL or Java model is configured. */
    public boolean configured() {
        return !files.isEmpty() || modelClass != null;
    }
}
