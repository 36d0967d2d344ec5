package dev.retort.spi;


/**
 * An empty, throw-away place of the same dialect (an in-memory database, or a temporary database on
 * the server) where a desired-state model is loaded so that the database itself normalises it.
 * {@link #close()} removes it. Not thread-safe.
 */
public interface ScratchSpace extends AutoCloseable {

    /** {@return a session whose current schema is the scratch space} */
    JdbcSession session();

    @Override
    void close();
}
