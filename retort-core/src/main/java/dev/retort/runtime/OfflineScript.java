package dev.retort.runtime;

import dev.retort.Direction;
import dev.retort.ddl.CommentText;
import dev.retort.revision.Revision;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import dev.retort.spi.Dialect;
import dev.retort.spi.SqlStatement;
import java.util.List;

/**
 * Renders a plan as one SQL script for a DBA to review and run with the database's own client:
 * the same statements the online runner executes, version-table and audit statements included,
 * each revision in its own transaction where the database has transactional DDL. Stateless.
 */
public final class OfflineScript {

    private OfflineScript() {
    }

    /** The script for running the plan in the given direction. */
    public static String render(Dialect dialect, VersionTable table, Scripts scripts, List<Revision> plan,
                                Direction direction, String appliedBy) {
        StringBuilder out = new StringBuilder();
        out.append("-- Retort ").append(direction.verb()).append(" script for ").append(dialect.name())
                .append(": ").append(plan.size()).append(" revision(s)\n\n");
        for (String create : table.createStatements()) {
            out.append(create).append(";\n");
        }
        for (Revision revision : plan) {
            RevisionScript script = scripts.get(revision.id());
            List<SqlStatement> statements = direction == Direction.UP
                    ? script.upgradeStatements(dialect.splitterOptions())
                    : script.downgradeStatements(dialect.splitterOptions());
            out.append("\n-- ").append(direction.verb()).append(' ').append(revision.id()).append(": ")
                    .append(CommentText.line(revision.message())).append(" (").append(CommentText.line(script.location()))
                    .append(")\n");
            String begin = dialect.transactions().offlineBegin(script.transactional());
            if (begin != null) {
                out.append(begin).append(";\n");
            }
            for (SqlStatement statement : statements) {
                append(out, dialect, statement.sql());
            }
            if (direction == Direction.UP) {
                append(out, dialect, table.insertOffline(script, appliedBy));
            } else {
                append(out, dialect, table.delete(revision.id()));
            }
            append(out, dialect, table.audit(revision.id(), direction.verb(), true, 0, null, 0, appliedBy));
            if (begin != null) {
                out.append(dialect.transactions().offlineCommit()).append(";\n");
            }
        }
        return out.toString();
    }

    /**
     * A statement with its terminator. A MySQL statement with semicolons of its own (a trigger or
     * routine body) goes between {@code DELIMITER} lines, as the mysql client needs.
     */
    private static void append(StringBuilder out, Dialect dialect, String sql) {
        if (dialect.splitterOptions().delimiterDirective() && sql.indexOf(';') >= 0) {
            // A delimiter the statement does not hold, whatever its names and strings contain.
            String delimiter = "$$";
            while (sql.contains(delimiter)) {
                delimiter += "$";
            }
            out.append("DELIMITER ").append(delimiter).append('\n').append(sql).append(delimiter).append("\nDELIMITER ;\n");
        } else {
            // A statement may end in a line comment: its terminator then needs a line of its own.
            int lastLine = sql.lastIndexOf('\n');
            boolean endsInComment = sql.substring(lastLine + 1).contains("--");
            out.append(sql).append(endsInComment ? "\n;\n" : ";\n");
        }
    }
}
