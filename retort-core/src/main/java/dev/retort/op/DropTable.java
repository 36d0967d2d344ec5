package dev.retort.op;

import dev.retort.schema.Table;
import java.util.Objects;

/** Drops a table; holds the whole table so the drop can be reversed (structure, not rows). Immutable. */
public record DropTable(Table table) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table the table
     */
    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }

    @Override
    public MigrationOp reverse() {
        return new CreateTable(table);
    }

    @Override
    public String describe() {
        return "drop table " + table.name();
    }

    @Override
    public String destructiveReason() {
        return "drops table " + table.name() + " and every row in it";
    }}
