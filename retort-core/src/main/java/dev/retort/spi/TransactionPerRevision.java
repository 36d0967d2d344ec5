package dev.retort.spi;

import dev.retort.spi.JdbcSession;
import java.util.List;

/**
 * DDL is transactional: each revision and its version row commit together in a JDBC transaction; a
 * script marked {@code transactional false} runs statement by statement. Immutable and thread-safe.
 */
public final class TransactionPerRevision implements TransactionStrategy {

    /** The strategy; it holds no state, so one instance may serve every session. */
    public TransactionPerRevision() {
    }

    @Override
    public boolean atomic(boolean scriptTransactional) {
        return scriptTransactional;
    }

    @Override
    public void begin(JdbcSession session) {
        session.setAutoCommit(false);
    }

    @Override
    public void commit(JdbcSession session) {
        session.commit();
        session.setAutoCommit(true);
    }

    @Override
    public void rollback(JdbcSession session) {
        session.rollbackQuietly();
        try {
            session.setAutoCommit(true);
        } catch (RuntimeException ignored) {
            // A lost connection fails this too; the statement's own error is the one to report.
        }
    }

    @Override
    public void runTogether(JdbcSession session, List<String> sql) {
        begin(session);
        try {
            sql.forEach(session::execute);
            session.commit();
        } catch (RuntimeException e) {
            session.rollbackQuietly();
            throw e;
        } finally {
            session.setAutoCommit(true);
        }
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    @Override
    public boolean modelInTransactions() {
        return true;
    }

    @Override
    public String offlineBegin(boolean scriptTransactional) {
        return scriptTransactional ? "BEGIN" : null;
    }
}
