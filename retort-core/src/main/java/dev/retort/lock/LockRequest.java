package dev.retort.lock;

import dev.retort.sql.JdbcSession;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a dialect needs to take its lock. Immutable.
 *
 * @param session     the connection migrations run on (session-level locks are taken on it)
 * @param connections opens another connection, for locks that must live apart from the migration's transactions
 * @param name        the lock's name: the qualified version table, so two projects in one database do not block each other
 * @param timeout     how long to wait for another holder
 */
public record LockRequest(JdbcSession session, Supplier<JdbcSession> connections, String name, Duration timeout) {
    public LockRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(timeout, "timeout");
    }
}
