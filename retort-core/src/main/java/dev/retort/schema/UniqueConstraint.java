package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint over plain columns. MySQL/MariaDB report these as unique indexes; the
 * readers model them as what they are. Immutable and thread-safe.
 *
 * @param name             the constraint name, or {@code null} where the database keeps none (SQLite)
 * @param columns          the columns in constraint order
 * @param deferrability    whether checking may be deferred (PostgreSQL); {@code NOT_DEFERRABLE} where unsupported
 * @param nullsNotDistinct whether rows whose columns are NULL count as duplicates (PostgreSQL 15+
 *                         {@code NULLS NOT DISTINCT}); {@code false}, the standard's behaviour, elsewhere
 */
public record UniqueConstraint(String name, List<String> columns, ForeignKey.Deferrability deferrability,
                               boolean nullsNotDistinct) {

    /**
     * Checks the constraint and copies its columns.
     *
     * @param name the constraint name, or {@code null} where the database keeps none (SQLite)
     * @param columns the columns in constraint order
     * @param deferrability whether checking may be deferred (PostgreSQL); {@code NOT_DEFERRABLE} where
     *     unsupported
     * @param nullsNotDistinct whether rows whose columns are NULL count as duplicates (PostgreSQL 15+
     *     {@code NULLS NOT DISTINCT}); {@code false}, the standard's behaviour, elsewhere
     * @throws IllegalArgumentException when the constraint names no column, or a column twice
     */
    public UniqueConstraint {
        name = Names.optional(name, "unique constraint");
        columns = Names.columns(columns, "unique constraint " + name);
        Objects.requireNonNull(deferrability, "deferrability");
    }

    /**
     * An immediately checked constraint under which NULLs are distinct, as the standard has it.
     *
     * @param name the constraint name, or {@code null} where the database keeps none (SQLite)
     * @param columns the columns in constraint order
     */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, ForeignKey.Deferrability.NOT_DEFERRABLE, false);
    }

    /**
     * {@return this constraint over other columns (a rename), everything else kept}
     *
     * @param newColumns the constraint's columns, in order
     */
    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferrability, nullsNotDistinct);
    }
}
