package dev.retort.config;

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
 * @param schema           the schema (PostgreSQL, H2) Retort works in, or null for the connection's default
 * @param locations        where revision scripts live: directories (relative to the project) or {@code classpath:} paths;
 *                         new scripts are written to the first directory
 * @param versionTable     the table recording applied revisions
 * @param auditTable       the append-only table recording every step
 * @param lockTimeout      how long a writing command waits for another one to finish
 * @param fileTemplate     the name of new revision files, from {@code {created}}, {@code {rev}} and {@code {slug}}
 * @param cleanEnabled     false refuses {@code clean} (for production databases)
 */
public record RetortConfig(
        Path projectDirectory,
        String url,
        String user,
        String password,
        String schema,
        List<String> locations,
        String versionTable,
        String auditTable,
        Duration lockTimeout,
        String fileTemplate,
        boolean cleanEnabled) {

    /** The default database: an embedded SQLite file in the project directory. */
    public static final String DEFAULT_URL = "jdbc:sqlite:retort.db";
    public static final String DEFAULT_VERSION_TABLE = "retort_version";
    public static final String DEFAULT_AUDIT_TABLE = "retort_audit";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    public static final String DEFAULT_FILE_TEMPLATE = "{created}_{rev}_{slug}";

    public RetortConfig {
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Objects.requireNonNull(url, "url");
        locations = List.copyOf(locations);
        Objects.requireNonNull(versionTable, "versionTable");
        Objects.requireNonNull(auditTable, "auditTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(fileTemplate, "fileTemplate");
    }

    /** Defaults for a project directory: SQLite {@code retort.db} and {@code migrations/}. */
    public static RetortConfig defaults(Path projectDirectory) {
        return new RetortConfig(projectDirectory, DEFAULT_URL, null, null, null, List.of("migrations"),
                DEFAULT_VERSION_TABLE, DEFAULT_AUDIT_TABLE, DEFAULT_LOCK_TIMEOUT, DEFAULT_FILE_TEMPLATE, true);
    }

    /** The URL with any password parameter masked, for messages. */
    public String displayUrl() {
        return maskPassword(url);
    }

    /** Masks {@code password=...} parameters in a JDBC URL. */
    public static String maskPassword(String jdbcUrl) {
        return dev.retort.internal.Redaction.maskPassword(jdbcUrl);
    }

    public RetortConfig withUrl(String newUrl, String newUser, String newPassword) {
        return new RetortConfig(projectDirectory, newUrl, newUser, newPassword, schema, locations, versionTable,
                auditTable, lockTimeout, fileTemplate, cleanEnabled);
    }

    public RetortConfig withLocations(List<String> newLocations) {
        return new RetortConfig(projectDirectory, url, user, password, schema, newLocations, versionTable,
                auditTable, lockTimeout, fileTemplate, cleanEnabled);
    }

    @Override
    public String toString() {
        return "RetortConfig[projectDirectory=" + projectDirectory + ", url=" + displayUrl() + ", user=" + user
                + ", password=" + (password == null ? "null" : "****") + ", schema=" + schema
                + ", locations=" + locations + ", versionTable=" + versionTable + ", auditTable=" + auditTable
                + ", lockTimeout=" + lockTimeout + ", fileTemplate=" + fileTemplate + ", cleanEnabled=" + cleanEnabled + "]";
    }
}
