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
 * @param parents           the revision's parents then, sorted and space-separated ("" for a base); null
 *                          when not recorded (a row written before Retort recorded them)
 * @param downgradeChecksum checksum of the script's downgrade section then, {@value #NO_DOWNGRADE} without
 *                          one; null when not recorded
 */
public record AppliedRevision(String revision, State state, String checksum, String message, String appliedAt,
                              long executionMillis, String appliedBy, int failedStatement, String parents,
                              String downgradeChecksum) {

    /** The downgrade checksum recorded for a script without a downgrade section. */
    public static final String NO_DOWNGRADE = "none";

    /** A row as written before parents and downgrade checksums were recorded. */
    public AppliedRevision(String revision, State state, String checksum, String message, String appliedAt,
                           long executionMillis, String appliedBy, int failedStatement) {
        this(revision, state, checksum, message, appliedAt, executionMillis, appliedBy, failedStatement, null, null);
    }

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
