package dev.retort.runtime;

import dev.retort.AppliedRevision;
import dev.retort.Direction;
import dev.retort.RetortException;
import dev.retort.StepResult;
import dev.retort.script.RevisionScript;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.TransactionStrategy;
import dev.retort.spi.SqlStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one revision in one direction and records it, the way the database allows: in a transaction,
 * in a savepoint of the lock's transaction, or statement by statement with progress recorded.
 * Not thread-safe: bound to one session.
 */
final class StepExecutor {

    final JdbcSession session;
    final VersionTable table;
    private final TransactionStrategy transactions;
    final String appliedBy;
    private final dev.retort.spi.ConnectionSettings network;

    /**
     * @param network the session's timeouts when a revision's statements need their own read timeout (a connection
     *                Retort opened over the network); null leaves the connection's as they are
     */
    StepExecutor(JdbcSession session, VersionTable table, TransactionStrategy transactions, String appliedBy,
                 dev.retort.spi.ConnectionSettings network) {
        this.network = network == null || network.statementSocketTimeout().equals(network.socketTimeout()) ? null : network;
        this.session = session;
        this.table = table;
        this.transactions = transactions;
        this.appliedBy = appliedBy;
    }

    /**
     * Runs the statements; on success the version table says so, on failure a {@link MigrationFailure} says what is
     * left.
     *
     * @param previous the revision's row before this step: an applied one (downgrade), a failed or interrupted
     *                 attempt (retry), or null
     */
    StepResult run(RevisionScript script, Direction direction, List<SqlStatement> statements, AppliedRevision previous) {
        long start = System.nanoTime();
        boolean previouslyFailed = direction == Direction.UP && previous != null;
        if (transactions.atomic(script.transactional())) {
            atomically(script, direction, statements, start, previouslyFailed);
            endRevision(script, direction);
        } else {
            new Stepwise(this, script, direction, statements, previous).run(start);
        }
        return new StepResult(script.id(), script.revision().message(), script.location(), direction, statements.size(),
                millisSince(start));
    }

    /**
     * Makes the revision durable where its commit did not (SQLite commits the lock's transaction after every revision,
     * so a revision reported done stays done after a crash, and begins it again for the next one).
     */
    private void endRevision(RevisionScript script, Direction direction) {
        try {
            transactions.endRevision(session);
        } catch (RetortException e) {
            throw new MigrationFailure(script.id(), script.location(), direction.verb() + " of revision " + script.id()
                    + " (" + script.location() + ") ran, but committing it failed: " + e.getMessage()
                    + "\n  Nothing of this revision was applied. Fix the cause and run 'retort " + direction.verb()
                    + "' again.", 0, e.getCause());
        }
        try {
            transactions.beginNextRevision(session);
        } catch (RetortException e) {
            throw new RetortException(RetortException.Kind.LOCK, "revision " + script.id() + " is " + direction.verb()
                    + "d and committed, but taking SQLite's write lock again for the next revision failed: "
                    + e.getMessage() + "\n  Run 'retort " + direction.verb() + "' again to continue.", e);
        }
    }

    private void atomically(RevisionScript script, Direction direction, List<SqlStatement> statements, long start,
                            boolean previouslyFailed) {
        transactions.begin(session);
        int number = 0;
        try {
            for (SqlStatement statement : statements) {
                number++;
                executeStatement(statement.sql());
            }
            number = 0;
            record(script, direction, millisSince(start), previouslyFailed).forEach(this::execute);
            transactions.commit(session);
        } catch (StatementError e) {
            transactions.rollback(session);
            String where = number == 0 ? "recording revision " + script.id() + " in " + table.name() + " failed: "
                    + e.getMessage() : MigrationFailure.describe(direction.verb(), script.id(), script.location(),
                    statements, number, e.getMessage());
            auditFailure(script.id(), direction, number, e.getMessage(), start);
            throw new MigrationFailure(script.id(), script.location(), where
                    + "\n  Nothing of this revision was applied: its transaction was rolled back."
                    + (e.lockTableFull() ? LOCK_TABLE_FULL + " Then run 'retort " + direction.verb() + "' again."
                    : "\n  Fix the script (" + script.location() + ") and run 'retort " + direction.verb()
                    + "' again."), number, e.getCause());
        }
    }

