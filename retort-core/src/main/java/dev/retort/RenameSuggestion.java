package dev.retort;

import java.util.Objects;

/**
 * A rename the diff thinks likely but does not make: a column dropped and one of the same type added in
 * the same table, or a table dropped and one with the same columns added. Passing {@link #hint()} back in
 * {@link AutogenerateOptions} (as a table or column rename, by {@link #kind()}) turns the drop and add into
 * a rename that keeps the data. Immutable.
 *
 * @param kind        whether a table or a column was renamed
 * @param hint        the rename as {@link AutogenerateOptions} takes it: {@code old=new} or {@code table.old=new}
 * @param description one line for people
 */
public record RenameSuggestion(Kind kind, String hint, String description) {

    /** What was renamed. */
    public enum Kind {
        /** A table: the hint goes to {@link AutogenerateOptions#renameTables()}. */
        TABLE,
        /** A column: the hint goes to {@link AutogenerateOptions#renameColumns()}. */
        COLUMN
    }

    /**
     * Checks that nothing is null.
     *
     * @param kind        whether a table or a column was renamed
     * @param hint        the rename as {@link AutogenerateOptions} takes it
     * @param description one line for people
     */
    public RenameSuggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(description, "description");
    }

    static RenameSuggestion of(dev.retort.diff.RenameSuggestion suggestion) {
        return new RenameSuggestion(suggestion instanceof dev.retort.diff.TableRename ? Kind.TABLE : Kind.COLUMN,
                suggestion.hint(), suggestion.describe());
    }
}
