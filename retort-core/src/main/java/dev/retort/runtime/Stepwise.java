package dev.retort.runtime;

import dev.retort.AppliedRevision;
import dev.retort.Direction;
import dev.retort.script.RevisionScript;
import dev.retort.spi.SqlStatement;
import java.util.List;

/**
 * One step run statement by statement, where each statement commits by itself (MySQL/MariaDB and H2 DDL, a
 * PostgreSQL script marked {@code transactional false}). Progress is committed on the version table before each
 * statement runs and after it commits, so whatever stops the process — a failed statement, a lost connection, a
 * {@code kill -9} — the row tells which statements committed, which did not, and which one was running and may or
 * may not have. Not thread-safe; used once.
 */
final class Stepwise {

    private final StepExecutor executor;
    private final RevisionScript script;
    private final Direction direction;
    private final List<SqlStatement> statements;
    private final AppliedRevision previous;

    Stepwise(StepExecutor executor, RevisionScript script, Direction direction, List<SqlStatement> statements,
             AppliedRevision previous) {
        this.executor = executor;
        this.script = script;
        this.direction = direction;
        this.statements = statements;
        this.previous = previous;
    }

    void run(long start) {
        executor.session.setAutoCommit(true);
        VersionTable table = executor.table;
        int done = 0;
        try {
            begin();
            for (; done < statements.size(); done++) {
                if (done > 0) {
                    executor.execute(table.progress(script.id(), direction, done, done + 1));
                }
                runStatement(done, start);
            }
            long millis = StepExecutor.millisSince(start);
            executor.execute(direction == Direction.UP ? table.finishUpgrade(script.id(), millis) : table.delete(script.id()));
            executor.execute(table.audit(script.id(), direction.verb(), true, 0, null, millis, executor.appliedBy));
        } catch (StepExecutor.StatementError e) {
            throw bookkeepingFailed(done, e);
        }
    }

    /** Writes the row that says statement 1 is about to run. */
    private void begin() {
        VersionTable table = executor.table;
        if (direction == Direction.UP) {
            if (previous != null) {
                executor.execute(table.delete(script.id()));
            }
            executor.execute(table.insertRunning(script, executor.appliedBy));
        } else {
            executor.execute(table.progress(script.id(), direction, 0, 1));
        }
    }

    private void runStatement(int index, long start) {
        try {
            executor.executeStatement(statements.get(index).sql());
        } catch (StepExecutor.StatementError e) {
            int number = index + 1;
            String message = MigrationFailure.describe(direction.verb(), script.id(), script.location(), statements,
                    number, e.getMessage());
            if (e.connectionLost()) {
                throw new MigrationFailure(script.id(), script.location(), message + "\n  The connection was lost while"
                        + " statement " + number + " ran, so it may or may not have committed; the version table shows it"
                        + " as running." + committed(index, false) + "\n  Check the database, then run 'retort status'"
                        + " and " + next(true), number, e.getCause());
            }
            recordFailure(number, e.getMessage(), start);
            throw new MigrationFailure(script.id(), script.location(), message + committed(index, true) + "\n  "
                    + next(index > 0), number, e.getCause());
        }
    }

    private void recordFailure(int number, String error, long start) {
        long millis = StepExecutor.millisSince(start);
        try {
            executor.execute(executor.table.fail(script.id(), direction, number, millis));
            executor.execute(executor.table.audit(script.id(), direction.verb(), false, number, error, millis,
                    executor.appliedBy));
        } catch (RuntimeException ignored) {
            // The statement's failure is what the user must see; the row still says the statement was running.
        }
    }

    /** A version-table write failed: the statements before it are known to have committed, none after. */
    private MigrationFailure bookkeepingFailed(int done, StepExecutor.StatementError e) {
        return new MigrationFailure(script.id(), script.location(), direction.verb() + " of revision " + script.id()
                + " (" + script.location() + ") stopped: recording its progress in " + executor.table.name()
                + " failed: " + e.getMessage() + committed(done, false) + "\n  "
                + (done == statements.size() && !statements.isEmpty()
                        ? "Every statement of the revision ran; once the database is reachable, 'retort status' shows it"
                                + " as running: " + next(true)
                        : next(true)), done + 1, e.getCause());
    }

