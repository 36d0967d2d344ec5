package dev.retort.op;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Drops a foreign key. Immutable. */
public record DropForeignKey(QualifiedName table, ForeignKey foreignKey) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table      the table
     * @param foreignKey the foreign key
     */
    public DropForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropForeignKey(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AddForeignKey(table, foreignKey);
    }

    @Override
    public String describe() {
        return "drop foreign key " + foreignKey.name() + " of " + table;
    }
}
