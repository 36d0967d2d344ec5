package dev.retort.runtime;

import java.util.Objects;

/**
 * One row of the version table. Immutable.
 *
 * @param revision        the revision id
 * @param state           applied by running it, stamped without running, or failed part-way (MySQL, H2)
 * @param checksum        checksum of the script's upgrade section when it was applied
 * @param message         the revision's message then, so a vanished script can still be described
 * @param appliedAt       when, as the database printed it
 * @param executionMillis how long the upgrade took
 * @param appliedBy       the operating-system user who ran it
 * @param failedStatement for a failed row, the 1-based number of the statement that failed; else 0
 */
public record AppliedRevision(String revision, State state, String checksum, String message, String appliedAt,
                              long executionMillis, String appliedBy, int failedStatement) {

    /** How a revision came to be in the table. */
    public enum State {
        APPLIED, STAMPED, FAILED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static State of(String column) {
            return valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public AppliedRevision {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(state, "state");
    }

    /** True for revisions whose changes are in the database (applied or stamped). */
    public boolean inEffect() {
        return state != State.FAILED;
    }
}
