package dev.retort.model;

import dev.retort.schema.Schema;

/**
 * What a {@link ModelSource} is told about the target database, and the one thing it may do with it:
 * load DDL into a scratch space of the target's kind and read back the schema. Not thread-safe; valid
 * for one {@link ModelSource#schema} call.
 */
public interface ModelContext {

    /**
     * {@return the target's kind: {@code postgres}, {@code mysql} (MySQL and MariaDB), {@code sqlite} or
     * {@code h2}}
     */
    String dialect();

    /**
     * {@return the target's product as its JDBC driver names it (e.g. {@code PostgreSQL}, {@code MariaDB},
     * {@code MySQL})}
     */
    String productName();

    /**
     * {@return the target's version as its JDBC driver gives it (e.g. {@code 15.4}, {@code 10.11.6-MariaDB})}
     */
    String productVersion();

    /** {@return the target's major version} */
    int majorVersion();

    /** {@return the target's minor version} */
    int minorVersion();

    /**
     * {@return everything besides the SQL that decides what {@link #loadSql} returns: the target's kind and
     * version, the scratch space's server and the reflection options (tables included and excluded, schemas)}
     * A source that caches what {@code loadSql} returned keys it with this too.
     */
    String cacheKey();

    /**
     * Runs DDL in a scratch space of the target's dialect and reflects it, as a SQL model is loaded.
     *
     * @param sql    statements in the target's dialect
     * @param origin where they come from, for error messages (e.g. {@code Hibernate's create script})
     * @return the schema the statements make
     */
    Schema loadSql(String sql, String origin);
}
