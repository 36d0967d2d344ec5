package dev.retort;

import dev.retort.Direction;
import java.util.Objects;

/**
 * One row of the version table. Immutable.
 *
 * @param revision        the revision id
 * @param state           applied by running it, stamped without running, failed part-way, or running (a step
 *                        that records its progress statement by statement, or one whose process died)
 * @param checksum        checksum of the script's upgrade section when it was applied
 * @param message         the revision's message then, so a vanished script can still be described
 * @param appliedAt       when, as the database printed it
 * @param executionMillis how long the upgrade took
 * @param appliedBy       the operating-system user who ran it
 * @param failedStatement for a failed row, the 1-based number of the statement that failed; else 0
 * @param progress          for a failed or running row, how far its step got; {@link Progress#NONE} otherwise
 * @param parents           the revision's parents then, sorted and space-separated ("" for a base); null
 *                          when not recorded (a row of an older Retort, or one an offline script wrote)
 * @param downgradeChecksum checksum of the script's downgrade section then, {@value #NO_DOWNGRADE} without
 *                          one; null when not recorded
 * @param snapshotChecksum  checksum of the revision's schema snapshot then, {@value #NO_SNAPSHOT} without one;
 *                          null when not recorded
 */
public record AppliedRevision(String revision, State state, String checksum, String message, String appliedAt,
                              long executionMillis, String appliedBy, int failedStatement, Progress progress,
                              String parents, String downgradeChecksum, String snapshotChecksum) {

    /** The snapshot checksum recorded for a revision applied without a schema snapshot. */
    public static final String NO_SNAPSHOT = "none";

    /** The downgrade checksum recorded for a script without a downgrade section. */
    public static final String NO_DOWNGRADE = "none";

    /** How a revision came to be in the table. */
    public enum State {
        /** Its upgrade ran and committed. */
        APPLIED,
        /** Recorded by {@code stamp} as applied without running anything. */
        STAMPED,
        /** A step on it failed; {@link AppliedRevision#progress()} says how far it got. */
        FAILED,
        /** A step on it has started and not finished: still running, or its process died. */
        RUNNING;

        /**
         * The value kept in the version table's state column.
         *
         * @return the state's name in lower case ({@code applied}, {@code stamped}, …)
         */
        public String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The state a version table's state column holds.
         *
         * @param column the column's value, in any letter case
         * @return the state of that name
         * @throws IllegalArgumentException when the value names no state
         */
        public static State of(String column) {
            return valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * How far a step that runs statement by statement got, as committed on the version table before and after
     * each statement. Immutable.
     *
     * @param direction        the section that was running; null for {@link #NONE}
     * @param statementsDone   statements 1..statementsDone committed
     * @param runningStatement the statement that had started when the row was last written, which may or may not
     *                         have committed; 0 when none had
     */
    public record Progress(Direction direction, int statementsDone, int runningStatement) {
        /** No step in progress. */
        public static final Progress NONE = new Progress(null, 0, 0);

        /**
         * Checks the statement numbers.
         *
         * @param direction the section that was running; null for {@link #NONE}
         * @param statementsDone statements 1..statementsDone committed
         * @param runningStatement the statement that had started when the row was last written, which may or
         *     may not have committed; 0 when none had
         * @throws IllegalArgumentException when a statement number is negative
         */
        public Progress {
            if (statementsDone < 0 || runningStatement < 0) {
                throw new IllegalArgumentException("negative statement number");
            }
        }
    }

    /**
     * Checks the row; a null {@code progress} becomes {@link Progress#NONE}.
     *
     * @param revision the revision id
     * @param state applied by running it, stamped without running, failed part-way, or running (a step that
     *     records its progress statement by statement, or one whose process died)
     * @param checksum checksum of the script's upgrade section when it was applied
     * @param message the revision's message then, so a vanished script can still be described
     * @param appliedAt when, as the database printed it
     * @param executionMillis how long the upgrade took
     * @param appliedBy the operating-system user who ran it
     * @param failedStatement for a failed row, the 1-based number of the statement that failed; else 0
     * @param progress for a failed or running row, how far its step got; {@link Progress#NONE} otherwise
     * @param parents the revision's parents then, sorted and space-separated ("" for a base); null when not
     *     recorded (a row of an older Retort, or one an offline script wrote)
     * @param downgradeChecksum checksum of the script's downgrade section then, {@value #NO_DOWNGRADE}
     *     without one; null when not recorded
     * @param snapshotChecksum checksum of the revision's schema snapshot then, {@value #NO_SNAPSHOT} without
     *     one; null when not recorded
     * @throws NullPointerException when {@code revision} or {@code state} is null
     */
    public AppliedRevision {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(state, "state");
        progress = progress == null ? Progress.NONE : progress;
    }

    /**
     * A row with no snapshot checksum recorded.
     *
     * @param revision          the revision id
     * @param state             how it came to be in the table
     * @param checksum          checksum of the upgrade section when it was applied
     * @param message           the revision's message then
     * @param appliedAt         when, as the database printed it
     * @param executionMillis   how long the upgrade took, in milliseconds
     * @param appliedBy         the operating-system user who ran it
     * @param failedStatement   for a failed row, the 1-based number of the failed statement; else 0
     * @param progress          how far a failed or running step got; null for none
     * @param parents           the revision's parents then, sorted and space-separated; null when not recorded
     * @param downgradeChecksum checksum of the downgrade section then; null when not recorded
     */
    public AppliedRevision(String revision, State state, String checksum, String message, String appliedAt,
                           long executionMillis, String appliedBy, int failedStatement, Progress progress,
                           String parents, String downgradeChecksum) {
        this(revision, state, checksum, message, appliedAt, executionMillis, appliedBy, failedStatement, progress,
                parents, downgradeChecksum, null);
    }

    /**
     * A row with no parents or downgrade checksum recorded.
     *
     * @param revision          the revision id
     * @param state             how it came to be in the table
     * @param checksum          checksum of the upgrade section when it was applied
     * @param message           the revision's message then
     * @param appliedAt         when, as the database printed it
     * @param executionMillis   how long the upgrade took, in milliseconds
     * @param appliedBy         the operating-system user who ran it
     * @param failedStatement   for a failed row, the 1-based number of the failed statement; else 0
     * @param progress          how far a failed or running step got; null for none
     */
    public AppliedRevision(String revision, State state, String checksum, String message, String appliedAt,
                           long executionMillis, String appliedBy, int failedStatement, Progress progress) {
        this(revision, state, checksum, message, appliedAt, executionMillis, appliedBy, failedStatement, progress,
                null, null);
    }

    /**
     * A row with no progress, parents or downgrade checksum recorded.
     *
     * @param revision          the revision id
     * @param state             how it came to be in the table
     * @param checksum          checksum of the upgrade section when it was applied
     * @param message           the revision's message then
     * @param appliedAt         when, as the database printed it
     * @param executionMillis   how long the upgrade took, in milliseconds
     * @param appliedBy         the operating-system user who ran it
     * @param failedStatement   for a failed row, the 1-based number of the failed statement; else 0
     */
    public AppliedRevision(String revision, State state, String checksum, String message, String appliedAt,
                           long executionMillis, String appliedBy, int failedStatement) {
        this(revision, state, checksum, message, appliedAt, executionMillis, appliedBy, failedStatement, Progress.NONE);
    }

    /**
     * Whether the revision's changes are in the database: applied or stamped, and also one whose downgrade
     * failed or was interrupted (its upgrade is still in effect, partly undone; {@code downgrade} retries it).
     *
     * @return true when the revision counts as applied
     */
    public boolean inEffect() {
        return state == State.APPLIED || state == State.STAMPED || progress.direction() == Direction.DOWN;
    }

    /**
     * Whether a step on this revision did not finish: it failed, or its process died while running it.
     *
     * @return true for a {@link State#FAILED} or {@link State#RUNNING} row
     */
    public boolean unfinished() {
        return state == State.FAILED || state == State.RUNNING;
    }
}
