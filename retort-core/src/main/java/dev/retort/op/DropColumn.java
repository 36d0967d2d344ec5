package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Drops a column; holds the whole column so the drop can be reversed (structure, not data). Immutable. */
public record DropColumn(QualifiedName table, Column column) implements MigrationOp {

    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AddColumn(table, column);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column.name();
    }

    @Override
    public String destructiveReason() {
        return "drops column " + table + "." + column.name() + " and its data";
    }}
