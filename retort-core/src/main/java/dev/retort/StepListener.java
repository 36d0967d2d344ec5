package dev.retort;

/** Hears about each step as it starts and ends, e.g. to print progress. Implementations need not be thread-safe. */
public interface StepListener {

    /** A listener that ignores everything. */
    StepListener NONE = new StepListener() { };

    /** A step is about to run. */
    default void starting(String revision, String message, Direction direction) {
    }

    /** A step finished. */
    default void finished(StepResult result) {
    }

    /**
     * The command waits for the migration lock; said once per wait, with the holder when the database tells and how
     * long the wait may last.
     */
    default void waiting(String message) {
    }
}
