package dev.retort.diff;

/**
 * A rename the diff thinks likely but does not make: a column dropped and one of the same type
 * added in the same table, or a table dropped and one with the same columns added. Passing it back
 * as a rename hint ({@link #hint()}) turns the drop and add into a rename that keeps the data.
 * Implementations are immutable, thread-safe records.
 */
public sealed interface RenameSuggestion permits TableRename, ColumnRename {

    /** The hint in the form the command line takes it, e.g. {@code --rename-column t.old=new}. */
    String hint();

    /** One line for people. */
    String describe();
}
