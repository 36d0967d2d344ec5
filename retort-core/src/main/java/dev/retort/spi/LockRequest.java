package dev.retort.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a dialect needs to take its lock. Immutable.
 *
 * @param session     the connection migrations run on (session-level locks are taken on it)
 * @param connections opens another connection, for locks that must live apart from the migration's transactions
 * @param name        the lock's name: the qualified version table, so two projects in one database do not block each other
 * @param timeout     how long to wait for another holder
 * @param holder      who this process is, for locks that can record their holder where waiting processes read it
 * @param waiting     told once, when the lock is taken and the wait begins: for whom and for how long at most
 */
public record LockRequest(JdbcSession session, Supplier<JdbcSession> connections, String name, Duration timeout,
                          String holder, Consumer<String> waiting) {
    /**
     * Checks the request; without a holder the process id stands in, without a waiting callback nothing is
     * told.
     *
     * @param session the connection migrations run on (session-level locks are taken on it)
     * @param connections opens another connection, for locks that must live apart from the migration's
     *     transactions
     * @param name the lock's name: the qualified version table, so two projects in one database do not block
     *     each other
     * @param timeout how long to wait for another holder
     * @param holder who this process is, for locks that can record their holder where waiting processes read
     *     it
     * @param waiting told once, when the lock is taken and the wait begins: for whom and for how long at most
     */
    public LockRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeout, "timeout");
        holder = holder == null ? "pid " + ProcessHandle.current().pid() : holder;
        waiting = waiting == null ? message -> { } : waiting;
    }

    /**
     * A request whose holder is named by its process id and whose wait is not reported.
     *
     * @param session the connection migrations run on (session-level locks are taken on it)
     * @param connections opens another connection, for locks that must live apart from the migration's
     *     transactions
     * @param name the lock's name: the qualified version table, so two projects in one database do not block
     *     each other
     * @param timeout how long to wait for another holder
     */
    public LockRequest(JdbcSession session, Supplier<JdbcSession> connections, String name, Duration timeout) {
        this(session, connections, name, timeout, null, null);
    }

    /**
     * {@return the one line that says this process waits: for which lock, held by whom, and until when}
     *
     * @param holderName who holds the lock, or null when the database cannot tell
     */
    public String waitMessage(String holderName) {
        return "waiting for the migration lock '" + name + "', held by " + (holderName == null
                ? "another process (the database does not say which)" : holderName) + "; waiting up to "
                + describe(timeout) + " (lock_timeout)";
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
