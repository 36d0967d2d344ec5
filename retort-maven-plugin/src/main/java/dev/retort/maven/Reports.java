package dev.retort.maven;

import dev.retort.Changes;
import dev.retort.RenameSuggestion;
import dev.retort.Retort;
import dev.retort.RevisionInfo;
import dev.retort.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of status, history, diff and check: the command line's words, with its commands given as the goals
 * that do the same ({@code 'retort upgrade'} is {@code 'mvn retort:upgrade'} here). Stateless.
 */
final class Reports {

    static final String UPGRADE = "'mvn retort:upgrade'";
    static final String AUTOGENERATE = "'mvn retort:revision -Dretort.autogenerate -Dretort.message=MSG'";

    private Reports() {
    }

    static List<String> status(Status status) {
        List<String> lines = new ArrayList<>();
        if (status.revisions().isEmpty()) {
            lines.add("no revisions yet: create one with 'mvn retort:revision -Dretort.message=MESSAGE'");
        }
        for (RevisionInfo info : status.revisions()) {
            String marks = info.marks().isEmpty() ? "" : " " + info.marks();
            lines.add(info.id() + marks + ": " + info.message() + " (" + info.location() + ")");
        }
        lines.add("current: " + (status.currentHeads().isEmpty() ? "(none)" : String.join(", ", status.currentHeads())));
        lines.add(status.pending().size() + " pending" + (status.pending().isEmpty() ? ""
                : ": " + String.join(", ", status.pending()) + " (run " + UPGRADE + ")"));
        status.problems().forEach(p -> lines.add("problem: " + p));
        return lines;
    }

    static String history(RevisionInfo info) {
        return dev.retort.Reports.line(info);
    }

    /** The lines a passing check logs. */
    static List<String> checkPassed(Retort.Check check) {
        List<String> lines = new ArrayList<>();
        lines.add("ok: the database is at head (" + String.join(", ", check.status().currentHeads()) + ")"
                + (check.drift() == null ? "" : " and has not drifted"));
        if (check.driftNote() != null) {
            lines.add("  " + check.driftNote());
        }
        return lines;
    }

    /** What a failing check found: its first line is the failure's message, the rest its details. */
    static List<String> checkFailed(Retort.Check check) {
        Status status = check.status();
        List<String> lines = new ArrayList<>();
        if (status.upToDate()) {
            lines.add("the database has drifted (" + check.drift().upgrade().size() + " difference(s); "
                    + check.driftNote() + "); " + AUTOGENERATE + " writes a revision for them:");
            check.drift().upgrade().forEach(step -> lines.add("  " + step.description()));
            return lines;
        }
        if (!status.pending().isEmpty()) {
            lines.add(status.pending().size() + " revision(s) pending: " + String.join(", ", status.pending())
                    + "; run " + UPGRADE);
        }
        status.problems().forEach(p -> lines.add("problem: " + p));
        return lines;
    }

    /** Destructive steps, skipped objects and likely renames, as warnings. */
    static List<String> warnings(Changes changes) {
        List<String> lines = new ArrayList<>();
        changes.destructive().forEach(step -> lines.add("destructive: " + step.destructiveReason()));
        changes.skipped().forEach(skip -> lines.add("not compared: " + skip.describe()));
        changes.suggestions().forEach(s -> lines.add(s.description() + "? If so, pass "
                + (s.kind() == RenameSuggestion.Kind.TABLE ? "-Dretort.rename_tables=" : "-Dretort.rename_columns=")
                + s.hint()));
        return lines;
    }
}
