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

    /** The project directory: where retort.toml is read and relative locations resolve. */
    public RetortBuilder projectDirectory(Path directory) {
        this.projectDirectory = Objects.requireNonNull(directory);
        return this;
    }

    /** A finished configuration; settings and the environment are then not consulted. */
    public RetortBuilder config(RetortConfig config) {
        this.config = Objects.requireNonNull(config);
        return this;
    }

    /** A setting by its key (see {@link ConfigLoader#KEYS}); overrides the environment and retort.toml. */
    public RetortBuilder set(String key, String value) {
        settings.put(key, value);
        return this;
    }

    public RetortBuilder url(String url) {
        return set("url", url);
    }

    public RetortBuilder user(String user) {
        return set("user", user);
    }

    public RetortBuilder password(String password) {
        return set("password", password);
    }

    /** Where scripts are: directories or {@code classpath:} paths. */
    public RetortBuilder locations(String... locations) {
        return set("locations", String.join(",", locations));
    }

    /** Connections from the application's data source instead of a URL. */
    public RetortBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource);
        return this;
    }

    public RetortBuilder classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader);
        return this;
    }

    public RetortBuilder listener(StepListener listener) {
        this.listener = Objects.requireNonNull(listener);
        return this;
    }

    /** False ignores RETORT_* environment variables (tests, embedded use with explicit settings). */
    public RetortBuilder readEnvironment(boolean readEnvironment) {
        this.readEnvironment = readEnvironment;
        return this;
    }

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
            connections = ConnectionSource.of(dialect.driverUrl(resolved.url()), resolved.user(), resolved.password(), dialect.driverClass(),
                    dialect.driverDefaults(), dialect::readingUrl);
        }
        return new Retort(resolved, dialect, connections, classes, listener, ConfigLoader.operator());
    }
}
