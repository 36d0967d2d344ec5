package dev.retort;

import dev.retort.config.ConfigLoader;
import dev.retort.spi.Dialect;
import dev.retort.spi.Dialects;
import dev.retort.sql.ConnectionSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Builds a {@link Retort}. Not thread-safe; the built instance is.
 *
 * <p>A builder reads nothing it was not pointed at: no {@code retort.toml} unless given a project directory
 * or a settings file, no {@code RETORT_*} variable unless {@link #readEnvironment(boolean) readEnvironment(true)},
 * and never anything from the working directory on its own. Without a project directory it needs the database
 * ({@link #dataSource} or {@link #url}) and the scripts' {@link #locations}; relative paths among these resolve
 * as Java resolves them.
 */
public final class RetortBuilder {
    private Path projectDirectory;
    private Path configFile;
    private RetortConfig config;
    private final Map<String, String> settings = new java.util.LinkedHashMap<>();
    private DataSource dataSource;
    private ClassLoader classLoader;
    private StepListener listener = StepListener.NONE;
    private boolean readEnvironment;
    private String applicationName = "retort";
    private dev.retort.model.ModelSource modelSource;
    private List<Path> modelLibraries = List.of();

    RetortBuilder() {
    }

    /**
     * A project directory, as the command line has one: its {@code retort.toml} is read when there is one,
     * relative locations and SQLite files resolve against it, and locations default to {@code migrations}.
     *
     * @param directory the project's directory
     * @return this builder
     */
    public RetortBuilder projectDirectory(Path directory) {
        this.projectDirectory = Objects.requireNonNull(directory);
        return this;
    }

    /**
     * A settings file in {@code retort.toml} form, which must exist; relative paths resolve against its
     * directory unless a project directory is given too.
     *
     * @param file the settings file
     * @return this builder
     */
    public RetortBuilder configFile(Path file) {
        this.configFile = Objects.requireNonNull(file);
        return this;
    }

    /**
     * A finished configuration; settings and the environment are then not consulted.
     *
     * @param config the configuration to use as it is
     * @return this builder
     */
    public RetortBuilder config(RetortConfig config) {
        this.config = Objects.requireNonNull(config);
        return this;
    }

    /**
     * A setting by its key (see {@link ConfigLoader#KEYS}); overrides the environment and retort.toml.
     *
     * @param key   a retort.toml key
     * @param value its value, as it would be written there
     * @return this builder
     */
    public RetortBuilder set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /**
     * The JDBC URL of the database (the {@code url} setting).
     *
     * @param url a JDBC URL
     * @return this builder
     */
    public RetortBuilder url(String url) {
        return set("url", url);
    }

    /**
     * The database user (the {@code user} setting).
     *
     * @param user the user name
     * @return this builder
     */
    public RetortBuilder user(String user) {
        return set("user", user);
    }

    /**
     * The database password (the {@code password} setting).
     *
     * @param password the password
     * @return this builder
     */
    public RetortBuilder password(String password) {
        return set("password", password);
    }

    /**
     * Where scripts are: directories or {@code classpath:} paths.
     *
     * @param locations the locations, searched in order
     * @return this builder
     */
    public RetortBuilder locations(String... locations) {
        return set("locations", String.join(",", locations));
    }

    /**
     * Connections from the application's data source instead of a URL.
     *
     * @param dataSource the application's data source; the dialect is found from its connections
     * @return this builder
     */
    public RetortBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
        return this;
    }

    /**
     * The class loader for {@code classpath:} locations and a Java model (default: the thread's context class loader).
     *
     * @param classLoader the class loader
     * @return this builder
     */
    public RetortBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader);
        return this;
    }

    /**
     * The desired-state model as a {@link dev.retort.model.ModelSource}, e.g. entity classes
     * ({@code HibernateModel.packages("com.example.domain")} of {@code retort-hibernate}); instead of the
     * {@code model}, {@code model_class} and {@code model_entities} settings.
     *
     * @param source the model
     * @return this builder
     */
    public RetortBuilder model(dev.retort.model.ModelSource source) {
        this.modelSource = Objects.requireNonNull(source);
        return this;
    }

    /**
     * Jars put ahead of {@code model_classpath} in the one class loader an entity model is loaded with (the
     * command line's {@code lib/model/}, which holds {@code retort-hibernate}), so that they see the ORM and the
     * entities the project names.
     *
     * @param jars jar files
     * @return this builder
     */
    public RetortBuilder modelLibraries(List<Path> jars) {
        this.modelLibraries = List.copyOf(jars);
        return this;
    }

    /**
     * Told about each revision as it starts and ends (the command line prints progress with it).
     *
     * @param listener the listener
     * @return this builder
     */
    public RetortBuilder listener(StepListener listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    /**
     * How Retort names itself to the database on connections it opens from a URL (PostgreSQL's
     * {@code application_name}, MariaDB's {@code program_name}) and to processes waiting for its lock;
     * the command line passes {@code retort <command>}. Default {@code retort}.
     *
     * @param name the name shown
     * @return this builder
     */
    public RetortBuilder applicationName(String name) {
        this.applicationName = Objects.requireNonNull(name);
        return this;
    }

    /**
     * True reads {@code RETORT_*} environment variables (below explicit settings, above the file); off by default.
     *
     * @param readEnvironment whether RETORT_* variables take part
     * @return this builder
     */
    public RetortBuilder readEnvironment(boolean readEnvironment) {
        this.readEnvironment = readEnvironment;
        return this;
    }

    /**
     * Reads and validates the settings (the environment and retort.toml unless told otherwise) and makes
     * the {@code Retort}.
     *
     * @return a new, immutable instance
     */
    public Retort build() {
        RetortConfig resolved = config != null ? config : load();
        ClassLoader classes = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        Dialect dialect;
        ConnectionSource connections;
        dev.retort.NetworkSettings network = resolved.network();
        dev.retort.spi.ConnectionSettings session = new dev.retort.spi.ConnectionSettings(network.connectTimeout(),
                network.socketTimeout(), network.statementSocketTimeout(), resolved.lockTimeout(), applicationName);
        if (dataSource != null) {
            connections = ConnectionSource.of(dataSource);
            dialect = settings.containsKey("url") || config != null ? Dialects.forUrl(resolved.url())
                    : Dialects.forUrl(DataSources.url(dataSource));
        } else {
            dialect = Dialects.forUrl(resolved.url());
            connections = ConnectionSource.of(dialect.driverUrl(resolved.url()), resolved.user(), resolved.password(), dialect.driverClass(),
                    dialect.driverProperties(session), dialect::readingUrl);
        }
        return new Retort(resolved, dialect, connections, classes, listener, ConfigLoader.operator(), session,
                modelSource, modelLibraries);
    }

    private RetortConfig load() {
        ConfigLoader loader = readEnvironment ? ConfigLoader.fromSystem() : new ConfigLoader(Map.of());
        if (configFile != null) {
            return loader.loadFile(configFile, projectDirectory, settings);
        }
        if (projectDirectory != null) {
            return loader.load(projectDirectory, settings);
        }
        RetortConfig library = loader.loadWithoutFile(settings);
        if (dataSource == null && settings.get("url") == null && !loader.environmentSets("url")) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "no database: give the builder a"
                    + " .dataSource(…) or a .url(…), or a .projectDirectory(dir) whose retort.toml names one");
        }
        return library;
    }
}
