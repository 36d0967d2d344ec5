package dev.retort.spi;

import dev.retort.spi.JdbcSession;

/**
 * Each DDL statement commits by itself: a revision runs statement by statement, with its progress
 * recorded in the version table, and offline scripts have no transactions. Immutable and thread-safe.
 */
public final class StatementAutocommit implements TransactionStrategy {

    /** The strategy; it holds no state, so one instance may serve every session. */
    public StatementAutocommit() {
    }

    @Override
    public boolean atomic(boolean scriptTransactional) {
        return false;
    }

    @Override
    public void begin(JdbcSession session) {
        throw new UnsupportedOperationException("no atomic revisions where every DDL statement commits");
    }

    @Override
    public void commit(JdbcSession session) {
        throw new UnsupportedOperationException("no atomic revisions where every DDL statement commits");
    }

    @Override
    public void rollback(JdbcSession session) {
        throw new UnsupportedOperationException("no atomic revisions where every DDL statement commits");
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    public String offlineBegin(boolean scriptTransactional) {
        return null;
    }
}
