package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.dialect.TransactionStyle;
import dev.retort.script.RevisionScript;
import dev.retort.sql.JdbcSession;
import dev.retort.sql.SqlStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one revision in one direction and records it, the way the database allows: in a transaction,
 * in a savepoint of the lock's transaction, or statement by statement with progress recorded.
 * Not thread-safe: bound to one session.
 */
final class StepExecutor {

    private final JdbcSession session;
    private final VersionTable table;
    private final TransactionStyle style;
    private final String appliedBy;

    StepExecutor(JdbcSession session, VersionTable table, TransactionStyle style, String appliedBy) {
        this.session = session;
        this.table = table;
        this.style = style;
        this.appliedBy = appliedBy;
    }

    /** Runs the statements; on success the version table says so, on failure a {@link MigrationFailure} says what is left. */
    StepResult run(RevisionScript script, Direction direction, List<SqlStatement> statements, boolean previouslyFailed) {
        long start = System.nanoTime();
        TransactionStyle effective = style == TransactionStyle.TRANSACTION_PER_REVISION && !script.transactional()
                ? TransactionStyle.STATEMENT_AUTOCOMMIT : style;
        switch (effective) {
            case TRANSACTION_PER_REVISION -> atomically(script, direction, statements, start, false, previouslyFailed);
            case SAVEPOINT_PER_REVISION -> atomically(script, direction, statements, start, true, previouslyFailed);
            case STATEMENT_AUTOCOMMIT -> stepwise(script, direction, statements, start, previouslyFailed);
        }
        return new StepResult(script.id(), script.revision().message(), script.location(), direction, statements.size(),
                millisSince(start));
    }

    private void atomically(RevisionScript script, Direction direction, List<SqlStatement> statements, long start,
                            boolean savepoint, boolean previouslyFailed) {
        begin(savepoint);
        int number = 0;
        try {
            for (SqlStatement statement : statements) {
                number++;
                execute(statement.sql());
            }
            number = 0;
            record(script, direction, millisSince(start), previouslyFailed).forEach(this::execute);
            commit(savepoint);
        } catch (StatementError e) {
            rollback(savepoint);
            String where = number == 0 ? "recording revision " + script.id() + " in " + table.name() + " failed: "
                    + e.getMessage() : MigrationFailure.describe(direction.verb(), script.id(), script.location(),
                    statements, number, e.getMessage());
            auditFailure(script.id(), direction, number, e.getMessage(), start, savepoint);
            throw new MigrationFailure(script.id(), script.location(), where
                    + "\n  Nothing of this revision was applied: its transaction was rolled back."
                    + "\n  Fix the script (" + script.location() + ") and run 'retort " + direction.verb()
                    + "' again.", number, e.getCause());
        }
    }

    private void stepwise(RevisionScript script, Direction direction, List<SqlStatement> statements, long start,
                          boolean previouslyFailed) {
        session.setAutoCommit(true);
        for (int i = 0; i < statements.size(); i++) {
            try {
                execute(statements.get(i).sql());
            } catch (StatementError e) {
                recordFailure(script, direction, i + 1, e.getMessage(), start, previouslyFailed);
                throw new MigrationFailure(script.id(), script.location(),
                        MigrationFailure.describe(direction.verb(), script.id(), script.location(), statements, i + 1,
                                e.getMessage()) + committed(script, direction, statements, i), i + 1, e.getCause());
            }
        }
        try {
            record(script, direction, millisSince(start), previouslyFailed).forEach(this::execute);
        } catch (StatementError e) {
            throw new MigrationFailure(script.id(), script.location(), "revision " + script.id() + " ran, but recording it in "
                    + table.name() + " failed: " + e.getMessage() + "\n  Record it with 'retort stamp " + script.id()
                    + "' once the database is reachable.", 0, e.getCause());
        }
    }

    private static String committed(RevisionScript script, Direction direction, List<SqlStatement> statements, int failedIndex) {
        if (failedIndex == 0) {
            return "\n  No statement of this revision had committed; nothing to undo."
                    + "\n  Fix the script (" + script.location() + ") and run 'retort " + direction.verb() + "' again.";
        }
        StringBuilder out = new StringBuilder("\n  These statements had already committed (this database cannot roll back DDL):");
        for (int i = 0; i < failedIndex; i++) {
            SqlStatement statement = statements.get(i);
            out.append("\n    ").append(i + 1).append(" (line ").append(statement.line()).append("): ")
                    .append(MigrationFailure.oneLine(statement.sql()));
        }
        out.append("\n  Undo them by hand, fix the script (").append(script.location()).append("), then run 'retort ")
                .append(direction.verb()).append("' again: it retries revision ").append(script.id())
                .append(" from its first statement.");
        return out.toString();
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

    private void recordFailure(RevisionScript script, Direction direction, int statement, String error, long start,
                               boolean previouslyFailed) {
        try {
            if (direction == Direction.UP) {
                if (previouslyFailed) {
                    execute(table.delete(script.id()));
                }
                execute(table.insert(script, AppliedRevision.State.FAILED, millisSince(start), appliedBy, statement));
            }
            execute(table.audit(script.id(), direction.verb(), false, statement, error, millisSince(start), appliedBy));
        } catch (StatementError ignored) {
            // The failure itself is what the user must see; the record is best effort.
        }
    }

    private void auditFailure(String revision, Direction direction, int statement, String error, long start, boolean savepoint) {
        try {
            if (!savepoint) {
                session.setAutoCommit(true);
            }
            execute(table.audit(revision, direction.verb(), false, statement, error, millisSince(start), appliedBy));
        } catch (StatementError ignored) {
            // Best effort, as above.
        }
    }

    private void begin(boolean savepoint) {
        if (savepoint) {
            session.execute("SAVEPOINT retort_step");
        } else {
            session.setAutoCommit(false);
        }
    }

    private void commit(boolean savepoint) {
        if (savepoint) {
            session.execute("RELEASE SAVEPOINT retort_step");
        } else {
            session.commit();
            session.setAutoCommit(true);
        }
    }

    private void rollback(boolean savepoint) {
        if (savepoint) {
            try {
                session.execute("ROLLBACK TO SAVEPOINT retort_step");
                session.execute("RELEASE SAVEPOINT retort_step");
            } catch (RetortException ignored) {
                // The outer transaction is rolled back by the lock if this fails.
            }
        } else {
            session.rollbackQuietly();
            session.setAutoCommit(true);
        }
    }

    private void execute(String sql) {
        try {
            session.execute(sql);
        } catch (RetortException e) {
            String error = e.getCause() instanceof SQLException sqlException
                    ? JdbcSession.describe(sqlException) : e.getMessage();
            throw new StatementError(error, e.getCause() == null ? e : e.getCause());
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A statement's database error, carried up to where the step decides what it means. */
    private static final class StatementError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StatementError(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }
}
