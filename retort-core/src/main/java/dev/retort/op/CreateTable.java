package dev.retort.op;

import dev.retort.schema.Table;
import java.util.Objects;

/** Creates a table with its columns, keys, constraints and indexes. Immutable. */
public record CreateTable(Table table) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table the table
     */
    public CreateTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropTable(table);
    }

    @Override
    public String describe() {
        return "create table " + table.name();
    }
}
