package dev.retort;

import dev.retort.AppliedRevision;
import dev.retort.script.RevisionScript;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.SqlStatement;
import java.util.List;

/**
 * Describes a version-table row of a step that did not finish — failed, or interrupted by a crash or a lost
 * connection — as status and check report it: which statements committed, which one may have, what to do.
 * Stateless.
 */
final class Unfinished {

    private Unfinished() {
    }

    static String describe(AppliedRevision row, RevisionScript script, SplitterOptions options) {
        AppliedRevision.Progress progress = row.progress();
        Direction direction = progress.direction() == null ? Direction.UP : progress.direction();
        String verb = direction.verb();
        StringBuilder out = new StringBuilder("revision " + row.revision() + ": its " + verb);
        if (row.state() == AppliedRevision.State.RUNNING) {
            out.append(" is running in another process, or was interrupted (killed, or its connection lost)");
        } else {
            out.append(" failed at statement ").append(row.failedStatement());
        }
        if (progress.direction() == null) { // a row of an earlier release: statements before the failed one committed
            return out.append(row.failedStatement() > 1 ? "; " + range(1, row.failedStatement() - 1) + " had committed;"
                    + " undo them by hand, then run 'retort repair' to clear the attempt and 'retort upgrade' to run it again"
                    : "; fix it and run 'retort upgrade' to retry").toString();
        }
        List<SqlStatement> statements = statements(script, direction, options);
        int done = progress.statementsDone();
        out.append(done == 0 ? "; no statement of it had committed" : "; " + range(1, done) + " had committed");
        if (progress.runningStatement() > 0) {
            out.append(", statement ").append(progress.runningStatement()).append(statement(statements, progress.runningStatement()))
                    .append(" was running and may or may not have committed");
        } else if (row.state() == AppliedRevision.State.FAILED) {
            out.append(", statement ").append(row.failedStatement()).append(statement(statements, row.failedStatement()))
                    .append(" failed and did not");
        }
        int next = Math.max(done, Math.max(progress.runningStatement(), row.failedStatement())) + 1;
        if (statements != null && next <= statements.size()) {
            out.append(", ").append(range(next, statements.size())).append(" did not run");
        }
        boolean committed = Math.max(done, progress.runningStatement()) > 0;
        return out.append(direction == Direction.UP
                ? committed ? "; if no Retort is running, undo what committed by hand, then run 'retort repair' to clear"
                        + " the attempt and 'retort upgrade' to run the revision from its first statement"
                        : "; fix the script and run 'retort upgrade' to retry it"
                : "; if no Retort is running, redo what committed by hand, then run 'retort downgrade' to retry it"
                        + " (or 'retort repair' to mark the revision applied again)").toString();
    }

    private static String range(int from, int to) {
        return from == to ? "statement " + from : "statements " + from + " to " + to;
    }

    private static List<SqlStatement> statements(RevisionScript script, Direction direction, SplitterOptions options) {
        if (script == null) {
            return null;
        }
        try {
            return direction == Direction.UP ? script.upgradeStatements(options) : script.downgradeStatements(options);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String statement(List<SqlStatement> statements, int number) {
        return statements == null || number > statements.size() ? ""
                : " (line " + statements.get(number - 1).line() + ")";
    }
}