    /** What committed: statements 1..count of this attempt, and what an earlier attempt had left. */
    private String committed(int count, boolean failedStatementRolledBack) {
        StringBuilder out = new StringBuilder();
        if (count == 0) {
            out.append("\n  No statement of this attempt had committed")
                    .append(failedStatementRolledBack ? " (the failed one did not either)." : ".");
        } else {
            out.append("\n  These statements of this attempt had committed (this database cannot roll back DDL)")
                    .append(lines(1, count));
        }
        if (previous != null && previous.unfinished() && previous.progress().direction() == direction) {
            out.append(earlierAttempt(previous.progress(), count));
        } else if (count == 0) {
            out.append(" Nothing of it is left to undo.");
        }
        return out.toString();
    }

    /** The progress an earlier failed or interrupted attempt recorded, which this attempt may have run into. */
    private String earlierAttempt(AppliedRevision.Progress progress, int count) {
        StringBuilder out = new StringBuilder("\n  An earlier attempt (" + previous.state().name().toLowerCase(java.util.Locale.ROOT)
                + ", recorded " + previous.appliedAt() + ")");
        int done = Math.min(progress.statementsDone(), statements.size());
        if (done == 0 && progress.runningStatement() == 0) {
            return out.append(" had committed no statement.").toString();
        }
        out.append(done == 0 ? " had committed no statement for certain" : " had committed " + range(1, done)
                + lines(count + 1, done));
        int running = progress.runningStatement();
        if (running > 0 && running <= statements.size()) {
            out.append("\n  and statement ").append(running).append(" was running when it stopped; it may or may not"
                    + " have committed:").append(line(running));
        }
        return out.toString();
    }

    /**
     * Statements an earlier failed or interrupted upgrade committed, or may have: 1..n, where n is the statement it
     * failed at minus one, or the one it was running. A row of an earlier release carries only the failed statement.
     */
    static int reach(AppliedRevision row) {
        AppliedRevision.Progress progress = row.progress();
        return progress.direction() == null ? Math.max(0, row.failedStatement() - 1)
                : Math.max(progress.statementsDone(), progress.runningStatement());
    }

    /**
     * Refuses to run an upgrade again over what an earlier attempt committed: only the user can know whether those
     * statements were undone, and running them again could apply them twice (an INSERT) or fail misleadingly.
     */
    static MigrationFailure refuseRetry(RevisionScript script, List<SqlStatement> statements, AppliedRevision row) {
        Stepwise step = new Stepwise(null, script, Direction.UP, statements, row);
        AppliedRevision.Progress progress = row.progress();
        String earlier = progress.direction() == null
                ? "\n  An earlier attempt failed at statement " + row.failedStatement() + " and had committed "
                        + range(1, row.failedStatement() - 1) + step.lines(1, Math.min(row.failedStatement() - 1, statements.size()))
                : step.earlierAttempt(progress, 0);
        return new MigrationFailure(script.id(), script.location(), "revision " + script.id() + " (" + script.location()
                + ") was not run again: nothing was run." + earlier + "\n  Undo those statements by hand (check the one"
                + " that may have committed), then run 'retort repair' to record that the attempt is cleared, and 'retort"
                + " upgrade' to run the revision from its first statement.", reach(row), null);
    }

    private String lines(int from, int to) {
        StringBuilder out = new StringBuilder(from <= to ? ":" : "");
        for (int i = from; i <= to; i++) {
            out.append(line(i));
        }
        return out.toString();
    }

    /** "statement 3" or "statements 1 to 3". */
    static String range(int from, int to) {
        return from == to ? "statement " + from : "statements " + from + " to " + to;
    }

    private String line(int number) {
        SqlStatement statement = statements.get(number - 1);
        return "\n    " + number + " (line " + statement.line() + "): " + MigrationFailure.oneLine(statement.sql());
    }

    /** What to do next; {@code committed}: some statement of the step committed, or may have. */
    private String next(boolean committed) {
        if (direction == Direction.UP) {
            return committed
                    ? "Undo what committed by hand and fix the script (" + script.location() + "), then run 'retort repair'"
                            + " to record that the attempt is cleared, and 'retort upgrade' to run revision " + script.id()
                            + " from its first statement."
                    : "Fix the script (" + script.location() + ") and run 'retort upgrade' again.";
        }
        return "Redo what committed by hand to put revision " + script.id() + " back as it was applied, fix the"
                + " downgrade (" + script.location() + "), then run 'retort downgrade' again: it retries the"
                + " downgrade from its first statement. Or finish the downgrade by hand and run 'retort stamp'"
                + " to the revision below it.";
    }
}
