package dev.retort.ddl;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/** Small builders for model values in DDL tests. */
final class Fixtures {

    static final ColumnType INT = ColumnType.IntegerType.of(4);
    static final ColumnType BIGINT = ColumnType.IntegerType.of(8);
    static final ColumnType TEXT = new ColumnType.StringType(ColumnType.Size.LARGE, null);
    static final ColumnType MONEY = new ColumnType.DecimalType(10, 2, false);

    private Fixtures() {
    }

    static ColumnType varchar(int length) {
        return new ColumnType.StringType(ColumnType.Size.VARYING, length);
    }

    static QualifiedName name(String name) {
        return QualifiedName.of(name);
    }

    static DefaultValue literal(String sql) {
        return new DefaultValue(sql, DefaultValue.Kind.LITERAL);
    }

    static DefaultValue function(String sql) {
        return new DefaultValue(sql, DefaultValue.Kind.FUNCTION);
    }

    static Column column(String name, ColumnType type, boolean nullable, DefaultValue value, String comment) {
        return Column.of(name, type, nullable).withDefault(value).withComment(comment);
    }

    static Column identity(String name, ColumnType type, Identity.Kind kind, String comment) {
        return Column.of(name, type, false).withIdentity(new Identity(kind)).withComment(comment);
    }

    static Column withComment(Column column, String comment) {
        return Column.of(column.name(), column.type(), column.nullable())
                .withDefault(column.defaultValue())
                .withIdentity(column.identity())
                .withGenerated(column.generated())
                .withOnUpdate(column.onUpdate())
                .withComment(comment);
    }

    static Column withDefault(Column column, DefaultValue value) {
        return Column.of(column.name(), column.type(), column.nullable())
                .withDefault(value)
                .withIdentity(column.identity())
                .withGenerated(column.generated())
                .withOnUpdate(column.onUpdate())
                .withComment(column.comment());
    }

    static Column withType(Column column, ColumnType type) {
        return Column.of(column.name(), type, column.nullable())
                .withDefault(column.defaultValue())
                .withIdentity(column.identity())
                .withGenerated(column.generated())
                .withOnUpdate(column.onUpdate())
                .withComment(column.comment());
    }

    static Column withNullable(Column column, boolean nullable) {
        return Column.of(column.name(), column.type(), nullable)
                .withDefault(column.defaultValue())
                .withIdentity(column.identity())
                .withGenerated(column.generated())
                .withOnUpdate(column.onUpdate())
                .withComment(column.comment());
    }

    static Column withIdentity(Column column, Identity identity) {
        return Column.of(column.name(), column.type(), column.nullable())
                .withDefault(column.defaultValue())
                .withIdentity(identity)
                .withGenerated(column.generated())
                .withOnUpdate(column.onUpdate())
                .withComment(column.comment());
    }

    static PrimaryKey primaryKey(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns));
    }

    static UniqueConstraint unique(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns));
    }

    static Index index(String name, boolean unique, Index.Key... keys) {
        return new Index(name, List.of(keys), unique, null, null);
    }

    static Index.Key asc(String column) {
        return Index.Key.column(column);
    }

    static Index.Key desc(String column) {
        return new Index.Key(column, null, Index.SortOrder.DESC, null);
    }

    static ForeignKey foreignKey(String name, String column, QualifiedName target, String targetColumn,
                                 ForeignKey.ReferentialAction onDelete, ForeignKey.ReferentialAction onUpdate) {
        return new ForeignKey(name, List.of(column), target, List.of(targetColumn), onDelete, onUpdate,
                ForeignKey.Deferrability.NOT_DEFERRABLE);
    }

    static CheckConstraint check(String name, String expression) {
        return new CheckConstraint(name, expression);
    }

    static Table table(QualifiedName name, List<Column> columns, PrimaryKey key) {
        return new Table(name, columns, key, List.of(), List.of(), List.of(), List.of(), null);
    }
}
