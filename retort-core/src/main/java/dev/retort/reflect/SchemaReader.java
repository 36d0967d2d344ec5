package dev.retort.reflect;

import dev.retort.schema.Schema;
import dev.retort.sql.JdbcSession;

/**
 * Reads the live schema of one database into a {@link Schema} value. Implementations are
 * stateless and thread-safe; the session is used by the calling thread only.
 */
public interface SchemaReader {

    /** Reads the objects of the session's current schema (or database) that pass the filter. */
    Schema read(JdbcSession session, ReflectOptions options);
}
