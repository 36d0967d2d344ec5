package dev.retort.schema;

import java.util.List;

/**
 * A unique constraint over plain columns. MySQL/MariaDB report these as unique indexes; the
 * readers model them as what they are. Immutable and thread-safe.
 *
 * @param name    the constraint name, or {@code null} where the database keeps none (SQLite)
 * @param columns the columns in constraint order
 */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        name = Names.optional(name, "unique constraint");
        columns = Names.columns(columns, "unique constraint " + name);
    }
}
