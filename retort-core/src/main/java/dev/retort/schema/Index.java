package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index that is not merely the backing index of a primary key or unique constraint.
 * Immutable and thread-safe.
 *
 * @param name      the index name
 * @param keys      the key parts in order: columns or expressions, each with its sort order
 * @param unique    whether the index enforces uniqueness
 * @param predicate the WHERE condition of a partial index, or {@code null}
 * @param method    the access method where the database has a choice and it is not the default
 *                  ({@code gin}, {@code gist}, {@code hash}, {@code FULLTEXT}…), or {@code null}
 * @param comment   the index comment (MySQL/MariaDB {@code COMMENT '…'}), or {@code null}; an empty one is none
 */
public record Index(String name, List<Key> keys, boolean unique, String predicate, String method, String comment) {

    /** Ascending or descending. */
    public enum SortOrder {
        /** Ascending, the default. */
        ASC,
        /** Descending. */
        DESC
    }

    /**
     * Where NULLs sort in a key part. {@code DEFAULT} is the SQL standard's and PostgreSQL's for the
     * direction (last ascending, first descending); a key part states {@code FIRST} or {@code LAST} only
     * where it differs from that, so {@code ASC NULLS LAST} and {@code ASC} are one key. Only the
     * PostgreSQL reader reads it (MySQL and SQLite indexes have no NULL order).
     */
    public enum Nulls {
        /** The direction's default: last ascending, first descending. */
        DEFAULT,
        /** NULLs first where the direction puts them last ({@code ASC NULLS FIRST}). */
        FIRST,
        /** NULLs last where the direction puts them first ({@code DESC NULLS LAST}). */
        LAST
    }

    /**
     * One key part: a column or an expression. Immutable.
     *
     * @param column       the column, or {@code null} for an expression part
     * @param expression   the expression, or {@code null} for a column part
     * @param order        the sort order
     * @param prefixLength MySQL/MariaDB prefix length of a string column, or {@code null}
     * @param collation    PostgreSQL: the key's collation where it is not the column's (for an expression,
     *                     where it is not its type's default), or {@code null}; one of the default schema
     *                     carries no schema
     * @param nulls        where NULLs sort, normalised: {@code DEFAULT} when it is the direction's default
     * @param operatorClass PostgreSQL: the key's operator class where it is not the default one for the
     *                     key's type and the index's method ({@code gin_trgm_ops}, {@code jsonb_path_ops}),
     *                     or {@code null}
     */
    public record Key(String column, String expression, SortOrder order, Integer prefixLength,
                      QualifiedName collation, Nulls nulls, OperatorClass operatorClass) {
        /**
         * Checks the key part.
         *
         * @param column the column, or {@code null} for an expression part
         * @param expression the expression, or {@code null} for a column part
         * @param order the sort order
         * @param prefixLength MySQL/MariaDB prefix length of a string column, or {@code null}
         * @param collation PostgreSQL: the key's collation where it is not the column's (for an expression,
         *     where it is not its type's default), or {@code null}; one of the default schema carries no
         *     schema
         * @param nulls where NULLs sort, normalised: {@code DEFAULT} when it is the direction's default
         * @param operatorClass PostgreSQL: the key's operator class where it is not the default one for the
         *     key's type and the index's method ({@code gin_trgm_ops}, {@code jsonb_path_ops}), or
         *     {@code null}
         * @throws IllegalArgumentException when it is not exactly one of a column and an expression, or a
         *     prefix length is below 1
         */
        public Key {
            if ((column == null) == (expression == null)) {
                throw new IllegalArgumentException("an index key is either a column or an expression: "
                        + column + " / " + expression);
            }
            Objects.requireNonNull(order, "order");
            if (prefixLength != null && prefixLength < 1) {
                throw new IllegalArgumentException("prefix length must be positive: " + prefixLength);
            }
            nulls = nulls == null || nulls == (order == SortOrder.ASC ? Nulls.LAST : Nulls.FIRST) ? Nulls.DEFAULT : nulls;
        }

        /**
         * A key part with the default operator class.
         *
         * @param column the column, or {@code null} for an expression part
         * @param expression the expression, or {@code null} for a column part
         * @param order the sort order
         * @param prefixLength MySQL/MariaDB prefix length of a string column, or {@code null}
         * @param collation PostgreSQL: the key's collation where it is not the column's (for an expression,
         *     where it is not its type's default), or {@code null}; one of the default schema carries no
         *     schema
         * @param nulls where NULLs sort, normalised: {@code DEFAULT} when it is the direction's default
         */
        public Key(String column, String expression, SortOrder order, Integer prefixLength,
                   QualifiedName collation, Nulls nulls) {
            this(column, expression, order, prefixLength, collation, nulls, null);
        }

        /**
         * A key part with the default collation, NULL order and operator class.
         *
         * @param column the column, or {@code null} for an expression part
         * @param expression the expression, or {@code null} for a column part
         * @param order the sort order
         * @param prefixLength MySQL/MariaDB prefix length of a string column, or {@code null}
         */
        public Key(String column, String expression, SortOrder order, Integer prefixLength) {
            this(column, expression, order, prefixLength, null, Nulls.DEFAULT, null);
        }

        /**
         * {@return an ascending column part}
         *
         * @param column the column, or {@code null} for an expression part
         */
        public static Key column(String column) {
            return new Key(column, null, SortOrder.ASC, null);
        }

        /**
         * {@return this part on another column, or with another expression, everything else kept}
         *
         * @param newColumn the column, or null for an expression part
         * @param newExpression the expression, or null for a column part
         */
        public Key withTarget(String newColumn, String newExpression) {
            return new Key(newColumn, newExpression, order, prefixLength, collation, nulls, operatorClass);
        }

        /**
         * {@return this part with another collation ({@code null}: the column's)}
         *
         * @param newCollation the collation, or null for the column's
         */
        public Key withCollation(QualifiedName newCollation) {
            return new Key(column, expression, order, prefixLength, newCollation, nulls, operatorClass);
        }

        /**
         * {@return this part with NULLs sorted first or last ({@code DEFAULT}: the direction's default)}
         *
         * @param newNulls where NULLs sort
         */
        public Key withNulls(Nulls newNulls) {
            return new Key(column, expression, order, prefixLength, collation, newNulls, operatorClass);
        }

        /**
         * {@return this part with another operator class ({@code null}: the default one)}
         *
         * @param newOperatorClass the operator class, or null for the default one
         */
        public Key withOperatorClass(OperatorClass newOperatorClass) {
            return new Key(column, expression, order, prefixLength, collation, nulls, newOperatorClass);
        }
    }

