package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Adds a column. Immutable. */
public record AddColumn(QualifiedName table, Column column) implements MigrationOp {

    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropColumn(table, column);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
