package dev.retort.runtime;

import dev.retort.RetortException;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the version table with the scripts: an applied script that changed, or that no longer
 * exists, stops every command that would write. Stateless.
 */
public final class Integrity {

    /** One applied revision whose script changed or vanished. Immutable. */
    public record Problem(String revision, String location, String recordedChecksum, String currentChecksum) {
        /** True when no script defines the revision any more. */
        public boolean missing() {
            return location == null;
        }

        String describe() {
            return missing()
                    ? "revision " + revision + " is applied, but no script defines it"
                    : "revision " + revision + " (" + location + ") changed after it was applied (checksum "
                            + shorten(recordedChecksum) + " recorded, " + shorten(currentChecksum) + " now)";
        }

        private static String shorten(String checksum) {
            return checksum == null || checksum.length() < 12 ? String.valueOf(checksum) : checksum.substring(0, 12);
        }
    }

    private Integrity() {
    }

    /** Every applied revision whose script changed or vanished; failed attempts are not checked. */
    public static List<Problem> problems(Scripts scripts, DatabaseState state) {
        List<Problem> problems = new ArrayList<>();
        for (AppliedRevision row : state.rows()) {
            if (!row.inEffect()) {
                continue;
            }
            RevisionScript script = scripts.find(row.revision());
            if (script == null) {
                problems.add(new Problem(row.revision(), null, row.checksum(), null));
            } else if (!script.checksum().equals(row.checksum())) {
                problems.add(new Problem(row.revision(), script.location(), row.checksum(), script.checksum()));
            }
        }
        return problems;
    }

    /** Throws when there is any problem, with the way forward for each kind. */
    public static void verify(Scripts scripts, DatabaseState state) {
        List<Problem> problems = problems(scripts, state);
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("applied revision scripts changed or vanished; nothing was run:");
        problems.forEach(p -> message.append("\n  ").append(p.describe()));
        if (problems.stream().anyMatch(p -> !p.missing())) {
            message.append("\n  A changed script: restore it from version control (put new changes in a new revision:"
                    + " 'retort revision -m ...'); if the edit was harmless (comments, formatting), accept the new"
                    + " checksum with 'retort repair'.");
        }
        if (problems.stream().anyMatch(Problem::missing)) {
            message.append("\n  A vanished script: restore it, or deploy the release that has it (another instance may"
                    + " have applied a newer release); if it was removed on purpose, 'retort repair --forget-missing'"
                    + " drops its row.");
        }
        throw new RetortException(RetortException.Kind.SCRIPT, message.toString());
    }
}
