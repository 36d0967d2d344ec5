package dev.retort;

import java.util.List;

/**
 * Where a database stands against its scripts. Immutable.
 *
 * @param revisions      every revision, newest first, with marks
 * @param currentHeads   the database's current heads (empty: nothing applied)
 * @param heads          the heads of the scripts
 * @param pending        revisions the default upgrade would apply, in order
 * @param problems       applied scripts that changed or vanished, failed attempts, described
 */
public record Status(List<RevisionInfo> revisions, List<String> currentHeads, List<String> heads, List<String> pending,
                     List<String> problems) {
    /**
     * Copies the lists.
     *
     * @param revisions    every revision, newest first, with marks
     * @param currentHeads the database's current heads (empty: nothing applied)
     * @param heads        the heads of the scripts
     * @param pending      revisions the default upgrade would apply, in order
     * @param problems     applied scripts that changed or vanished, failed attempts, described
     */
    public Status {
        revisions = List.copyOf(revisions);
        currentHeads = List.copyOf(currentHeads);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
    }

    /**
     * True when nothing is pending and nothing is wrong.
     *
     * @return whether the database is at head without problems
     */
    public boolean upToDate() {
        return pending.isEmpty() && problems.isEmpty();
    }
}
