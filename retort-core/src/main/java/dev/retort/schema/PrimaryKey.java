package dev.retort.schema;

import java.util.List;

/**
 * A table's primary key. Immutable and thread-safe.
 *
 * @param name    the constraint name; {@code null} where the database has none (SQLite without
 *                {@code CONSTRAINT name}) or gives every key the same one (MySQL's {@code PRIMARY})
 * @param columns the key columns in key order
 */
public record PrimaryKey(String name, List<String> columns) {

    /**
     * Checks the key and copies its columns.
     *
     * @param name the constraint name; {@code null} where the database has none (SQLite without
     *     {@code CONSTRAINT name}) or gives every key the same one (MySQL's {@code PRIMARY})
     * @param columns the key columns in key order
     * @throws IllegalArgumentException when the key names no column, or a column twice
     */
    public PrimaryKey {
        name = Names.optional(name, "primary key");
        columns = Names.columns(columns, "primary key " + name);
    }
}
