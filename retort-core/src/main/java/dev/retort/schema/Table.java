package dev.retort.schema;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One table: its columns in ordinal order, its keys, constraints and indexes, its comment, and (PostgreSQL)
 * the tables it inherits from or is a partition of.
 *
 * <p>Constraints and indexes are sorted on construction (by name; unnamed ones after the named,
 * by their columns), so equality does not depend on the order a catalog returned them in.
 * Indexes that only back a primary key or unique constraint are not listed: the constraint is.
 * Immutable and thread-safe.
 *
 * @param name        the table's name
 * @param columns     the columns in ordinal order, at least one, unique by name
 * @param primaryKey  the primary key, or {@code null}
 * @param uniques     unique constraints
 * @param indexes     indexes that are not the backing index of a key or unique constraint
 * @param foreignKeys foreign keys
 * @param checks      check constraints
 * @param comment     the table comment, or {@code null}
 * @param options     MySQL/MariaDB default character set and table options; {@link TableOptions#NONE}
 *                    (also for {@code null}) means the database's defaults, as on every other dialect
 * @param inheritance PostgreSQL's table inheritance and partitioning; {@link Inheritance#NONE} (also for
 *                    {@code null}) for a table on its own, as every table of the other dialects is
 */
public record Table(
        QualifiedName name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniques,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        String comment,
        TableOptions options,
        Inheritance inheritance) {

    private static final Comparator<String> NAME = Comparator.nullsLast(Comparator.naturalOrder());

    /**
     * Checks the table and copies its lists; null options or inheritance become {@code NONE}.
     *
     * @param name the table's name
     * @param columns the columns in ordinal order, at least one, unique by name
     * @param primaryKey the primary key, or {@code null}
     * @param uniques unique constraints
     * @param indexes indexes that are not the backing index of a key or unique constraint
     * @param foreignKeys foreign keys
     * @param checks check constraints
     * @param comment the table comment, or {@code null}
     * @param options MySQL/MariaDB default character set and table options; {@link TableOptions#NONE} (also
     *     for {@code null}) means the database's defaults, as on every other dialect
     * @param inheritance PostgreSQL's table inheritance and partitioning; {@link Inheritance#NONE} (also for
     *     {@code null}) for a table on its own, as every table of the other dialects is
     * @throws IllegalArgumentException when the table is inconsistent (it inherits from itself, repeats a
     *     column name, or a key names a column it lacks)
     */
    public Table {
        Objects.requireNonNull(name, "name");
        options = options == null ? TableOptions.NONE : options;
        inheritance = inheritance == null ? Inheritance.NONE : inheritance;
        if (inheritance.parents().contains(name)) {
            throw new IllegalArgumentException("table " + name + " cannot inherit from itself");
        }
        columns = List.copyOf(columns);
        uniques = Schema.sorted(uniques, Comparator.comparing(UniqueConstraint::name, NAME)
                .thenComparing(unique -> unique.columns().toString()));
        indexes = Schema.sorted(indexes, Comparator.comparing(Index::name));
        foreignKeys = Schema.sorted(foreignKeys, Comparator.comparing(ForeignKey::name, NAME)
                .thenComparing(key -> key.columns().toString()));
        checks = Schema.sorted(checks, Comparator.comparing(CheckConstraint::name, NAME)
                .thenComparing(CheckConstraint::expression));
        Set<String> seen = new HashSet<>();
        for (Column column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException("column " + column.name() + " appears twice in table " + name);
            }
        }
        if (primaryKey != null) {
            requireColumns(name, seen, primaryKey.columns(), "primary key");
        }
        for (UniqueConstraint unique : uniques) {
            requireColumns(name, seen, unique.columns(), "unique constraint " + unique.name());
        }
        for (ForeignKey key : foreignKeys) {
            requireColumns(name, seen, key.columns(), "foreign key " + key.name());
        }
    }

    /**
     * A table with the database's default options.
     *
     * @param name the table's name
     * @param columns the columns in ordinal order, at least one, unique by name
     * @param primaryKey the primary key, or {@code null}
     * @param uniques unique constraints
     * @param indexes indexes that are not the backing index of a key or unique constraint
     * @param foreignKeys foreign keys
     * @param checks check constraints
     * @param comment the table comment, or {@code null}
     */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment) {
        this(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, TableOptions.NONE);
    }

    /**
     * A table on its own (no parent, not partitioned).
     *
     * @param name the table's name
     * @param columns the columns in ordinal order, at least one, unique by name
     * @param primaryKey the primary key, or {@code null}
     * @param uniques unique constraints
     * @param indexes indexes that are not the backing index of a key or unique constraint
     * @param foreignKeys foreign keys
     * @param checks check constraints
     * @param comment the table comment, or {@code null}
     * @param options MySQL/MariaDB default character set and table options; {@link TableOptions#NONE} (also
     *     for {@code null}) means the database's defaults, as on every other dialect
     */
    public Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<Index> indexes, List<ForeignKey> foreignKeys, List<CheckConstraint> checks, String comment,
                 TableOptions options) {
        this(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, options, Inheritance.NONE);
    }

    /**
     * {@return this table with other options}
     *
     * @param newOptions the options, or null for none
     */
    public Table withOptions(TableOptions newOptions) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, newOptions, inheritance);
    }

    /**
     * {@return this table with other parents, bound or partition key}
     *
     * @param newInheritance the parents, bound and partition key, or null for none
     */
    public Table withInheritance(Inheritance newInheritance) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, options, newInheritance);
    }

    private static void requireColumns(QualifiedName table, Set<String> columns, List<String> used, String what) {
        for (String column : used) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(what + " of table " + table + " names column " + column
                        + ", which the table does not have");
            }
        }
    }

    /**
     * {@return the column with this name, if there is one}
     *
     * @param columnName the column's name, as the catalog spells it
     */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }
}