    /** The version-table and audit statements that record a successful step. */
    private List<String> record(RevisionScript script, Direction direction, long millis, boolean previouslyFailed) {
        List<String> sql = new ArrayList<>();
        if (direction == Direction.UP) {
            if (previouslyFailed) {
                sql.add(table.delete(script.id()));
            }
            sql.add(table.insert(script, AppliedRevision.State.APPLIED, millis, appliedBy, 0));
        } else {
            sql.add(table.delete(script.id()));
        }
        sql.add(table.audit(script.id(), direction.verb(), true, 0, null, millis, appliedBy));
        return sql;
    }

    /** Records the failure after the rollback: in auto-commit again, or inside the lock's transaction (SQLite). */
    private void auditFailure(String revision, Direction direction, int statement, String error, long start) {
        try {
            execute(table.audit(revision, direction.verb(), false, statement, error, millisSince(start), appliedBy));
        } catch (RuntimeException ignored) {
            // Best effort, as above.
        }
    }

    /**
     * Runs a revision's statement, with the statement socket timeout in place of the socket timeout: a migration
     * statement may rightly run long without a word, Retort's own queries may not.
     */
    void executeStatement(String sql) {
        if (network == null) {
            execute(sql);
            return;
        }
        networkTimeout(network.statementSocketTimeout());
        try {
            execute(sql);
        } finally {
            networkTimeout(network.socketTimeout());
        }
    }

    private void networkTimeout(java.time.Duration timeout) {
        try {
            session.connection().setNetworkTimeout(Runnable::run, dev.retort.spi.ConnectionSettings.millis(timeout));
        } catch (SQLException | RuntimeException ignored) {
            // A closed connection: the statement's own error says so.
        }
    }

    void execute(String sql) {
        try {
            session.execute(sql);
        } catch (RetortException e) {
            String error = e.getCause() instanceof SQLException sqlException
                    ? JdbcSession.describe(sqlException) : e.getMessage();
            throw new StatementError(error, e.getCause() == null ? e : e.getCause());
        }
    }

    static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A statement's database error, carried up to where the step decides what it means. */
    /** The advice when the revision's transaction needs more locks than the server's lock table holds. */
    static final String LOCK_TABLE_FULL = "\n  The script is not wrong: the server's lock table is full. PostgreSQL keeps a lock on every"
            + " table, index and sequence a transaction creates, alters or drops until it commits, in a table of"
            + " max_locks_per_transaction × (max_connections + max_prepared_transactions) entries shared by all sessions"
            + " (64 × 100 on a default server), and this revision's one transaction needs more. Split it into several"
            + " revisions (retort autogenerate writes changes this large as several by itself), or raise"
            + " max_locks_per_transaction in postgresql.conf and restart the server.";

    static final class StatementError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StatementError(String message, Throwable cause) {
            super(message, cause, false, false);
        }

        /** True when PostgreSQL's lock table ran out (SQL state 53200 with its max_locks_per_transaction hint). */
        boolean lockTableFull() {
            for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "53200".equals(sql.getSQLState())
                        && String.valueOf(sql.getMessage()).contains("max_locks_per_transaction")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * True when the connection itself failed (SQL state class 08, or the driver's own connection exceptions):
         * the statement may then have committed on the server although the client saw an error.
         */
        boolean connectionLost() {
            for (Throwable cause = getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLNonTransientConnectionException
                        || cause instanceof java.sql.SQLRecoverableException
                        || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                    return true;
                }
            }
            return false;
        }
    }
}