    /**
     * A PostgreSQL operator class, which decides what an index on a key can answer ({@code gin_trgm_ops}
     * serves {@code LIKE '%x%'}, {@code jsonb_path_ops} only {@code @>}), with its parameters
     * ({@code siglen=32}, PostgreSQL 13+). Immutable.
     *
     * @param name       the operator class; one of the default schema or of {@code pg_catalog} carries no schema
     * @param parameters {@code name=value} as the catalog keeps them ({@code pg_attribute.attoptions}), in order
     */
    public record OperatorClass(QualifiedName name, List<String> parameters) {
        /**
         * Checks the parameters and copies them.
         *
         * @param name the operator class; one of the default schema or of {@code pg_catalog} carries no
         *     schema
         * @param parameters {@code name=value} as the catalog keeps them ({@code pg_attribute.attoptions}),
         *     in order
         * @throws IllegalArgumentException when a parameter is not {@code name=value}
         */
        public OperatorClass {
            Objects.requireNonNull(name, "name");
            parameters = List.copyOf(parameters);
            for (String parameter : parameters) {
                if (parameter.indexOf('=') < 1) {
                    throw new IllegalArgumentException("operator class " + name + " has a parameter without a name: " + parameter);
                }
            }
        }

        @Override
        public String toString() {
            return name + (parameters.isEmpty() ? "" : "(" + String.join(", ", parameters) + ")");
        }
    }

    /**
     * An index without a comment.
     *
     * @param name the index name
     * @param keys the key parts in order: columns or expressions, each with its sort order
     * @param unique whether the index enforces uniqueness
     * @param predicate the WHERE condition of a partial index, or {@code null}
     * @param method the access method where the database has a choice and it is not the default ({@code gin},
     *     {@code gist}, {@code hash}, {@code FULLTEXT}…), or {@code null}
     */
    public Index(String name, List<Key> keys, boolean unique, String predicate, String method) {
        this(name, keys, unique, predicate, method, null);
    }

    /**
     * Checks the index and copies its keys; an empty comment becomes null.
     *
     * @param name the index name
     * @param keys the key parts in order: columns or expressions, each with its sort order
     * @param unique whether the index enforces uniqueness
     * @param predicate the WHERE condition of a partial index, or {@code null}
     * @param method the access method where the database has a choice and it is not the default ({@code gin},
     *     {@code gist}, {@code hash}, {@code FULLTEXT}…), or {@code null}
     * @param comment the index comment (MySQL/MariaDB {@code COMMENT '…'}), or {@code null}; an empty one is
     *     none
     * @throws IllegalArgumentException when the index has no key parts or a blank predicate
     */
    public Index {
        Objects.requireNonNull(name, "name");
        comment = comment == null || comment.isEmpty() ? null : comment;
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no key parts");
        }
        if (predicate != null && predicate.isBlank()) {
            throw new IllegalArgumentException("index " + name + " has a blank predicate");
        }
    }
}
