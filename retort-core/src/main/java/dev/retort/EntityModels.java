package dev.retort;

import dev.retort.spi.Dialect;
import dev.retort.spi.ScratchRequest;
import dev.retort.model.EntitySettings;
import dev.retort.model.JavaModel;
import dev.retort.model.ModelContext;
import dev.retort.model.ModelProvider;
import dev.retort.model.ModelSource;
import dev.retort.model.SqlModel;
import dev.retort.spi.ReflectOptions;
import dev.retort.schema.Schema;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The entity-class side of modelling: finds the {@link ModelProvider} for {@code model_entities} /
 * {@code persistence_unit} on one class loader made of the model libraries (the CLI's {@code lib/model})
 * and {@code model_classpath}, so the provider sees the user's ORM and entities, and runs a
 * {@link ModelSource} against the target. Stateless.
 */
final class EntityModels {

    private EntityModels() {
    }

    /** The model of a source against the target: its DDL loaded into the scratch space and reflected. */
    static Schema schema(ModelSource source, Dialect dialect, ScratchRequest where, ReflectOptions options,
                         Supplier<DatabaseProduct> target) {
        return source.schema(new Context(dialect, where, options, target));
    }

    /** The model of the entity settings, from the provider found on the model class path. */
    static Schema fromSettings(RetortConfig config, ClassLoader parent, List<Path> libraries, Dialect dialect,
                               ScratchRequest where, ReflectOptions options, Supplier<DatabaseProduct> target) {
        ModelSettings model = config.model();
        List<Path> classpath = new ArrayList<>(libraries);
        for (String entry : model.classpath()) {
            classpath.addAll(expand(config.projectDirectory(), entry));
        }
        URLClassLoader loader = classpath.isEmpty() ? null : JavaModel.classLoader(classpath, parent);
        ClassLoader classes = loader != null ? loader : parent;
        try {
            ModelProvider provider = provider(classes);
            Path cache = model.cache() == null ? null : config.projectDirectory().resolve(model.cache());
            EntitySettings settings = new EntitySettings(model.entities(), model.persistenceUnit(),
                    model.physicalNamingStrategy(), model.implicitNamingStrategy(), model.properties(), cache);
            return schema(provider.source(settings, classes), dialect, where, options, target);
        } finally {
            if (loader != null) {
                try {
                    loader.close();
                } catch (IOException e) {
                    // only open jar files are released here; nothing to tell the user
                }
            }
        }
    }

    private static ModelProvider provider(ClassLoader classes) {
        Iterator<ModelProvider> providers = ServiceLoader.load(ModelProvider.class, classes).iterator();
        try {
            if (providers.hasNext()) {
                return providers.next();
            }
        } catch (ServiceConfigurationError e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot start the entity model's provider: "
                    + e.getMessage() + "; check that model_classpath holds one version of retort-hibernate", e);
        }
        throw new RetortException(RetortException.Kind.CONFIGURATION, "model_entities or persistence_unit is set, but"
                + " retort-hibernate is not on the class path; add the dependency dev.retort:retort-hibernate to the"
                + " application (the command line carries it in lib/model/)");
    }

    /** A class-path entry: a directory or jar, or {@code dir/*} for every jar in a directory (as {@code java -cp}). */
    static List<Path> expand(Path projectDirectory, String entry) {
        if (!entry.endsWith("/*") && !entry.equals("*")) {
            Path path = projectDirectory.resolve(entry);
            if (!Files.exists(path)) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "model_classpath entry " + entry
                        + " does not exist (" + path + "); build the application first, or fix the entry");
            }
            return List.of(path);
        }
        Path directory = projectDirectory.resolve(entry.substring(0, entry.length() - 1));
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "model_classpath entry " + entry
                    + ": cannot list the directory " + directory + " (" + e.getMessage() + "); fix the entry", e);
        }
        jars.sort(null);
        return jars;
    }

    /** The target's product and version, read from a connection to it. */
    record DatabaseProduct(String name, String version, int major, int minor) {
    }

    private static final class Context implements ModelContext {
        private final Dialect dialect;
        private final ScratchRequest where;
        private final ReflectOptions options;
        private final Supplier<DatabaseProduct> target;
        private DatabaseProduct product;

        Context(Dialect dialect, ScratchRequest where, ReflectOptions options, Supplier<DatabaseProduct> target) {
            this.dialect = dialect;
            this.where = where;
            this.options = options;
            this.target = target;
        }

        private DatabaseProduct product() {
            if (product == null) {
                product = target.get();
            }
            return product;
        }

        @Override
        public String dialect() {
            return dialect.name();
        }

        @Override
        public String productName() {
            return product().name();
        }

        @Override
        public String productVersion() {
            return product().version();
        }

        @Override
        public int majorVersion() {
            return product().major();
        }

        @Override
        public int minorVersion() {
            return product().minor();
        }

        @Override
        public String cacheKey() {
            DatabaseProduct target = product();
            return dialect.name() + "|" + target.name() + "|" + target.version() + "|" + where.url() + "|" + where.user()
                    + "|" + options.schemas() + "|" + options.includeTables() + "|" + options.excludeTables()
                    + "|" + new java.util.TreeSet<>(options.ownTables());
        }

        @Override
        public Schema loadSql(String sql, String origin) {
            return SqlModel.loadText(dialect, where, sql, origin, options);
        }
    }
}
