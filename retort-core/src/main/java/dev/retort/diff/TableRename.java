package dev.retort.diff;

import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * A table renamed from {@code from} to {@code to}: a rename hint in {@link DiffOptions}, or a
 * {@link RenameSuggestion} in a {@link DiffResult}. Immutable and thread-safe.
 *
 * @param from the table's name in the database
 * @param to   its name in the model
 */
public record TableRename(QualifiedName from, QualifiedName to) implements RenameSuggestion {

    public TableRename {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("rename of table " + from + " to itself; leave the hint out");
        }
    }

    /**
     * Parses {@code old=new}, each side optionally {@code schema.table}.
     *
     * @throws IllegalArgumentException when the text has no {@code =} or an empty side
     */
    public static TableRename parse(String hint) {
        String[] sides = HintText.sides(hint, "--rename-table old=new");
        return new TableRename(HintText.name(sides[0], hint), HintText.name(sides[1], hint));
    }

    @Override
    public String hint() {
        return "--rename-table " + from + "=" + to;
    }

    @Override
    public String describe() {
        return "table " + from + " may have been renamed to " + to;
    }
}
