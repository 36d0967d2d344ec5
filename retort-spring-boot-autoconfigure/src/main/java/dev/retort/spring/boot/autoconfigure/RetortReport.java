package dev.retort.spring.boot.autoconfigure;

import java.util.List;

/**
 * What {@code /actuator/retort} shows. Immutable.
 *
 * @param current  the revisions the database is at (empty: nothing applied)
 * @param heads    the heads of the revision scripts
 * @param pending  revisions an upgrade would apply, in order
 * @param problems applied scripts that changed or vanished, failed or unfinished attempts
 * @param history  the version table's rows, as applied
 * @param drift    the model compared with the database
 */
public record RetortReport(List<String> current, List<String> heads, List<String> pending, List<String> problems,
                           List<HistoryEntry> history, Drift drift) {

    /**
     * Copies the lists.
     *
     * @param current  the revisions the database is at (empty: nothing applied)
     * @param heads    the heads of the revision scripts
     * @param pending  revisions an upgrade would apply, in order
     * @param problems applied scripts that changed or vanished, failed or unfinished attempts
     * @param history  the version table's rows, as applied
     * @param drift    the model compared with the database
     */
    public RetortReport {
        current = List.copyOf(current);
        heads = List.copyOf(heads);
        pending = List.copyOf(pending);
        problems = List.copyOf(problems);
        history = List.copyOf(history);
    }

    /**
     * One applied (or stamped, failed, running) revision.
     *
     * @param revision        its id
     * @param message         its message
     * @param state           applied, stamped, failed or running
     * @param appliedAt       when, as the database printed it
     * @param executionMillis how long it took
     * @param appliedBy       who ran it
     */
    public record HistoryEntry(String revision, String message, String state, String appliedAt, long executionMillis,
                               String appliedBy) {
    }

    /**
     * The model against the database.
     *
     * @param compared false when no model is configured or revisions are pending
     * @param changes  what the database lacks to match the model, described; empty when it matches
     * @param error    why the comparison failed, or null
     */
    public record Drift(boolean compared, List<String> changes, String error) {
        /**
         * Copies the changes.
         *
         * @param compared false when no model is configured or revisions are pending
         * @param changes  what the database lacks to match the model, described; empty when it matches
         * @param error    why the comparison failed, or null
         */
        public Drift {
            changes = List.copyOf(changes);
        }
    }
}
