package dev.retort;

import dev.retort.internal.OwnTables;
import dev.retort.model.JavaModel;
import dev.retort.model.ModelSource;
import dev.retort.model.SqlModel;
import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.ScratchRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/** The model side of a project: loading the model, reading the live schema, and comparing them. Immutable. */
final class Modelling {

    private final RetortConfig config;
    private final Dialect dialect;
    private final ClassLoader classLoader;
    private final ModelSources sources;

    Modelling(RetortConfig config, Dialect dialect, ClassLoader classLoader, ModelSources sources) {
        this.config = config;
        this.dialect = dialect;
        this.classLoader = classLoader;
        this.sources = sources;
    }

    /**
     * Where a model other than SQL files or a {@code SchemaModel} comes from: a source given to the builder
     * (null: none), the libraries the model class loader starts with (the CLI's {@code lib/model}), and how to
     * read the target's product and version.
     */
    record ModelSources(ModelSource source, List<Path> libraries, Supplier<EntityModels.DatabaseProduct> target) {
        ModelSources {
            libraries = List.copyOf(libraries);
        }
    }

    boolean configured() {
        return sources.source() != null || config.model().configured();
    }

    /** Retort's own tables, never part of a model or a diff. */
    Set<String> ownTables() {
        return OwnTables.of(config.versionTable(), config.auditTable(), dialect.lockTables(config.versionTable()));
    }

    ReflectOptions reflectOptions(List<String> include, List<String> exclude) {
        ReflectOptions options = ReflectOptions.defaults().withTables(include, exclude).withOwnTables(ownTables());
        return options.withSchemas(config.managedSchemas());
    }

    /**
     * Tables an ORM makes at run time beside the entities' tables, which are never part of an entity model:
     * Hibernate's bulk-mutation tables ({@code HT_<table>}, {@code HTE_<table>}), which its SessionFactory
     * creates on start-up on H2, SQLite and others and leaves there. Matched without regard to case.
     */
    static final List<String> ENTITY_RUNTIME_TABLES = List.of("HT_*", "HTE_*");

    private List<String> excludeTables() {
        ModelSettings model = config.model();
        if (sources.source() == null && !model.entityModel()) {
            return model.excludeTables();
        }
        List<String> exclude = new java.util.ArrayList<>(model.excludeTables());
        exclude.addAll(ENTITY_RUNTIME_TABLES);
        return exclude;
    }

    /** The live schema on a session, with the configured table patterns. */
    Schema live(JdbcSession session) {
        ModelSettings model = config.model();
        return dialect.schemaReader().read(session, reflectOptions(model.includeTables(), excludeTables()));
    }

    /** The desired schema: the SQL model loaded into a scratch space, the Java model, or the entity model. */
    Schema model() {
        return model(sources.target());
    }

    /**
     * The desired schema, the target's product and version read with {@code target} when the model needs them
     * (an entity model, a SQL model's cache key): a caller that holds a session to the target passes what it read.
     */
    Schema model(Supplier<EntityModels.DatabaseProduct> target) {
        ModelSettings model = config.model();
        requireOneModel(model);
        ReflectOptions options = reflectOptions(model.includeTables(), excludeTables());
        if (sources.source() != null) {
            return EntityModels.schema(sources.source(), dialect, scratch(model), options, target);
        }
        if (model.entityModel()) {
            return EntityModels.fromSettings(config, classLoader, sources.libraries(), dialect, scratch(model), options,
                    target);
        }
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
        return sqlModel(files, scratch(model), options, target);
    }

    /** A SQL model, from the model cache when nothing it depends on changed, else loaded and kept there. */
    private Schema sqlModel(List<Path> files, ScratchRequest scratch, ReflectOptions options,
                            Supplier<EntityModels.DatabaseProduct> target) {
        ModelCache cache = ModelCache.of(config);
        if (!cache.enabled()) {
            return SqlModel.load(dialect, scratch, files, options);
        }
        EntityModels.DatabaseProduct product;
        try {
            product = target.get();
        } catch (RetortException e) {
            // the target cannot be read (a model shown before the database exists): load without the cache, as
            // a SQL model always could
            return SqlModel.load(dialect, scratch, files, options);
        }
        String key;
        try {
            key = ModelCache.key(dialect, product, scratch, options, files);
        } catch (java.io.IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot read the model files " + files + ": "
                    + e.getMessage() + "; check the model setting in retort.toml", e);
        }
        Schema cached = cache.read(key, dialect);
        if (cached != null) {
            return cached;
        }
        Map<Path, String> read = new LinkedHashMap<>();
        Schema schema = SqlModel.load(dialect, scratch, files, options, read::put);
        cache.write(key, dialect, schema, read);
        return schema;
    }

    private ScratchRequest scratch(ModelSettings model) {
        return model.devUrl() != null
                ? new ScratchRequest(model.devUrl(), config.user(), config.password())
                : new ScratchRequest(config.url(), config.user(), config.password());
    }

    /** A project has one model: an entity model (settings or builder) excludes SQL files and a model class. */
    private void requireOneModel(ModelSettings model) {
        boolean entities = sources.source() != null || model.entityModel();
        if (entities && (!model.files().isEmpty() || model.modelClass() != null)) {
            String other = !model.files().isEmpty() ? "model (" + String.join(", ", model.files()) + ")"
                    : "model_class (" + model.modelClass() + ")";
            String mine = sources.source() != null ? "the builder's model (" + sources.source().describe() + ")"
                    : model.persistenceUnit() != null ? "persistence_unit (" + model.persistenceUnit() + ")"
                    : "model_entities (" + String.join(", ", model.entities()) + ")";
            throw new RetortException(RetortException.Kind.CONFIGURATION, "both " + mine + " and " + other
                    + " are set, and a project has one model; remove one of the two settings");
        }
        if (!model.entities().isEmpty() && model.persistenceUnit() != null) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "both model_entities and persistence_unit ("
                    + model.persistenceUnit() + ") are set; keep one: the packages to scan, or the persistence unit"
                    + " that lists the entities");
        }
    }

    /** The live schema and the model, side by side. */
    record Sides(Schema live, Schema model) {
    }

    /**
     * The live schema and the model; the target's product, which the model's cache key needs, is read on the
     * session that reads the live schema, so a command with the model cached connects once.
     */
    Sides sides(dev.retort.runtime.Migrator migrator) {
        return migrator.read(session -> {
            EntityModels.DatabaseProduct target = DatabaseProducts.of(session);
            // The model (read from the cache, or loaded into a scratch space) comes on a thread of its own while
            // this one reads the live schema: each waits mostly on a database or the disk, and a model taken from
            // the cache costs about what reading the live schema does.
            FutureTask<Schema> model = new FutureTask<>(() -> model(() -> target));
            Thread thread = new Thread(model, "retort-model");
            thread.setDaemon(true);
            thread.start();
            Schema live;
            try {
                live = live(session);
            } catch (RuntimeException | Error e) {
                // let a scratch space being filled be dropped before the failure ends the process
                await(model);
                throw e;
            }
            return new Sides(live, await(model));
        });
    }

    private static Schema await(FutureTask<Schema> model) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return model.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the model changes in the live schema. */
    Changes changes(Schema live, Schema model, AutogenerateOptions options) {
        ModelSettings settings = config.model();
        return Autogenerate.changes(dialect, live, model, settings.includeTables(), excludeTables(),
                ownTables(), options);
    }
}
