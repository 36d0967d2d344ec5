package dev.retort.ddl;

import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The parts of one {@link Table}, copied so that an op can change some of them before a new table
 * is built. Mutable and not thread-safe: one change owns it.
 */
final class TableParts {

    QualifiedName name;
    final List<Column> columns;
    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques;
    final List<Index> indexes;
    final List<ForeignKey> foreignKeys;
    final List<CheckConstraint> checks;
    String comment;
    TableOptions options;
    Inheritance inheritance;

    TableParts(Table table) {
        name = table.name();
        columns = new ArrayList<>(table.columns());
        primaryKey = table.primaryKey();
        uniques = new ArrayList<>(table.uniques());
        indexes = new ArrayList<>(table.indexes());
        foreignKeys = new ArrayList<>(table.foreignKeys());
        checks = new ArrayList<>(table.checks());
        comment = table.comment();
        options = table.options();
        inheritance = table.inheritance();
    }

    Table build() {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, options, inheritance);
    }

    /** Position of the column, or -1. */
    int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    /** Removes every key, constraint and index that uses the column (what the databases do on DROP COLUMN). */
    void dropUsesOf(String column) {
        if (primaryKey != null && primaryKey.columns().contains(column)) {
            primaryKey = null;
        }
        uniques.removeIf(unique -> unique.columns().contains(column));
        foreignKeys.removeIf(key -> key.columns().contains(column));
        indexes.removeIf(index -> index.keys().stream().anyMatch(key -> column.equals(key.column())));
    }

    /** Renames the column in the column list and everywhere this table uses it. */
    void renameColumn(String from, String to) {
        UnaryOperator<String> rename = column -> column.equals(from) ? to : column;
        int at = columnIndex(from);
        Column old = columns.get(at);
        columns.set(at, old.withName(to));
        if (primaryKey != null) {
            primaryKey = new PrimaryKey(primaryKey.name(), renamed(primaryKey.columns(), rename));
        }
        uniques.replaceAll(unique -> unique.withColumns(renamed(unique.columns(), rename)));
        indexes.replaceAll(index -> new Index(index.name(), index.keys().stream()
                .map(key -> key.column() == null ? key
                        : key.withTarget(rename.apply(key.column()), null))
                .toList(), index.unique(), index.predicate(), index.method(), index.comment()));
        foreignKeys.replaceAll(key -> withColumns(key, renamed(key.columns(), rename),
                key.referencedTable().equals(name) ? renamed(key.referencedColumns(), rename) : key.referencedColumns()));
    }

    /** Gives the parts the names a table rename takes them to. */
    void renameParts(List<RenameTable.PartName> names) {
        for (RenameTable.PartName name : names) {
            UnaryOperator<String> rename = old -> name.from().equals(old) ? name.to() : old;
            switch (name.part()) {
                case PRIMARY_KEY -> primaryKey = primaryKey == null ? null
                        : new PrimaryKey(rename.apply(primaryKey.name()), primaryKey.columns());
                case UNIQUE -> uniques.replaceAll(unique -> new UniqueConstraint(rename.apply(unique.name()),
                        unique.columns(), unique.deferrability(), unique.nullsNotDistinct()));
                case CHECK -> checks.replaceAll(check -> new CheckConstraint(rename.apply(check.name()),
                        check.expression(), check.columnLevel()));
                case FOREIGN_KEY -> foreignKeys.replaceAll(key -> new ForeignKey(rename.apply(key.name()), key.columns(),
                        key.referencedTable(), key.referencedColumns(), key.onDelete(), key.onUpdate(), key.deferrability()));
                case INDEX -> indexes.replaceAll(index -> new Index(rename.apply(index.name()), index.keys(),
                        index.unique(), index.predicate(), index.method(), index.comment()));
            }
        }
    }

    /** Points this table's foreign keys and parents at a renamed table, or its keys at a renamed column of a referenced table. */
    void retarget(QualifiedName table, QualifiedName newName, UnaryOperator<String> columnRename) {
        foreignKeys.replaceAll(key -> !key.referencedTable().equals(table) ? key
                : new ForeignKey(key.name(), key.columns(), newName, renamed(key.referencedColumns(), columnRename),
                        key.onDelete(), key.onUpdate(), key.deferrability()));
        if (inheritance.parents().contains(table)) {
            inheritance = new Inheritance(inheritance.parents().stream().map(parent -> parent.equals(table) ? newName : parent)
                    .toList(), inheritance.bound(), inheritance.partitionKey());
        }
    }

    static ForeignKey withColumns(ForeignKey key, List<String> columns, List<String> referenced) {
        return new ForeignKey(key.name(), columns, key.referencedTable(), referenced, key.onDelete(), key.onUpdate(),
                key.deferrability());
    }

    private static List<String> renamed(List<String> columns, UnaryOperator<String> rename) {
        return columns.stream().map(rename).toList();
    }

    /** Removes the first element equal to {@code item} by name when it has one, else by full equality. */
    static <T> boolean removeMatching(List<T> items, T item, java.util.function.Function<T, String> name) {
        String wanted = name.apply(item);
        for (int i = 0; i < items.size(); i++) {
            T candidate = items.get(i);
            if (wanted != null ? wanted.equals(name.apply(candidate)) : Objects.equals(candidate, item)) {
                items.remove(i);
                return true;
            }
        }
        return false;
    }
}
