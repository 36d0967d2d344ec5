package dev.retort.spring.boot.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code retort.*} settings of a Spring Boot application. Mutable, as Spring's binder needs it; read once,
 * when the {@code Retort} bean is built.
 */
@ConfigurationProperties(prefix = "retort")
public class RetortProperties {

    /** What start-up does. */
    public enum Mode {
        /** Apply the shipped revisions; report drift from the model, never generate. */
        PRODUCTION,
        /** Also generate and apply a revision for model changes. */
        DEVELOPMENT,
        /** Touch nothing at start-up (the endpoint and health still report). */
        DISABLED
    }

    /** What production start-up does when the database differs from the model. */
    public enum DriftAction {
        /** Log the differences and start. */
        WARN,
        /** Refuse to start, naming the differences. */
        FAIL
    }

    /** Whether Retort is auto-configured at all. */
    private boolean enabled = true;

    /** What start-up does: production (apply shipped revisions), development (also generate them) or disabled. */
    private Mode mode = Mode.PRODUCTION;

    /** Where the revision scripts are: classpath: locations or directories (a directory first, for development). */
    private List<String> locations = new ArrayList<>(List.of("classpath:db/retort"));

    /** SQL files of the desired schema (the model), compared with the database for drift and autogenerate. */
    private List<String> model = new ArrayList<>();

    /** Packages of JPA entities that make the model; default: the application's entity scan packages. */
    private List<String> entities = new ArrayList<>();

    /** In production: warn or fail when the database differs from the model after upgrading. */
    private DriftAction driftAction = DriftAction.WARN;

    /** In development: allow generated steps that may lose data (drop table or column, narrowing a type). */
    private boolean allowDestructive = false;

    /** How long to wait for the migration lock another instance holds. */
    private Duration lockTimeout;

    /** Schemas Retort manages (PostgreSQL), the default schema first, where its own tables live. */
    private List<String> schemas = new ArrayList<>();

    /** JDBC URL of a database to migrate instead of the application's DataSource (e.g. a more privileged user). */
    private String url;

    /** User for the migration connection; default: spring.datasource.username when url is set. */
    private String user;

    /** Password for the migration connection; default: spring.datasource.password when url is set. */
    private String password;

    private final Health health = new Health();

    /**
     * {@return whether Retort is auto-configured at all} ({@code retort.enabled})
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets {@code retort.enabled}; see {@link #isEnabled()}.
     *
     * @param enabled the value, as Spring binds it
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * {@return what start-up does: production (apply shipped revisions), development (also generate them) or
     * disabled} ({@code retort.mode})
     */
    public Mode getMode() {
        return mode;
    }

    /**
     * Sets {@code retort.mode}; see {@link #getMode()}.
     *
     * @param mode the value, as Spring binds it
     */
    public void setMode(Mode mode) {
        this.mode = mode;
    }

    /**
     * {@return where the revision scripts are: classpath: locations or directories (a directory first, for
     * development)} ({@code retort.locations})
     */
    public List<String> getLocations() {
        return locations;
    }

    /**
     * Sets {@code retort.locations}; see {@link #getLocations()}.
     *
     * @param locations the value, as Spring binds it
     */
    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    /**
     * {@return sQL files of the desired schema (the model), compared with the database for drift and
     * autogenerate} ({@code retort.model})
     */
    public List<String> getModel() {
        return model;
    }

    /**
     * Sets {@code retort.model}; see {@link #getModel()}.
     *
     * @param model the value, as Spring binds it
     */
    public void setModel(List<String> model) {
        this.model = model;
    }

    /**
     * {@return packages of JPA entities that make the model; default: the application's entity scan packages}
     * ({@code retort.entities})
     */
    public List<String> getEntities() {
        return entities;
    }

    /**
     * Sets {@code retort.entities}; see {@link #getEntities()}.
     *
     * @param entities the value, as Spring binds it
     */
    public void setEntities(List<String> entities) {
        this.entities = entities;
    }

    /**
     * {@return in production: warn or fail when the database differs from the model after upgrading} ({@code
     * retort.drift-action})
     */
    public DriftAction getDriftAction() {
        return driftAction;
    }

    /**
     * Sets {@code retort.drift-action}; see {@link #getDriftAction()}.
     *
     * @param driftAction the value, as Spring binds it
     */
    public void setDriftAction(DriftAction driftAction) {
        this.driftAction = driftAction;
    }

    /**
     * {@return in development: allow generated steps that may lose data (drop table or column, narrowing a
     * type)} ({@code retort.allow-destructive})
     */
    public boolean isAllowDestructive() {
        return allowDestructive;
    }

    /**
     * Sets {@code retort.allow-destructive}; see {@link #isAllowDestructive()}.
     *
     * @param allowDestructive the value, as Spring binds it
     */
    public void setAllowDestructive(boolean allowDestructive) {
        this.allowDestructive = allowDestructive;
    }

    /**
     * {@return how long to wait for the migration lock another instance holds} ({@code retort.lock-timeout})
     */
    public Duration getLockTimeout() {
        return lockTimeout;
    }

    /**
     * Sets {@code retort.lock-timeout}; see {@link #getLockTimeout()}.
     *
     * @param lockTimeout the value, as Spring binds it
     */
    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    /**
     * {@return schemas Retort manages (PostgreSQL), the default schema first, where its own tables live}
     * ({@code retort.schemas})
     */
    public List<String> getSchemas() {
        return schemas;
    }

    /**
     * Sets {@code retort.schemas}; see {@link #getSchemas()}.
     *
     * @param schemas the value, as Spring binds it
     */
    public void setSchemas(List<String> schemas) {
        this.schemas = schemas;
    }

    /**
     * {@return jDBC URL of a database to migrate instead of the application's DataSource (e.g. a more
     * privileged user)} ({@code retort.url})
     */
    public String getUrl() {
        return url;
    }

    /**
     * Sets {@code retort.url}; see {@link #getUrl()}.
     *
     * @param url the value, as Spring binds it
     */
    public void setUrl(String url) {
        this.url = url;
    }

    /**
     * {@return user for the migration connection; default: spring.datasource.username when url is set}
     * ({@code retort.user})
     */
    public String getUser() {
        return user;
    }

    /**
     * Sets {@code retort.user}; see {@link #getUser()}.
     *
     * @param user the value, as Spring binds it
     */
    public void setUser(String user) {
        this.user = user;
    }

    /**
     * {@return password for the migration connection; default: spring.datasource.password when url is set}
     * ({@code retort.password})
     */
    public String getPassword() {
        return password;
    }

    /**
     * Sets {@code retort.password}; see {@link #getPassword()}.
     *
     * @param password the value, as Spring binds it
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /** {@return the {@code retort.health.*} settings} */
    public Health getHealth() {
        return health;
    }

    /** The {@code retort.health.*} settings. */
    public static class Health {

        /**
         * Health status reported when revisions are pending, an applied script changed or failed, or the
         * database drifted from the model (UP, DOWN, OUT_OF_SERVICE, UNKNOWN or a status of your own).
         */
        private String status = "OUT_OF_SERVICE";

        /**
         * {@return health status reported when revisions are pending, an applied script changed or failed, or
         * the database drifted from the model (UP, DOWN, OUT_OF_SERVICE, UNKNOWN or a status of your own)}
         * ({@code retort.health.status})
         */
        public String getStatus() {
            return status;
        }

        /**
         * Sets {@code retort.health.status}; see {@link #getStatus()}.
         *
         * @param status the value, as Spring binds it
         */
        public void setStatus(String status) {
            this.status = status;
        }
    }
}
