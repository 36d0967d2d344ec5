package dev.retort.spi;

import java.util.List;

/**
 * One database family: how to split its scripts, read its schema, lock it and describe Retort's
 * own tables in it. Implementations are immutable and thread-safe.
 */
public interface Dialect {

    /** Short lower-case name used in configuration and messages: sqlite, postgres, mysql, h2. */
    String name();

    /** True when this dialect handles connections made from the given JDBC URL. */
    boolean accepts(String jdbcUrl);

    /** The lexical rules of this database's SQL scripts. */
    SplitterOptions splitterOptions();

    /**
     * How this database's session follows a SQL model's statements while the model loads.
     *
     * @param schemas the project's schemas, default first, for a multi-schema model; empty otherwise
     */
    default ModelSession modelSession(List<String> schemas) {
        return ModelSession.PLAIN;
    }

    /** Reads live schemas of this database. */
    SchemaReader schemaReader();

    /** An empty scratch space of this dialect for loading a desired-state model; see {@link ScratchSpace}. */
    ScratchSpace scratch(ScratchRequest request);

    /** How this database's schemas compare: type synonyms, default spellings. */
    dev.retort.spi.ComparisonRules comparisonRules();

    /** Renders migration ops as this database's SQL. */
    dev.retort.spi.DdlRenderer ddlRenderer();

    /** How revisions are made atomic on this database, or their progress recorded where they cannot be. */
    TransactionStrategy transactions();

    /** Takes the migration lock, waiting up to the request's timeout. */
    MigrationLock lock(LockRequest request);

    /** Prepares a new connection: session settings Retort relies on, and the configured schema (null: default). */
    void prepare(JdbcSession session, String schema);

    /**
     * Statements that make a multi-schema project's schemas the session's search path, the first the
     * default one (where unqualified names go); none where the database has no such path (MySQL's
     * schemas are databases, SQLite has one), and then a project names one schema only.
     */
    default List<String> useSchemas(List<String> schemas) {
        return List.of();
    }

    /** The statement that creates a schema unless it exists; null where Retort does not create schemas. */
    default String createSchemaIfMissing(String schema) {
        return null;
    }

    /** The name of the schema (database on MySQL) the session works in; "main" on SQLite. */
    String currentSchema(JdbcSession session);

    /** True when a table of that name (case-insensitive) exists in the current schema. */
    boolean tableExists(JdbcSession session, String table);

    /**
     * JDBC driver properties Retort sets when it connects through a URL (never on a {@code DataSource}
     * handed in); parameters in the URL take precedence.
     */
    default java.util.Map<String, String> driverDefaults() {
        return java.util.Map.of();
    }

    /** The URL to connect with for a URL this dialect accepts: the URL itself, unless its driver needs it spelled otherwise. */
    default String driverUrl(String url) {
        return url;
    }

    /**
     * The URL commands that only read connect to, decided at each connection: the URL itself, except
     * where connecting would create the database (an SQLite file), which is then read as an empty one.
     */
    default String readingUrl(String url) {
        return url;
    }

    /**
     * Driver properties for connections Retort opens from a URL, with the network timeouts and the application name
     * of the settings (the URL's own parameters take precedence); by default {@link #driverDefaults()}.
     */
    default java.util.Map<String, String> driverProperties(dev.retort.spi.ConnectionSettings settings) {
        return driverDefaults();
    }

    /**
     * Statements that set up a session Retort runs: {@code ownConnection} when Retort opened it from a URL (server
     * timeouts that free a lost client's lock), false for an application's pooled connection, which must be left as
     * it was found except for what the database needs per session.
     */
    default List<String> sessionSettings(dev.retort.spi.ConnectionSettings settings, boolean ownConnection) {
        return List.of();
    }

    /** True when the database is reached over the network, where a revision's statements get their own read timeout. */
    default boolean overNetwork() {
        return false;
    }

    /**
     * True when the failure says that the table a statement names does not exist. Lets a reading command
     * query the version table straight away (one round trip where it exists, the usual case) instead of
     * first asking whether it does.
     */
    boolean isMissingTable(java.sql.SQLException failure);

    /** Statements that drop every table and view of the current schema, dependants first, except those named. */
    List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep);

    /**
     * Statements that drop every table and view of the managed schemas, the first being the default (current)
     * one, which keeps the tables named in {@code keep}. Where the database has no search path, several
     * schemas are refused before this is reached, so the default drops the current schema's only.
     */
    default List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        return dropAllTables(session, keep);
    }

    /**
     * What lies outside the managed schemas and would be dropped, or left broken, by the statements of
     * {@link #dropAllTables(JdbcSession, java.util.Set, List)}: views, foreign keys, functions, sequences… of
     * other schemas or databases that depend on what clean drops, one description each. Empty where the
     * database has nothing outside to reach (SQLite) or where this is not checked.
     */
    default List<String> dependentsOutside(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        return List.of();
    }

    /**
     * How many relation locks (tables, their indexes, TOAST tables, sequences) the work of one generated revision
     * may take in its one transaction: PostgreSQL keeps each until commit in a shared lock table of
     * {@code max_locks_per_transaction × (max_connections + max_prepared_transactions)} entries (6,400 on a default
     * server), and a revision that needs more fails with "out of shared memory". Autogenerate writes a larger
     * change as several revisions, one after the other. Unbounded by default.
     */
    default int revisionLockBudget() {
        return Integer.MAX_VALUE;
    }

    /** Tables besides the version and audit tables that this dialect's lock keeps (case as created). */
    default List<String> lockTables(String versionTable) {
        return List.of();
    }

    /** A column definition for an auto-generated 64-bit primary key. */
    String identityColumn(String column);

    /** The type of a column holding long text (error messages). */
    String textType();

    /** The type of a column holding a time stamp. */
    String timestampType();

    /** The JDBC driver class for this database, tried before {@code DriverManager}'s scan; null for none. */
    String driverClass();

    /** The SQL expression for the current time, as stored in Retort's tables. */
    default String now() {
        return "CURRENT_TIMESTAMP";
    }

    /** The value as an SQL string literal. */
    default String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
