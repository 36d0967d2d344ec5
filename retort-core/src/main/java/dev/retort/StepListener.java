package dev.retort;

/** Hears about each step as it starts and ends, e.g. to print progress. Implementations need not be thread-safe. */
public interface StepListener {

    /** A listener that ignores everything. */
    StepListener NONE = new StepListener() { };

    /**
     * A step is about to run.
     *
     * @param revision the revision's id
     * @param message the revision's message
     * @param direction which section of the script runs
     */
    default void starting(String revision, String message, Direction direction) {
    }

    /**
     * A step finished.
     *
     * @param result what the step did, in time and statements
     */
    default void finished(StepResult result) {
    }

    /**
     * The command waits for the migration lock; said once per wait, with the holder when the database tells
     * and how
     * long the wait may last.
     *
     * @param message the line to show: the lock, its holder when known, and the deadline
     */
    default void waiting(String message) {
    }
}
