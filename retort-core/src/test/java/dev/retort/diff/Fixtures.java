package dev.retort.diff;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/** Hand-built schema values for the diff tests. */
final class Fixtures {

    static final ColumnType INT = ColumnType.IntegerType.of(4);
    static final ColumnType BIGINT = ColumnType.IntegerType.of(8);
    static final ColumnType TEXT = new ColumnType.StringType(ColumnType.Size.LARGE, null);

    private Fixtures() {
    }

    static QualifiedName name(String table) {
        return QualifiedName.of(table);
    }

    static ColumnType varchar(int length) {
        return new ColumnType.StringType(ColumnType.Size.VARYING, length);
    }

    static Column column(String name, ColumnType type) {
        return Column.of(name, type, true);
    }

    static Column notNull(String name, ColumnType type) {
        return Column.of(name, type, false);
    }

    static Column withDefault(String name, ColumnType type, String sql, DefaultValue.Kind kind) {
        return Column.of(name, type, true).withDefault(new DefaultValue(sql, kind));
    }

    static ForeignKey fk(String name, String column, String target) {
        return new ForeignKey(name, List.of(column), name(target), List.of("id"), ForeignKey.ReferentialAction.NO_ACTION,
                ForeignKey.ReferentialAction.NO_ACTION, ForeignKey.Deferrability.NOT_DEFERRABLE);
    }

    static ForeignKey fk(String name, String column, String target, ForeignKey.ReferentialAction onDelete) {
        return new ForeignKey(name, List.of(column), name(target), List.of("id"), onDelete,
                ForeignKey.ReferentialAction.NO_ACTION, ForeignKey.Deferrability.NOT_DEFERRABLE);
    }

    static Index index(String name, String... columns) {
        return new Index(name, List.of(columns).stream().map(Index.Key::column).toList(), false, null, null);
    }

    static Schema schema(Table... tables) {
        return new Schema(List.of(tables), List.of());
    }

    /** A table with an integer primary key {@code id} plus the given columns. */
    static TableSpec table(String name) {
        return new TableSpec(name);
    }

    /** A small mutable builder; {@link #build()} gives the immutable table. */
    static final class TableSpec {
        private final String name;
        private final List<Column> columns = new ArrayList<>(List.of(notNull("id", INT)));
        private PrimaryKey primaryKey = new PrimaryKey(null, List.of("id"));
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<CheckConstraint> checks = new ArrayList<>();
        private String comment;

        private TableSpec(String name) {
            this.name = name;
        }

        TableSpec column(Column column) {
            columns.add(column);
            return this;
        }

        TableSpec column(String column, ColumnType type) {
            return column(Fixtures.column(column, type));
        }

        /** A nullable int column {@code column} and a foreign key on it to {@code target(id)}. */
        TableSpec references(String column, String target) {
            columns.add(Fixtures.column(column, INT));
            foreignKeys.add(fk("fk_" + name + "_" + column, column, target));
            return this;
        }

        TableSpec primaryKey(PrimaryKey key) {
            primaryKey = key;
            return this;
        }

        TableSpec unique(UniqueConstraint unique) {
            uniques.add(unique);
            return this;
        }

        TableSpec index(Index index) {
            indexes.add(index);
            return this;
        }

        TableSpec foreignKey(ForeignKey key) {
            foreignKeys.add(key);
            return this;
        }

        TableSpec check(CheckConstraint check) {
            checks.add(check);
            return this;
        }

        TableSpec comment(String text) {
            comment = text;
            return this;
        }

        Table build() {
            return new Table(name(name), columns, primaryKey, uniques, indexes, foreignKeys, checks, comment);
        }
    }
}
