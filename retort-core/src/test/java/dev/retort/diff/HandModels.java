package dev.retort.diff;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;

/**
 * Models written by hand, the way an application's code would declare them: types, defaults and
 * checks in plain SQL spellings, no constraint names, no index behind a foreign key. The ITs create
 * the same tables in each database and expect the dialect's rules to find no difference.
 */
final class HandModels {

    private HandModels() {
    }

    static Column column(String name, ColumnType type, boolean nullable, String defaultSql) {
        return Column.of(name, type, nullable)
                .withDefault(defaultSql == null ? null : new DefaultValue(defaultSql, defaultSql.matches("[-0-9.']+.*|true|false|TRUE|FALSE") ? DefaultValue.Kind.LITERAL : DefaultValue.Kind.FUNCTION));
    }

    static Column identity(String name, ColumnType type, Identity.Kind kind) {
        return Column.of(name, type, false).withIdentity(new Identity(kind));
    }

    /**
     * parent(id, code unique, created default now, status checked, amount default 0) and
     * child(id, parent_id → parent on delete cascade, note of the given text type, flag default false), with an expression
     * index on child when {@code expressionIndex}.
     */
    static Schema parentAndChild(Column parentId, Column childId, ColumnType created, String createdDefault,
                                 ColumnType note, boolean expressionIndex) {
        Table parent = new Table(Fixtures.name("parent"), List.of(parentId,
                column("code", Fixtures.varchar(10), false, null),
                column("created", created, true, createdDefault),
                column("status", Fixtures.varchar(10), true, "'new'"),
                column("amount", new ColumnType.DecimalType(10, 2, false), true, "0")),
                new PrimaryKey(null, List.of("id")), List.of(new UniqueConstraint(null, List.of("code"))), List.of(), List.of(),
                List.of(new CheckConstraint(null, "status IN ('new', 'done')")), null);
        Table child = new Table(Fixtures.name("child"), List.of(childId,
                column("parent_id", ColumnType.IntegerType.of(4), true, null),
                column("note", note, true, null),
                column("flag", new ColumnType.BooleanType(), true, "FALSE")),
                new PrimaryKey(null, List.of("id")), List.of(),
                expressionIndex ? List.of(new Index("ix_child_note", List.of(new Index.Key(null, "lower(note)", Index.SortOrder.ASC, null)),
                        false, null, null)) : List.of(),
                List.of(new ForeignKey(null, List.of("parent_id"), Fixtures.name("parent"), List.of("id"),
                        ForeignKey.ReferentialAction.CASCADE, ForeignKey.ReferentialAction.NO_ACTION,
                        ForeignKey.Deferrability.NOT_DEFERRABLE)),
                List.of(), null);
        return new Schema(List.of(parent, child), List.of());
    }

    static ColumnType timestamp() {
        return new TemporalType(TemporalType.Kind.TIMESTAMP, null);
    }
}
