package dev.retort.model;

import dev.retort.schema.Index;

/**
 * Key parts of an index in a {@link SchemaBuilder} model: ascending and descending columns,
 * expressions, MySQL prefixes. Refine one further with {@link Index.Key#withNulls},
 * {@link Index.Key#withCollation} or {@link Index.Key#withOperatorClass}. Stateless.
 */
public final class Keys {

    private Keys() {
    }

    /**
     * {@return an ascending column}
     *
     * @param column the column's name
     */
    public static Index.Key asc(String column) {
        return Index.Key.column(column);
    }

    /**
     * {@return a descending column}
     *
     * @param column the column's name
     */
    public static Index.Key desc(String column) {
        return new Index.Key(column, null, Index.SortOrder.DESC, null);
    }

    /**
     * {@return an ascending expression ({@code lower(email)}), written as the database prints it back, which
     * is what the model is compared with: PostgreSQL prints {@code lower((email)::text)} for a varchar}
     *
     * @param sql the expression's SQL
     */
    public static Index.Key expression(String sql) {
        return new Index.Key(null, sql, Index.SortOrder.ASC, null);
    }

    /**
     * {@return a descending expression}
     *
     * @param sql the expression's SQL
     */
    public static Index.Key expressionDesc(String sql) {
        return new Index.Key(null, sql, Index.SortOrder.DESC, null);
    }

    /**
     * {@return MySQL/MariaDB: the first {@code length} characters of a string column}
     *
     * @param column the column's name
     * @param length the prefix length, in characters
     */
    public static Index.Key prefix(String column, int length) {
        return new Index.Key(column, null, Index.SortOrder.ASC, length);
    }
}
