package dev.retort.reflect;

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

/**
 * Collects the parts of one {@link Table} while a reader walks its catalog rows, which arrive
 * grouped by kind rather than by table. Mutable and not thread-safe: one reader call owns it.
 */
public final class TableBuilder {

    private final QualifiedName name;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private PrimaryKey primaryKey;
    private TableOptions options = TableOptions.NONE;
    private Inheritance inheritance = Inheritance.NONE;

    public TableBuilder(QualifiedName name, String comment) {
        this.name = name;
        this.comment = comment == null || comment.isEmpty() ? null : comment;
    }

    public QualifiedName name() {
        return name;
    }

    /** The columns added so far, in the order added. */
    public List<Column> columns() {
        return columns;
    }

    public void column(Column column) {
        columns.add(column);
    }

    /** Replaces the column of the same name, for facts learnt after the columns were read. */
    public void replaceColumn(Column column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column.name())) {
                columns.set(i, column);
                return;
            }
        }
        throw new IllegalArgumentException("table " + name + " has no column " + column.name() + " to replace");
    }

    /** The table's default character set and options, where they are not the database's. */
    public void options(TableOptions tableOptions) {
        options = tableOptions;
    }

    /** The tables this one inherits from or is a partition of, and its partition key (PostgreSQL). */
    public void inheritance(Inheritance tableInheritance) {
        inheritance = tableInheritance;
    }

    public void primaryKey(PrimaryKey key) {
        primaryKey = key;
    }

    public PrimaryKey primaryKey() {
        return primaryKey;
    }

    public void unique(UniqueConstraint unique) {
        uniques.add(unique);
    }

    public void index(Index index) {
        indexes.add(index);
    }

    public void foreignKey(ForeignKey key) {
        foreignKeys.add(key);
    }

    public void check(CheckConstraint check) {
        checks.add(check);
    }

    /** The finished, validated table. */
    public Table build() {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, options, inheritance);
    }
}
