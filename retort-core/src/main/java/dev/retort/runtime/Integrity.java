package dev.retort.runtime;

import dev.retort.AppliedRevision;
import dev.retort.DatabaseState;
import dev.retort.RetortException;
import dev.retort.script.Checksums;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the version table with the scripts. An applied script whose upgrade section or parents
 * changed, or that no longer exists, stops every command that would write: the database's history
 * would no longer be the scripts'. A changed downgrade section is reported ({@code status},
 * {@code check}) but stops nothing, since fixing a broken downgrade is allowed. Stateless.
 *
 * <p>A recorded checksum of the earlier algorithm ({@link Checksums#legacy}) is accepted; so are rows
 * without recorded parents or downgrade checksum (written by an earlier release). {@link #refresh}
 * brings such rows up to date on the next writing command.
 */
public final class Integrity {

    /** What is wrong with one applied revision. */
    public enum Kind {
        /** No script defines it any more. */
        MISSING,
        /** Its upgrade section changed. */
        CHANGED,
        /** Its parents changed: the history it was applied in is not the scripts' any more. */
        PARENTS_CHANGED,
        /** Its downgrade section changed; reported, not blocking. */
        DOWNGRADE_CHANGED,
        /**
         * Its schema snapshot changed (or appeared) after it was applied; reported, not blocking, since nothing
         * runs from it, but drift is not checked against it until it is restored or accepted.
         */
        SNAPSHOT_CHANGED
    }

    /**
     * One applied revision whose script changed or vanished. Immutable.
     *
     * @param recorded what the version table holds (checksum or parents), for the message
     * @param current  what the script has now
     */
    public record Problem(Kind kind, String revision, String location, String recorded, String current) {
        /** True when no script defines the revision any more. */
        public boolean missing() {
            return kind == Kind.MISSING;
        }

        /** True when the problem stops writing commands. */
        public boolean blocking() {
            return kind != Kind.DOWNGRADE_CHANGED && kind != Kind.SNAPSHOT_CHANGED;
        }

        /** One line for the user. */
        public String describe() {
            return switch (kind) {
                case MISSING -> "revision " + revision + " is applied, but no script defines it";
                case CHANGED -> "revision " + revision + " (" + location + ") changed after it was applied (checksum "
                        + shorten(recorded) + " recorded, " + shorten(current) + " now)";
                case PARENTS_CHANGED -> "revision " + revision + " (" + location + ") has other parents than when it"
                        + " was applied (" + list(recorded) + " recorded, " + list(current) + " now)";
                case DOWNGRADE_CHANGED -> "revision " + revision + " (" + location + ") has a downgrade section that"
                        + " changed after it was applied; review it, then accept it with 'retort repair'";
                case SNAPSHOT_CHANGED -> "revision " + revision + " (" + location + ") has a schema snapshot that "
                        + (AppliedRevision.NO_SNAPSHOT.equals(recorded) ? "appeared" : "changed (checksum "
                        + shorten(recorded) + " recorded, " + shorten(current) + " now)") + " after it was applied;"
                        + " drift is not checked against it: restore it from version control, or accept it with"
                        + " 'retort repair'";
            };
        }

        private static String list(String parents) {
            return parents.isEmpty() ? "none" : parents;
        }

        private static String shorten(String checksum) {
            return checksum == null || checksum.length() < 12 ? String.valueOf(checksum) : checksum.substring(0, 12);
        }
    }

    private Integrity() {
    }

    /** Every applied revision whose script changed or vanished; failed attempts are not checked. */
    public static List<Problem> problems(Scripts scripts, DatabaseState state) {
        return problems(scripts, state, true);
    }

    /**
     * The problems; {@code snapshots} false leaves out the snapshot check, which blocks nothing, so the writing
     * commands' {@link #verify} (every application start) does not look at every applied revision's snapshot.
     */
    private static List<Problem> problems(Scripts scripts, DatabaseState state, boolean snapshots) {
        List<Problem> problems = new ArrayList<>();
        for (AppliedRevision row : state.rows()) {
            if (!row.inEffect()) {
                continue;
            }
            RevisionScript script = scripts.find(row.revision());
            if (script == null) {
                problems.add(new Problem(Kind.MISSING, row.revision(), null, row.checksum(), null));
                continue;
            }
            if (!checksumMatches(script, row.checksum())) {
                problems.add(new Problem(Kind.CHANGED, row.revision(), script.location(), row.checksum(), script.checksum()));
            }
            String parents = VersionTable.parents(script);
            if (row.parents() != null && !row.parents().equals(parents)) {
                problems.add(new Problem(Kind.PARENTS_CHANGED, row.revision(), script.location(), row.parents(), parents));
            }
            String downgrade = VersionTable.downgradeChecksum(script);
            if (row.downgradeChecksum() != null && !row.downgradeChecksum().equals(downgrade)) {
                problems.add(new Problem(Kind.DOWNGRADE_CHANGED, row.revision(), script.location(),
                        row.downgradeChecksum(), downgrade));
            }
            if (snapshots && snapshotChanged(scripts, script, row)) {
                problems.add(new Problem(Kind.SNAPSHOT_CHANGED, row.revision(), script.location(),
                        row.snapshotChecksum(), scripts.snapshots().checksum(script)));
            }
        }
        return problems;
    }

    /**
     * True when the snapshot differs from the one recorded. A snapshot that vanished is not a problem (drift is
     * then not checked at that revision, which the drift check says); one that appeared, or changed, is.
     */
    public static boolean snapshotChanged(Scripts scripts, RevisionScript script, AppliedRevision row) {
        if (row.snapshotChecksum() == null || scripts.snapshots() == dev.retort.script.SnapshotFiles.NONE) {
            return false;
        }
        String current = scripts.snapshots().checksum(script);
        return current != null && !current.equals(row.snapshotChecksum());
    }

    /**
     * The statements that record what applied, unchanged scripts are now, for rows that hold a legacy
     * checksum or lack parents or a downgrade checksum. Run by writing commands only.
     */
    static List<String> refresh(VersionTable table, Scripts scripts, DatabaseState state) {
        List<String> sql = new ArrayList<>();
        for (AppliedRevision row : state.rows()) {
            RevisionScript script = row.inEffect() ? scripts.find(row.revision()) : null;
            boolean outdated = script != null && checksumMatches(script, row.checksum())
                    && (!script.checksum().equals(row.checksum()) || row.parents() == null || row.downgradeChecksum() == null
                    || (row.snapshotChecksum() == null && scripts.snapshots() != dev.retort.script.SnapshotFiles.NONE));
            if (outdated) {
                sql.add(table.updateRecorded(script));
            }
        }
        return sql;
    }

    private static boolean checksumMatches(RevisionScript script, String recorded) {
        return script.checksum().equals(recorded) || Checksums.legacy(script.upgradeSql()).equals(recorded);
    }

    /** Throws when there is any blocking problem, with the way forward for each kind. */
    public static void verify(Scripts scripts, DatabaseState state) {
        List<Problem> problems = problems(scripts, state, false).stream().filter(Problem::blocking).toList();
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("applied revision scripts changed or vanished; nothing was run:");
        problems.forEach(p -> message.append("\n  ").append(p.describe()));
        if (problems.stream().anyMatch(p -> p.kind() == Kind.CHANGED)) {
            message.append("\n  A changed script: restore it from version control (put new changes in a new revision:"
                    + " 'retort revision -m ...'); if the edit was harmless (comments, formatting), accept the new"
                    + " checksum with 'retort repair'.");
        }
        if (problems.stream().anyMatch(p -> p.kind() == Kind.PARENTS_CHANGED)) {
            message.append("\n  Changed parents rewrite applied history: restore the parents line from version control;"
                    + " if the database really has that history, accept it with 'retort repair'.");
        }
        if (problems.stream().anyMatch(Problem::missing)) {
            message.append("\n  A vanished script: restore it, or deploy the release that has it (another instance may"
                    + " have applied a newer release); if it was removed on purpose, 'retort repair --forget-missing'"
                    + " drops its row.");
        }
        throw new RetortException(RetortException.Kind.SCRIPT, message.toString());
    }
}
