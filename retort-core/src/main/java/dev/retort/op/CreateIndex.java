package dev.retort.op;

import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Creates an index. Immutable. */
public record CreateIndex(QualifiedName table, Index index) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table the table
     * @param index the index
     */
    public CreateIndex {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropIndex(table, index);
    }

    @Override
    public String describe() {
        return "create index " + index.name() + " on " + table;
    }
}
