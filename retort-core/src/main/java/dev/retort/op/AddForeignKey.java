package dev.retort.op;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Adds a foreign key. Immutable. */
public record AddForeignKey(QualifiedName table, ForeignKey foreignKey) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table      the table
     * @param foreignKey the foreign key
     */
    public AddForeignKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(foreignKey, "foreignKey");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddForeignKey(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropForeignKey(table, foreignKey);
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.columns() + " of " + table + " to " + foreignKey.referencedTable();
    }
}
