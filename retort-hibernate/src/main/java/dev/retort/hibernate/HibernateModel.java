package dev.retort.hibernate;

import dev.retort.RetortException;
import dev.retort.model.ModelContext;
import dev.retort.model.ModelSource;
import dev.retort.schema.Schema;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * JPA/Hibernate entity classes as Retort's model: what the entities map to is what Hibernate ORM itself
 * creates for the target database. Hibernate writes its create script for the target's dialect and version
 * (no connection), the script runs in Retort's scratch space, and the result is read back as a SQL model's
 * is (docs/architecture.md says why this way). The script is cached under the project, keyed by the class
 * files, the settings, the dialect and version and the Hibernate jars, so a run with nothing changed does not
 * boot Hibernate.
 *
 * <pre>{@code
 * Retort retort = Retort.builder().dataSource(dataSource).locations("classpath:db/migrations")
 *         .model(HibernateModel.packages("com.example.domain")
 *                 .physicalNamingStrategy("org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy"))
 *         .build();
 * }</pre>
 *
 * Immutable and thread-safe: every {@code with…} method returns a new instance.
 */
public final class HibernateModel implements ModelSource {

    /** Hibernate's setting of the physical naming strategy. */
    static final String PHYSICAL = "hibernate.physical_naming_strategy";
    /** Hibernate's setting of the implicit naming strategy. */
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";
    /** Raised when the cached script of the same inputs could differ (how the key or the script is made). */
    private static final int CACHE_FORMAT = 2;

    private final List<String> packages;
    private final List<String> classes;
    private final String persistenceUnit;
    private final Map<String, String> properties;
    private final Path cacheDirectory;
    private final ClassLoader classLoader;

    private HibernateModel(List<String> packages, List<String> classes, String persistenceUnit,
                           Map<String, String> properties, Path cacheDirectory, ClassLoader classLoader) {
        this.packages = List.copyOf(packages);
        this.classes = List.copyOf(classes);
        this.persistenceUnit = persistenceUnit;
        this.properties = Map.copyOf(properties);
        this.cacheDirectory = cacheDirectory;
        this.classLoader = classLoader;
    }

    /**
     * The mapped classes of packages and their subpackages: {@code @Entity}, {@code @Embeddable},
     * {@code @MappedSuperclass} and {@code @Converter} classes (as Spring Boot's entity scan finds them), and
     * package-level annotations.
     *
     * @param packages package names, e.g. {@code com.example.domain}
     * @return the model
     */
    public static HibernateModel packages(String... packages) {
        return packages(Arrays.asList(packages));
    }

