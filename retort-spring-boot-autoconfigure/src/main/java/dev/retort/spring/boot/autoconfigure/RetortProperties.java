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

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public List<String> getLocations() {
        return locations;
    }

    public void setLocations(List<String> locations) {
        this.locations = locations;
    }

    public List<String> getModel() {
        return model;
    }

    public void setModel(List<String> model) {
        this.model = model;
    }

    public List<String> getEntities() {
        return entities;
    }

    public void setEntities(List<String> entities) {
        this.entities = entities;
    }

    public DriftAction getDriftAction() {
        return driftAction;
    }

    public void setDriftAction(DriftAction driftAction) {
        this.driftAction = driftAction;
    }

    public boolean isAllowDestructive() {
        return allowDestructive;
    }

    public void setAllowDestructive(boolean allowDestructive) {
        this.allowDestructive = allowDestructive;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public List<String> getSchemas() {
        return schemas;
    }

    public void setSchemas(List<String> schemas) {
        this.schemas = schemas;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

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

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status;
        }
    }
}
