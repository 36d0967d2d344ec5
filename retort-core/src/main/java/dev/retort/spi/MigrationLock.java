package dev.retort.spi;

/**
 * A held migration lock: while one is held, no other Retort process writes to the same version table.
 * {@link #close()} releases it and never throws; the database releases it too when the holding
 * connection dies. Not thread-safe: held and released by one thread.
 */
public interface MigrationLock extends AutoCloseable {

    /** A lock that locks nothing, for commands that only read. */
    MigrationLock NONE = () -> { };

    @Override
    void close();
}