    /**
     * The mapped classes of packages and their subpackages.
     *
     * @param packages package names
     * @return the model
     */
    public static HibernateModel packages(List<String> packages) {
        if (packages.isEmpty() || packages.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "model_entities " + packages + ": name at"
                    + " least one package, and no blank one, e.g. model_entities = [\"com.example.domain\"]");
        }
        return new HibernateModel(packages.stream().map(String::strip).toList(), List.of(), null, Map.of(), null, null);
    }

    /**
     * Exactly these mapped classes, loaded with the class loader of the first (unless {@link #withClassLoader}).
     *
     * @param classes entity, embeddable, mapped-superclass and converter classes
     * @return the model
     */
    public static HibernateModel classes(Class<?>... classes) {
        if (classes.length == 0) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "HibernateModel.classes(): give at least one"
                    + " entity class");
        }
        return new HibernateModel(List.of(), Arrays.stream(classes).map(Class::getName).toList(), null, Map.of(),
                null, classes[0].getClassLoader());
    }

    /**
     * The classes, mapping files and properties of a persistence unit of {@code META-INF/persistence.xml}.
     *
     * @param name the unit's name
     * @return the model
     */
    public static HibernateModel persistenceUnit(String name) {
        if (name == null || name.isBlank()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "persistence_unit is blank; name a unit of"
                    + " META-INF/persistence.xml");
        }
        return new HibernateModel(List.of(), List.of(), name.strip(), Map.of(), null, null);
    }

    /**
     * The physical naming strategy the application uses (Spring Boot's default:
     * {@code org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy}).
     *
     * @param className the strategy's class, on the model class path
     * @return a copy with the strategy
     */
    public HibernateModel physicalNamingStrategy(String className) {
        return withProperty(PHYSICAL, className);
    }

    /**
     * The implicit naming strategy the application uses (Spring Boot's default is its
     * {@code SpringImplicitNamingStrategy}).
     *
     * @param className the strategy's class, on the model class path
     * @return a copy with the strategy
     */
    public HibernateModel implicitNamingStrategy(String className) {
        return withProperty(IMPLICIT, className);
    }

    /**
     * A Hibernate setting the application uses, passed as it is (e.g.
     * {@code hibernate.type.preferred_uuid_jdbc_type = CHAR}).
     *
     * @param name  the setting
     * @param value its value
     * @return a copy with the setting
     */
    public HibernateModel withProperty(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(properties);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new HibernateModel(packages, classes, persistenceUnit, copy, cacheDirectory, classLoader);
    }

    /**
     * Hibernate settings the application uses, passed as they are.
     *
     * @param settings names to values
     * @return a copy with the settings added
     */
    public HibernateModel withProperties(Map<String, String> settings) {
        Map<String, String> copy = new LinkedHashMap<>(properties);
        copy.putAll(settings);
        return new HibernateModel(packages, classes, persistenceUnit, copy, cacheDirectory, classLoader);
    }

    /**
     * Where to cache Hibernate's create script (default: no cache). Deleting the directory is always safe.
     *
     * @param directory the cache directory; null: no cache
     * @return a copy with the cache
     */
    public HibernateModel withCache(Path directory) {
        return new HibernateModel(packages, classes, persistenceUnit, properties, directory, classLoader);
    }

    /**
     * The class loader of the entities and of Hibernate (default: the thread's context class loader).
     *
     * @param loader the class loader
     * @return a copy with the class loader
     */
    public HibernateModel withClassLoader(ClassLoader loader) {
        return new HibernateModel(packages, classes, persistenceUnit, properties, cacheDirectory,
                Objects.requireNonNull(loader, "loader"));
    }

    @Override
    public String describe() {
        if (persistenceUnit != null) {
            return "persistence unit " + persistenceUnit;
        }
        return packages.isEmpty() ? "entity classes " + classes : "entity classes in " + String.join(", ", packages);
    }

    @Override
    public Schema schema(ModelContext context) {
        ClassLoader loader = loader();
        requireHibernate(loader);
        Scanned scanned = scan(loader);
        Map<String, String> settings = new LinkedHashMap<>(scanned.unitProperties());
        settings.putAll(properties);
        settings.putAll(TargetDialects.settings(context, settings, loader));
        String key = new Fingerprint().add("format", CACHE_FORMAT).add("mapping", scanned.mapping())
                .add("classes", scanned.digest()).add("settings", new TreeMap<>(settings))
                .add("hibernate", loader.getResource("org/hibernate/boot/MetadataSources.class"))
                .add("validator", loader.getResource("org/hibernate/validator/HibernateValidator.class"))
                .add("dialects", loader.getResource(TargetDialects.SQLITE.replace('.', '/') + ".class"))
                .hex();
        ModelCache cache = new ModelCache(cacheDirectory);
        String loaded = new Fingerprint().add("script", key).add("target", context.cacheKey())
                .add("retort", retortVersion()).hex();
        Schema schema = cache.readSchema(loaded);
        if (schema != null) {
            return schema;
        }
        String script = cache.read(key);
        Path kept = cache.file(key);
        if (script == null) {
            script = HibernateScript.create(loader, scanned.mapping(), settings);
            kept = cache.write(key, script);
        }
        // @RenamedFrom (EntityRenames) travels in the script's trailer and goes on the schema as hints, never
        // into what Hibernate maps; the cached schema keeps them
        schema = context.loadSql(TargetDialects.runnable(context, script),
                kept != null ? kept.toString() : "Hibernate's create script (" + describe() + ")")
                .withRenames(RenameTrailer.read(script));
        cache.writeSchema(loaded, schema);
        return schema;
    }

    /** Which build of Retort reads the schema: its schema model and reflection decide what a cached one holds. */
    private static String retortVersion() {
        try {
            java.net.URLConnection classFile = Schema.class.getResource("Schema.class").openConnection();
            classFile.setUseCaches(false);
            return Schema.class.getProtectionDomain().getCodeSource().getLocation() + "@" + classFile.getLastModified();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown@" + System.nanoTime();
        }
    }

    /** The mapping, the digest of its class files, and a persistence unit's properties (below the model's own). */
    private record Scanned(Mapping mapping, byte[] digest, Map<String, String> unitProperties) {
    }

    private Scanned scan(ClassLoader loader) {
        if (persistenceUnit != null) {
            PersistenceUnits.Unit unit = PersistenceUnits.find(loader, persistenceUnit);
            EntityScan.Result result = unit.scanRoot() ? EntityScan.root(unit.root()) : EntityScan.classes(loader, unit.classes());
            requireEntities(result, "the persistence unit " + persistenceUnit + " (" + unit.file() + ")");
            return new Scanned(new Mapping(result.classes(), result.packages(), unit.mappingFiles(), describe()),
                    result.digest(), unit.properties());
        }
        EntityScan.Result result = packages.isEmpty() ? EntityScan.classes(loader, classes)
                : EntityScan.packages(loader, packages);
        requireEntities(result, packages.isEmpty() ? "the classes " + classes : "the packages " + packages);
        return new Scanned(new Mapping(result.classes(), result.packages(), List.of(), describe()), result.digest(),
                Map.of());
    }

    private static void requireEntities(EntityScan.Result result, String where) {
        if (result.classes().isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "no entity classes (@Entity, @Embeddable,"
                    + " @MappedSuperclass, @Converter) in " + where + " on the model class path; check model_entities"
                    + " and that model_classpath lists the compiled classes (e.g. target/classes)");
        }
    }

    private static void requireHibernate(ClassLoader loader) {
        if (loader.getResource("org/hibernate/boot/MetadataSources.class") == null) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "Hibernate ORM is not on the model class"
                    + " path, and the entity model needs the application's Hibernate; add hibernate-core and its"
                    + " dependencies to model_classpath (e.g. mvn dependency:copy-dependencies, then model_classpath ="
                    + " [\"target/classes\", \"target/dependency/*\"])");
        }
    }

    private ClassLoader loader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : HibernateModel.class.getClassLoader();
    }
}
