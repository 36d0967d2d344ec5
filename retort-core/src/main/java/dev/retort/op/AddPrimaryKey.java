package dev.retort.op;

import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Adds a primary key. Immutable. */
public record AddPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table      the table
     * @param primaryKey the primary key
     */
    public AddPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddPrimaryKey(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropPrimaryKey(table, primaryKey);
    }

    @Override
    public String describe() {
        return "add primary key " + primaryKey.columns() + " to " + table;
    }
}
