package dev.retort.op;

import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Drops an index; holds it so the drop can be reversed. Immutable. */
public record DropIndex(QualifiedName table, Index index) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table the table
     * @param index the index
     */
    public DropIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }

    @Override
    public MigrationOp reverse() {
        return new CreateIndex(table, index);
    }

    @Override
    public String describe() {
        return "drop index " + index.name() + " of " + table;
    }
}
