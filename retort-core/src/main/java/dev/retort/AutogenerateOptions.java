package dev.retort;

import java.util.List;

/**
 * How to compare the model with the database. Immutable.
 *
 * @param renameTables  hints {@code old=new}: a dropped and an added table are one renamed table
 * @param renameColumns hints {@code table.old=new}
 * @param allowEmpty    write a revision even when nothing differs
 */
public record AutogenerateOptions(List<String> renameTables, List<String> renameColumns, boolean allowEmpty) {
    /**
     * Copies the hint lists.
     *
     * @param renameTables  hints {@code old=new}
     * @param renameColumns hints {@code table.old=new}
     * @param allowEmpty    write a revision even when nothing differs
     */
    public AutogenerateOptions {
        renameTables = List.copyOf(renameTables);
        renameColumns = List.copyOf(renameColumns);
    }

    /**
     * No hints, no empty revisions.
     *
     * @return the default options
     */
    public static AutogenerateOptions defaults() {
        return new AutogenerateOptions(List.of(), List.of(), false);
    }
}
