package dev.retort.lock;

import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.LockTimeoutException;
import dev.retort.spi.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The fallback lock for databases without named or advisory locks: a row lock
 * ({@code SELECT … FOR UPDATE}) on the single row of a small lock table, held in an open transaction
 * on a connection of its own. The database drops it when that connection closes or dies, so a
 * crashed process never leaves a stale lock behind (unlike an inserted "locked" flag).
 *
 * <p>Not thread-safe: one holder per instance.
 */
public final class RowLock implements MigrationLock {

    private final JdbcSession session;

    private RowLock(JdbcSession session) {
        this.session = session;
    }

    /**
     * Takes the lock.
     *
     * @param request          the lock's name (the lock table) and timeout
     * @param setTimeoutSql    the statement that sets this connection's lock wait, with {@code %d} for milliseconds
     * @param isTimeout        tells a lock-wait timeout apart from other errors by SQL state or vendor code
     */
    public static RowLock acquire(LockRequest request, String setTimeoutSql, java.util.function.Predicate<SQLException> isTimeout) {
        JdbcSession session = request.connections().get();
        String table = request.name();
        try {
            session.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT PRIMARY KEY)");
            if (session.queryOne("SELECT id FROM " + table + " WHERE id = 1", row -> row.getInt(1)) == null) {
                try {
                    session.execute("INSERT INTO " + table + " (id) VALUES (1)");
                } catch (dev.retort.RetortException raced) {
                    // Another process inserted the row first: the row is there, which is all we need.
                }
            }
            session.execute(String.format(java.util.Locale.ROOT, setTimeoutSql, request.timeout().toMillis()));
            session.setAutoCommit(false);
            try {
                session.query("SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE", row -> row.getInt(1));
            } catch (dev.retort.RetortException e) {
                if (e.getCause() instanceof SQLException sql && isTimeout.test(sql)) {
                    throw new LockTimeoutException(table, request.timeout(), null);
                }
                throw e;
            }
            return new RowLock(session);
        } catch (RuntimeException e) {
            closeQuietly(session);
            throw e;
        }
    }

    @Override
    public void close() {
        session.rollbackQuietly();
        closeQuietly(session);
    }

    private static void closeQuietly(JdbcSession session) {
        try {
            Connection connection = session.connection();
            connection.close();
        } catch (SQLException ignored) {
            // Closing the connection releases the row lock; nothing else to do.
        }
    }
}
