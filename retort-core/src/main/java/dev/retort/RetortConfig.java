package dev.retort;

import dev.retort.internal.OwnTables;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything Retort needs to know to work on one project, after flags, environment, {@code retort.toml}
 * and defaults were merged and validated. Immutable and thread-safe; {@link #toString()} never shows
 * the password.
 *
 * @param projectDirectory where {@code retort.toml} lives; relative locations and SQLite files resolve against it
 * @param url              JDBC URL of the database
 * @param user             database user, or null
 * @param password         database password, or null
 * @param schema           the schema (PostgreSQL, H2) Retort works in, or null for the connection's default; with
 *                         {@code schemas}, their first
 * @param schemas          a multi-schema project's schemas (PostgreSQL), the default one first: reflection, diff,
 *                         autogenerate, check and clean cover them all, and sessions use them as their search path;
 *                         empty for a project of one schema
 * @param locations        where revision scripts live: directories (relative to the project) or {@code classpath:} paths;
 *                         new scripts are written to the first directory
 * @param versionTable     the table recording applied revisions
 * @param auditTable       the append-only table recording every step
 * @param lockTimeout      how long a writing command waits for another one to finish
 * @param fileTemplate     the name of new revision files, from {@code {created}}, {@code {rev}} and {@code {slug}}
 * @param cleanEnabled     false refuses {@code clean} (for production databases)
 * @param model            the desired-state model for autogenerate, drift checks and start-up
 * @param locationsConfigured true when {@code locations} was set (file, environment or explicitly) rather than
 *                         defaulted: a configured location that does not exist is an error, while a project's
 *                         default {@code migrations/} may simply not be there yet
 * @param network          connect, socket and statement timeouts of connections opened from the URL
 */
public record RetortConfig(
        Path projectDirectory,
        String url,
        String user,
        String password,
        String schema,
        List<String> schemas,
        List<String> locations,
        String versionTable,
        String auditTable,
        Duration lockTimeout,
        String fileTemplate,
        boolean cleanEnabled,
        ModelSettings model,
        boolean locationsConfigured,
        NetworkSettings network) {

    /** The longest {@code lock_timeout}: a day; longer waits are a mistake, and every database's own limit is above it. */
    public static final Duration MAX_LOCK_TIMEOUT = Duration.ofDays(1);

    /** The name of a project's settings file in its directory. */
    public static final String FILE_NAME = "retort.toml";
    /** The default database: an embedded SQLite file in the project directory. */
    public static final String DEFAULT_URL = "jdbc:sqlite:retort.db";
    /** The default name of the table recording applied revisions ({@code version_table}). */
    public static final String DEFAULT_VERSION_TABLE = OwnTables.VERSION_TABLE;
    /** The default name of the append-only table recording every step ({@code audit_table}). */
    public static final String DEFAULT_AUDIT_TABLE = OwnTables.AUDIT_TABLE;
    /** How long a writing command waits for the migration lock by default: 60 seconds. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    /** The default name of a new revision file: creation time, revision id and a slug of the message. */
    public static final String DEFAULT_FILE_TEMPLATE = "{created}_{rev}_{slug}";

    /**
     * Checks the settings and copies the lists; with {@code schemas} and no {@code schema}, the first of them
     * is the schema.
     *
     * @param projectDirectory where {@code retort.toml} lives; relative locations and SQLite files resolve
     *     against it
     * @param url JDBC URL of the database
     * @param user database user, or null
     * @param password database password, or null
     * @param schema the schema (PostgreSQL, H2) Retort works in, or null for the connection's default; with
     *     {@code schemas}, their first
     * @param schemas a multi-schema project's schemas (PostgreSQL), the default one first: reflection, diff,
     *     autogenerate, check and clean cover them all, and sessions use them as their search path; empty for
     *     a project of one schema
     * @param locations where revision scripts live: directories (relative to the project) or
     *     {@code classpath:} paths; new scripts are written to the first directory
     * @param versionTable the table recording applied revisions
     * @param auditTable the append-only table recording every step
     * @param lockTimeout how long a writing command waits for another one to finish
     * @param fileTemplate the name of new revision files, from {@code {created}}, {@code {rev}} and
     *     {@code {slug}}
     * @param cleanEnabled false refuses {@code clean} (for production databases)
     * @param model the desired-state model for autogenerate, drift checks and start-up
     * @param locationsConfigured true when {@code locations} was set (file, environment or explicitly) rather
     *     than defaulted: a configured location that does not exist is an error, while a project's default
     *     {@code migrations/} may simply not be there yet
     * @param network connect, socket and statement timeouts of connections opened from the URL
     * @throws NullPointerException when {@code projectDirectory} or {@code url} is null
     * @throws IllegalArgumentException when {@code schema} is not the first of {@code schemas}
     */
    public RetortConfig {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(url, "url");
        schemas = List.copyOf(schemas);
        if (!schemas.isEmpty() && schema == null) {
            schema = schemas.get(0);
        }
        if (!schemas.isEmpty() && !schemas.get(0).equals(schema)) {
            throw new IllegalArgumentException("schema " + schema + " must be the first of schemas " + schemas);
        }
        locations = List.copyOf(locations);
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(auditTable, "auditTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(fileTemplate, "fileTemplate");
        Objects.requireNonNull(model, "model");
        network = network == null ? NetworkSettings.DEFAULTS : network;
    }

    /**
     * A configuration with the default network timeouts.
     *
     * @param projectDirectory where {@code retort.toml} lives; relative locations and SQLite files resolve
     *     against it
     * @param url JDBC URL of the database
     * @param user database user, or null
     * @param password database password, or null
     * @param schema the schema (PostgreSQL, H2) Retort works in, or null for the connection's default; with
     *     {@code schemas}, their first
     * @param schemas a multi-schema project's schemas (PostgreSQL), the default one first: reflection, diff,
     *     autogenerate, check and clean cover them all, and sessions use them as their search path; empty for
     *     a project of one schema
     * @param locations where revision scripts live: directories (relative to the project) or
     *     {@code classpath:} paths; new scripts are written to the first directory
     * @param versionTable the table recording applied revisions
     * @param auditTable the append-only table recording every step
     * @param lockTimeout how long a writing command waits for another one to finish
     * @param fileTemplate the name of new revision files, from {@code {created}}, {@code {rev}} and
     *     {@code {slug}}
     * @param cleanEnabled false refuses {@code clean} (for production databases)
     * @param model the desired-state model for autogenerate, drift checks and start-up
     * @param locationsConfigured true when {@code locations} was set (file, environment or explicitly) rather
     *     than defaulted: a configured location that does not exist is an error, while a project's default
     *     {@code migrations/} may simply not be there yet
     */
    public RetortConfig(Path projectDirectory, String url, String user, String password, String schema, List<String> schemas,
                        List<String> locations, String versionTable, String auditTable, Duration lockTimeout,
                        String fileTemplate, boolean cleanEnabled, ModelSettings model, boolean locationsConfigured) {
        this(projectDirectory, url, user, password, schema, schemas, locations, versionTable, auditTable, lockTimeout,
                fileTemplate, cleanEnabled, model, locationsConfigured, NetworkSettings.DEFAULTS);
    }

    /**
     * A configuration whose locations count as configured, with the default network timeouts.
     *
     * @param projectDirectory where {@code retort.toml} lives; relative locations and SQLite files resolve
     *     against it
     * @param url JDBC URL of the database
     * @param user database user, or null
     * @param password database password, or null
     * @param schema the schema (PostgreSQL, H2) Retort works in, or null for the connection's default; with
     *     {@code schemas}, their first
     * @param schemas a multi-schema project's schemas (PostgreSQL), the default one first: reflection, diff,
     *     autogenerate, check and clean cover them all, and sessions use them as their search path; empty for
     *     a project of one schema
     * @param locations where revision scripts live: directories (relative to the project) or
     *     {@code classpath:} paths; new scripts are written to the first directory
     * @param versionTable the table recording applied revisions
     * @param auditTable the append-only table recording every step
     * @param lockTimeout how long a writing command waits for another one to finish
     * @param fileTemplate the name of new revision files, from {@code {created}}, {@code {rev}} and
     *     {@code {slug}}
     * @param cleanEnabled false refuses {@code clean} (for production databases)
     * @param model the desired-state model for autogenerate, drift checks and start-up
     */
    public RetortConfig(Path projectDirectory, String url, String user, String password, String schema,
                        List<String> schemas, List<String> locations, String versionTable, String auditTable,
                        Duration lockTimeout, String fileTemplate, boolean cleanEnabled, ModelSettings model) {
        this(projectDirectory, url, user, password, schema, schemas, locations, versionTable, auditTable, lockTimeout,
                fileTemplate, cleanEnabled, model, true);
    }

    /**
     * {@return defaults for a project directory: SQLite {@code retort.db} and {@code migrations/}}
     *
     * @param projectDirectory where {@code retort.toml} lives; relative locations and SQLite files resolve
     *     against it
     */
    public static RetortConfig defaults(Path projectDirectory) {
        return new RetortConfig(projectDirectory, DEFAULT_URL, null, null, null, List.of(), List.of("migrations"),
                DEFAULT_VERSION_TABLE, DEFAULT_AUDIT_TABLE, DEFAULT_LOCK_TIMEOUT, DEFAULT_FILE_TEMPLATE, true, ModelSettings.none(),
                false);
    }

    /**
     * {@return the schemas Retort reads and changes: {@code schemas}, else {@code schema} alone, else none
     * (the connection's)}
     */
    public List<String> managedSchemas() {
        return !schemas.isEmpty() ? schemas : schema == null ? List.of() : List.of(schema);
    }

    /** {@return the URL with any password parameter masked, for messages} */
    public String displayUrl() {
        return maskPassword(url);
    }

    /**
     * Masks {@code password=...} parameters in a JDBC URL.
     *
     * @param jdbcUrl a JDBC URL; may be null
     * @return the URL with its secrets masked, as {@link Redaction#maskPassword(String)}
     */
    public static String maskPassword(String jdbcUrl) {
        return dev.retort.Redaction.maskPassword(jdbcUrl);
    }

    /**
     * This configuration for another database, everything else kept.
     *
     * @param newUrl JDBC URL of the other database
     * @param newUser its user, or null
     * @param newPassword its password, or null
     * @return the changed configuration
     */
    public RetortConfig withUrl(String newUrl, String newUser, String newPassword) {
        return new RetortConfig(projectDirectory, newUrl, newUser, newPassword, schema, schemas, locations, versionTable,
                auditTable, lockTimeout, fileTemplate, cleanEnabled, model, locationsConfigured, network);
    }

    /**
     * This configuration reading revision scripts from other locations, which then count as configured.
     *
     * @param newLocations directories (relative to the project) or {@code classpath:} paths
     * @return the changed configuration
     */
    public RetortConfig withLocations(List<String> newLocations) {
        return new RetortConfig(projectDirectory, url, user, password, schema, schemas, newLocations, versionTable,
                auditTable, lockTimeout, fileTemplate, cleanEnabled, model, true, network);
    }

    @Override
    public String toString() {
        return "RetortConfig[projectDirectory=" + projectDirectory + ", url=" + displayUrl() + ", user=" + user
                + ", password=" + (password == null ? "null" : "****") + ", schema=" + schema + ", schemas=" + schemas
                + ", locations=" + locations + ", versionTable=" + versionTable + ", auditTable=" + auditTable
                + ", lockTimeout=" + lockTimeout + ", fileTemplate=" + fileTemplate + ", cleanEnabled=" + cleanEnabled
                + ", model=" + model.files() + (model.modelClass() == null ? "" : " " + model.modelClass())
                + ", devUrl=" + maskPassword(String.valueOf(model.devUrl())) + ", network=" + network + "]";
    }
}
