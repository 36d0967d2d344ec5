package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. Immutable and thread-safe.
 *
 * @param name              the constraint name, or {@code null} where the database keeps none (SQLite)
 * @param columns           the referencing columns, in key order
 * @param referencedTable   the referenced table (may be the same table, or part of a cycle)
 * @param referencedColumns the referenced columns, pairwise with {@code columns}
 * @param onDelete          the ON DELETE action
 * @param onUpdate          the ON UPDATE action
 * @param deferrability     whether checking may be deferred; {@code NOT_DEFERRABLE} where unsupported
 */
public record ForeignKey(
        String name,
        List<String> columns,
        QualifiedName referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete,
        ReferentialAction onUpdate,
        Deferrability deferrability) {

    /** What happens to referencing rows when the referenced row goes or changes. */
    public enum ReferentialAction {
        /** Fail at the end of the statement (or transaction, when deferred) if referencing rows remain. */
        NO_ACTION,
        /** Fail at once if referencing rows exist. */
        RESTRICT,
        /** Delete or update the referencing rows too. */
        CASCADE,
        /** Set the referencing columns to NULL. */
        SET_NULL,
        /** Set the referencing columns to their defaults. */
        SET_DEFAULT
    }

    /** SQL's deferrable constraint modes. */
    public enum Deferrability {
        /** Checked after each statement, always. */
        NOT_DEFERRABLE,
        /** Checked after each statement unless a transaction defers it ({@code SET CONSTRAINTS}). */
        DEFERRABLE_INITIALLY_IMMEDIATE,
        /** Checked at commit unless a transaction asks for it sooner. */
        DEFERRABLE_INITIALLY_DEFERRED
    }

    /**
     * Checks the key and copies the column lists.
     *
     * @param name the constraint name, or {@code null} where the database keeps none (SQLite)
     * @param columns the referencing columns, in key order
     * @param referencedTable the referenced table (may be the same table, or part of a cycle)
     * @param referencedColumns the referenced columns, pairwise with {@code columns}
     * @param onDelete the ON DELETE action
     * @param onUpdate the ON UPDATE action
     * @param deferrability whether checking may be deferred; {@code NOT_DEFERRABLE} where unsupported
     * @throws IllegalArgumentException when the key names no column, a column twice, or not as many columns
     *     as it references
     */
    public ForeignKey {
        name = Names.optional(name, "foreign key");
        columns = Names.columns(columns, "foreign key " + name);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        if (referencedColumns.size() != columns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        Objects.requireNonNull(onDelete, "onDelete");
        Objects.requireNonNull(onUpdate, "onUpdate");
        Objects.requireNonNull(deferrability, "deferrability");
    }
}
