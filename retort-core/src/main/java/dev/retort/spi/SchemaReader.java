package dev.retort.spi;

import dev.retort.schema.Schema;

/**
 * Reads the live schema of one database into a {@link Schema} value. Implementations are
 * stateless and thread-safe; the session is used by the calling thread only.
 *
 * <p>Every implementation issues a fixed number of catalog queries, whatever the number of tables
 * (stated in its Javadoc), applies the table filter before reading anything about the tables, and
 * never returns Retort's own tables.
 */
public interface SchemaReader {

    /**
     * Reads the tables and other objects of the chosen schemas (the session's current schema, or
     * database, when the options name none) that pass the options' filter.
     *
     * @param session an open session on the database
     * @param options which schemas and tables to read
     * @return the schema; objects the reader does not understand are kept with a reason, never dropped
     * @throws dev.retort.RetortException of kind DATABASE when a catalog query fails
     */
    Schema read(JdbcSession session, ReflectOptions options);
}
