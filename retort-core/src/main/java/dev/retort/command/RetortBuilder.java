package dev.retort.command;

import dev.retort.config.ConfigLoader;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.runtime.StepListener;
import dev.retort.sql.ConnectionSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/** Builds a {@link Retort}. Not thread-safe; the built instance is. */
public final class RetortBuilder {
    private Path projectDirectory = Path.of("");
    private RetortConfig config;
    private final Map<String, String> settings = new java.util.LinkedHashMap<>();
    private DataSource dataSource;
    private ClassLoader classLoader;
    private StepListener listener = StepListener.NONE;
    private boolean readEnvironment = true;

    RetortBuilder() {
    }

    /**
     * The project directory: where retort.toml is read and relative locations resolve.
     *
     * @param directory the project's directory
     * @return this builder
     */
    public RetortBuilder projectDirectory(Path directory) {
        this.projectDirectory = Objects.requireNonNull(directory);
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
     * False ignores RETORT_* environment variables (tests, embedded use with explicit settings).
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
        ConfigLoader loader = readEnvironment ? ConfigLoader.fromSystem() : new ConfigLoader(Map.of());
        RetortConfig resolved = config != null ? config : loader.load(projectDirectory, settings);
        ClassLoader classes = classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
        Dialect dialect;
        ConnectionSource connections;
        if (dataSource != null) {
            connections = ConnectionSource.of(dataSource);
            dialect = settings.containsKey("url") || config != null ? Dialects.forUrl(resolved.url())
                    : Dialects.forUrl(DataSources.url(dataSource));
        } else {
            dialect = Dialects.forUrl(resolved.url());
            connections = ConnectionSource.of(resolved.url(), resolved.user(), resolved.password(), dialect.driverClass(),
                    dialect.driverDefaults());
        }
        return new Retort(resolved, dialect, connections, classes, listener, ConfigLoader.operator());
    }
}
