package dev.retort;

import dev.retort.config.ModelSettings;
import dev.retort.config.RetortConfig;
import dev.retort.internal.OwnTables;
import dev.retort.model.JavaModel;
import dev.retort.model.SqlModel;
import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.ScratchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The model side of a project: loading the model, reading the live schema, and comparing them. Immutable. */
final class Modelling {

    private final RetortConfig config;
    private final Dialect dialect;
    private final ClassLoader classLoader;

    Modelling(RetortConfig config, Dialect dialect, ClassLoader classLoader) {
        this.config = config;
        this.dialect = dialect;
        this.classLoader = classLoader;
    }

    boolean configured() {
        return config.model().configured();
    }

    /** Retort's own tables, never part of a model or a diff. */
    Set<String> ownTables() {
        return OwnTables.of(config.versionTable(), config.auditTable(), dialect.lockTables(config.versionTable()));
    }

    ReflectOptions reflectOptions(List<String> include, List<String> exclude) {
        ReflectOptions options = ReflectOptions.defaults().withTables(include, exclude).withOwnTables(ownTables());
        return options.withSchemas(config.managedSchemas());
    }

    /** The live schema on a session, with the configured table patterns. */
    Schema live(JdbcSession session) {
        ModelSettings model = config.model();
        return dialect.schemaReader().read(session, reflectOptions(model.includeTables(), model.excludeTables()));
    }

    /** The desired schema: the SQL model loaded into a scratch space, or the Java model. */
    Schema model() {
        ModelSettings model = config.model();
        if (model.modelClass() != null && !model.files().isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "both model (" + String.join(", ", model.files())
                    + ") and model_class (" + model.modelClass() + ") are set, and a project has one model; remove one"
                    + " of the two settings (retort.toml, RETORT_MODEL, RETORT_MODEL_CLASS)");
        }
        if (model.modelClass() != null) {
            List<Path> classpath = model.classpath().stream().map(p -> config.projectDirectory().resolve(p)).toList();
            return JavaModel.load(model.modelClass(), classpath, classLoader);
        }
        if (model.files().isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "no model is configured; set model ="
                    + " [\"schema.sql\"] (or model_class) in " + config.projectDirectory().resolve("retort.toml"));
        }
        List<Path> files = model.files().stream().map(f -> config.projectDirectory().resolve(f)).toList();
        for (int i = 0; i < files.size(); i++) {
            if (!Files.isRegularFile(files.get(i))) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "the model file " + model.files().get(i)
                        + " (setting model) " + (Files.isDirectory(files.get(i)) ? "is a directory" : "does not exist")
                        + ": " + files.get(i) + "; create it, or name the model's SQL files in the model setting");
            }
        }
        ScratchRequest where = model.devUrl() != null
                ? new ScratchRequest(model.devUrl(), config.user(), config.password())
                : new ScratchRequest(config.url(), config.user(), config.password());
        return SqlModel.load(dialect, where, files, reflectOptions(model.includeTables(), model.excludeTables()));
    }

    /** What the model changes in the live schema. */
    Changes changes(Schema live, Schema model, AutogenerateOptions options) {
        ModelSettings settings = config.model();
        return Autogenerate.changes(dialect, live, model, settings.includeTables(), settings.excludeTables(),
                ownTables(), options);
    }
}
