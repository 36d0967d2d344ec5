package dev.retort.diff;

import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * A column of {@code table} renamed from {@code from} to {@code to}: a rename hint in
 * {@link DiffOptions}, or a {@link RenameSuggestion} in a {@link DiffResult}. Immutable and thread-safe.
 *
 * @param table the table, by its name in the model (its name in the database is accepted too)
 * @param from  the column's name in the database
 * @param to    its name in the model
 */
public record ColumnRename(QualifiedName table, String from, String to) implements RenameSuggestion {

    public ColumnRename {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isEmpty() || to.isEmpty() || from.equals(to)) {
            throw new IllegalArgumentException("rename of column " + table + "." + from + " to '" + to
                    + "' names no change; give two different, non-empty names");
        }
    }

    /**
     * Parses {@code table.old=new}; the table may be {@code schema.table}.
     *
     * @throws IllegalArgumentException when the text has no {@code =}, no table or an empty side
     */
    public static ColumnRename parse(String hint) {
        String[] sides = HintText.sides(hint, "--rename-column table.old=new");
        int dot = sides[0].lastIndexOf('.');
        if (dot <= 0 || dot == sides[0].length() - 1) {
            throw new IllegalArgumentException("rename hint '" + hint + "' names no table; write it as table.old=new");
        }
        return new ColumnRename(HintText.name(sides[0].substring(0, dot), hint), sides[0].substring(dot + 1), sides[1]);
    }

    @Override
    public String hint() {
        return "--rename-column " + table + "." + from + "=" + to;
    }

    @Override
    public String describe() {
        return "column " + table + "." + from + " may have been renamed to " + to;
    }
}
