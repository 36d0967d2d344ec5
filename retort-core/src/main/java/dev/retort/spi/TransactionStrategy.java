package dev.retort.spi;

import dev.retort.spi.JdbcSession;
import java.util.List;

/**
 * How a database makes each revision atomic, or records progress where it cannot; the dialect
 * supplies it ({@link Dialect#transactions}) and the runner, the offline script writer, the model
 * loader and start-up's compensation ask it, so that none of them needs to know which database it is.
 * The implementations: {@link TransactionPerRevision} (PostgreSQL), {@link StatementAutocommit}
 * (MySQL/MariaDB, H2) and SQLite's, where the migration lock is itself the open write transaction.
 * Implementations are immutable and thread-safe; the session is the caller's.
 */
public interface TransactionStrategy {

    /**
     * {@return whether a revision runs atomically: its statements and its version row between {@link #begin}
     * and {@link #commit}} False: each statement commits by itself, and progress is recorded per statement.
     *
     * @param scriptTransactional false for a script marked {@code transactional false}
     */
    boolean atomic(boolean scriptTransactional);

    /**
     * Opens an atomic revision.
     *
     * @param session the session the revision runs on
     */
    void begin(JdbcSession session);

    /**
     * Commits an atomic revision with its version row.
     *
     * @param session the session the revision runs on
     */
    void commit(JdbcSession session);

    /**
     * Undoes an atomic revision after a failure; quiet, because the failure is what to report.
     *
     * @param session the session the revision runs on
     */
    void rollback(JdbcSession session);

    /**
     * After a revision committed: makes it durable where {@link #commit} did not (a savepoint inside the
     * lock's transaction). Nothing by default.
     *
     * @param session the session the revision runs on
     */
    default void endRevision(JdbcSession session) {
    }

    /**
     * After {@link #endRevision}: readies the session for the next revision. Nothing by default.
     *
     * @param session the session the revision runs on
     */
    default void beginNextRevision(JdbcSession session) {
    }

    /**
     * At the end of a command under the lock, before the lock is let go. Nothing by default.
     *
     * @param session the session the command ran on
     */
    default void finish(JdbcSession session) {
    }

    /**
     * Runs bookkeeping statements together: in one transaction where the database allows.
     *
     * @param session the session the command runs on
     * @param sql the statements, in order
     */
    default void runTogether(JdbcSession session, List<String> sql) {
        sql.forEach(session::execute);
    }

    /**
     * {@return whether DDL is transactional, so that a failed revision leaves nothing behind; where it is
     * not, the statements that committed before a failure stay, and start-up undoes them by hand}
     */
    boolean transactionalDdl();

    /**
     * {@return whether a SQL model's statements load in transactions of a few hundred (a commit per statement
     * costs a WAL flush) rather than one by one in auto-commit}
     */
    default boolean modelInTransactions() {
        return false;
    }

    /**
     * {@return the statement that opens a revision in an offline script, or null when the revision runs
     * without a transaction there; {@link #offlineCommit} closes it}
     *
     * @param scriptTransactional false for a script marked {@code transactional false}
     */
    String offlineBegin(boolean scriptTransactional);

    /** {@return the statement that closes a revision {@link #offlineBegin} opened} */
    default String offlineCommit() {
        return "COMMIT";
    }
}
