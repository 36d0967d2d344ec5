package dev.retort.dialect.sqlite;

import dev.retort.RetortException;
import dev.retort.lock.LockRequest;
import dev.retort.lock.LockTimeoutException;
import dev.retort.lock.MigrationLock;
import dev.retort.sql.JdbcSession;

/**
 * SQLite's own write lock: {@code BEGIN IMMEDIATE} on the migration connection, waiting through
 * the busy timeout. Revisions then run as savepoints inside this transaction, and the runner commits it
 * before releasing. SQLite rolls the transaction back itself if the process dies.
 */
final class SqliteLock implements MigrationLock {

    private final JdbcSession session;

    private SqliteLock(JdbcSession session) {
        this.session = session;
    }

    static SqliteLock acquire(LockRequest request) {
        JdbcSession session = request.session();
        session.execute("PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, request.timeout().toMillis()));
        try {
            session.execute("BEGIN IMMEDIATE");
        } catch (RetortException e) {
            String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (message.contains("SQLITE_BUSY") || message.contains("locked")) {
                throw new LockTimeoutException(request.name(), request.timeout(), null);
            }
            throw e;
        }
        return new SqliteLock(session);
    }

    @Override
    public void close() {
        try {
            // Reached with the transaction still open only when the command failed before committing.
            session.execute("ROLLBACK");
        } catch (RuntimeException ignored) {
            // "no transaction is active": the runner committed already.
        }
    }
}
