package dev.retort.dialect.sqlite;

import dev.retort.RetortException;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.TransactionStrategy;

/**
 * SQLite's transactions: the migration lock is itself an open write transaction ({@link #BEGIN_WRITE},
 * taken by {@link SqliteLock}); each revision is a savepoint inside it, and the transaction is committed
 * after every revision and begun again, so a revision reported done stays done after a crash, while the
 * lock file keeps other Retort processes out in between. The command's last transaction commits when the
 * command ends. Immutable and thread-safe.
 */
final class SqliteTransactions implements TransactionStrategy {

    /** Takes SQLite's write lock at once rather than at the first write, so that a busy database fails here. */
    static final String BEGIN_WRITE = "BEGIN IMMEDIATE";

    private static final String SAVEPOINT = "retort_step";

    @Override
    public boolean atomic(boolean scriptTransactional) {
        // a savepoint whatever the script says: the lock's transaction is open anyway
        return true;
    }

    @Override
    public void begin(JdbcSession session) {
        session.execute("SAVEPOINT " + SAVEPOINT);
    }

    @Override
    public void commit(JdbcSession session) {
        session.execute("RELEASE SAVEPOINT " + SAVEPOINT);
    }

    @Override
    public void rollback(JdbcSession session) {
        try {
            session.execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            session.execute("RELEASE SAVEPOINT " + SAVEPOINT);
        } catch (RetortException ignored) {
            // The outer transaction is rolled back by the lock if this fails.
        }
    }

    @Override
    public void endRevision(JdbcSession session) {
        session.execute("COMMIT");
    }

    @Override
    public void beginNextRevision(JdbcSession session) {
        session.execute(BEGIN_WRITE);
    }

    @Override
    public void finish(JdbcSession session) {
        session.execute("COMMIT");
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public String offlineBegin(boolean scriptTransactional) {
        return scriptTransactional ? "BEGIN" : null;
    }
}
