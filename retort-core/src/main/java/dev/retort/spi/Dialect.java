package dev.retort.spi;

import java.util.List;

/**
 * One database family: how to split its scripts, read its schema, lock it and describe Retort's
 * own tables in it. Implementations are immutable and thread-safe.
 */
public interface Dialect {

    /** {@return short lower-case name used in configuration and messages: sqlite, postgres, mysql, h2.} */
    String name();

    /**
     * {@return true when this dialect handles connections made from the given JDBC URL}
     *
     * @param jdbcUrl a JDBC URL
     */
    boolean accepts(String jdbcUrl);

    /** {@return the lexical rules of this database's SQL scripts} */
    SplitterOptions splitterOptions();

    /**
     * {@return how this database's session follows a SQL model's statements while the model loads}
     *
     * @param schemas the project's schemas, default first, for a multi-schema model; empty otherwise
     */
    default ModelSession modelSession(List<String> schemas) {
        return ModelSession.PLAIN;
    }

    /**
     * Reads live schemas of this database.
     *
     * @return the reader, stateless
     */
    SchemaReader schemaReader();

    /**
     * {@return an empty scratch space of this dialect for loading a desired-state model; see
     * {@link ScratchSpace}}
     *
     * @param request the server or development database to make it on
     */
    ScratchSpace scratch(ScratchRequest request);

    /** {@return how this database's schemas compare: type synonyms, default spellings} */
    dev.retort.spi.ComparisonRules comparisonRules();

    /**
     * Renders migration ops as this database's SQL.
     *
     * @return the renderer, stateless
     */
    dev.retort.spi.DdlRenderer ddlRenderer();

    /**
     * {@return how revisions are made atomic on this database, or their progress recorded where they cannot
     * be}
     */
    TransactionStrategy transactions();

    /**
     * Takes the migration lock, waiting up to the request's timeout.
     *
     * @param request the session, the lock's name, the timeout and whom to tell of a wait
     * @return the held lock; closing it lets go
     * @throws LockTimeoutException when the timeout passes first
     */
    MigrationLock lock(LockRequest request);

    /**
     * Prepares a new connection: session settings Retort relies on, and the configured schema (null:
     * default).
     *
     * @param session the new session
     * @param schema the schema to work in, or null for the connection's default
     */
    void prepare(JdbcSession session, String schema);

    /**
     * {@return statements that make a multi-schema project's schemas the session's search path, the first the
     * default one (where unqualified names go); none where the database has no such path (MySQL's schemas are
     * databases, SQLite has one), and then a project names one schema only}
     *
     * @param schemas the schemas, the default one first
     */
    default List<String> useSchemas(List<String> schemas) {
        return List.of();
    }

    /**
     * {@return the statement that creates a schema unless it exists; null where Retort does not create
     * schemas}
     *
     * @param schema the schema's name
     */
    default String createSchemaIfMissing(String schema) {
        return null;
    }

    /**
     * {@return the name of the schema (database on MySQL) the session works in; "main" on SQLite}
     *
     * @param session an open session
     */
    String currentSchema(JdbcSession session);

    /**
     * {@return true when a table of that name (case-insensitive) exists in the current schema}
     *
     * @param session an open session
     * @param table the table's name
     */
    boolean tableExists(JdbcSession session, String table);

    /**
     * {@return JDBC driver properties Retort sets when it connects through a URL (never on a
     * {@code DataSource} handed in); parameters in the URL take precedence}
     */
    default java.util.Map<String, String> driverDefaults() {
        return java.util.Map.of();
    }

    /**
     * {@return the URL to connect with for a URL this dialect accepts: the URL itself, unless its driver
     * needs it spelled otherwise}
     *
     * @param url a URL this dialect accepts
     */
    default String driverUrl(String url) {
        return url;
    }

    /**
     * {@return the URL commands that only read connect to, decided at each connection: the URL itself, except
     * where connecting would create the database (an SQLite file), which is then read as an empty one}
     *
     * @param url a URL this dialect accepts
     */
    default String readingUrl(String url) {
        return url;
    }

    /**
     * {@return driver properties for connections Retort opens from a URL, with the network timeouts and the
     * application name of the settings (the URL's own parameters take precedence); by default
     * {@link #driverDefaults()}}
     *
     * @param settings the timeouts and application name
     */
    default java.util.Map<String, String> driverProperties(dev.retort.spi.ConnectionSettings settings) {
        return driverDefaults();
    }

    /**
     * {@return statements that set up a session Retort runs: {@code ownConnection} when Retort opened it from
     * a URL (server timeouts that free a lost client's lock), false for an application's pooled connection,
     * which must be left as it was found except for what the database needs per session}
     *
     * @param settings the timeouts and application name
     * @param ownConnection true when Retort opened the connection from a URL
     */
    default List<String> sessionSettings(dev.retort.spi.ConnectionSettings settings, boolean ownConnection) {
        return List.of();
    }

    /**
     * {@return true when the database is reached over the network, where a revision's statements get their
     * own read timeout}
     */
    default boolean overNetwork() {
        return false;
    }

    /**
     * {@return true when the failure says that the table a statement names does not exist} Lets a reading
     * command query the version table straight away (one round trip where it exists, the usual case) instead
     * of first asking whether it does.
     *
     * @param failure what a statement threw
     */
    boolean isMissingTable(java.sql.SQLException failure);

    /**
     * {@return statements that drop every table and view of the current schema, dependants first, except
     * those named}
     *
     * @param session a session on the database
     * @param keep names of tables to keep (Retort's own)
     */
    List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep);

    /**
     * {@return statements that drop every table and view of the managed schemas, the first being the default
     * (current) one, which keeps the tables named in {@code keep}} Where the database has no search path,
     * several schemas are refused before this is reached, so the default drops the current schema's only.
     *
     * @param session a session on the database
     * @param keep names of tables to keep (Retort's own)
     * @param schemas the managed schemas, the default one first
     */
    default List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        return dropAllTables(session, keep);
    }

    /**
     * {@return what lies outside the managed schemas and would be dropped, or left broken, by the statements
     * of {@link #dropAllTables(JdbcSession, java.util.Set, List)}: views, foreign keys, functions, sequences…
     * of other schemas or databases that depend on what clean drops, one description each} Empty where the
     * database has nothing outside to reach (SQLite) or where this is not checked.
     *
     * @param session a session on the database
     * @param keep names of tables clean keeps
     * @param schemas the managed schemas, the default one first
     */
    default List<String> dependentsOutside(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        return List.of();
    }

    /**
     * {@return tables besides the version and audit tables that this dialect's lock keeps (case as created)}
     *
     * @param versionTable the configured version table's name
     */
    default List<String> lockTables(String versionTable) {
        return List.of();
    }

    /**
     * {@return a column definition for an auto-generated 64-bit primary key}
     *
     * @param column the column's name
     */
    String identityColumn(String column);

    /** {@return the type of a column holding long text (error messages)} */
    String textType();

    /** {@return the type of a column holding a time stamp} */
    String timestampType();

    /**
     * {@return the JDBC driver class for this database, tried before {@code DriverManager}'s scan; null for
     * none}
     */
    String driverClass();

    /** {@return the SQL expression for the current time, as stored in Retort's tables} */
    default String now() {
        return "CURRENT_TIMESTAMP";
    }

    /**
     * {@return the value as an SQL string literal}
     *
     * @param value the value, or null for {@code NULL}
     */
    default String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
