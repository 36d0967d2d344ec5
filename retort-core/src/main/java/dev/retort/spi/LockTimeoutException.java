package dev.retort.spi;

import dev.retort.RetortException;
import java.time.Duration;

/** Another process held the migration lock for longer than the timeout. Immutable. */
public final class LockTimeoutException extends RetortException {

    private static final long serialVersionUID = 1L;

    /**
     * The lock was not taken within the timeout.
     *
     * @param lockName the lock's name, as the database knows it
     * @param timeout how long the process waited
     * @param holder who holds the lock, or null when the database cannot tell
     */
    public LockTimeoutException(String lockName, Duration timeout, String holder) {
        super(Kind.LOCK, "could not take the migration lock '" + lockName + "' within " + timeout.toMillis() + " ms: "
                + (holder == null ? "another process holds it (this database cannot tell which)" : "held by " + holder)
                + "; wait for that migration to finish and run the command again, or raise lock_timeout"
                + " (a lock of a process that died is released by the database itself)");
    }
}
