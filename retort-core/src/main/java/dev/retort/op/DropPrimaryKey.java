package dev.retort.op;

import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Drops a primary key. Immutable. */
public record DropPrimaryKey(QualifiedName table, PrimaryKey primaryKey) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table      the table
     * @param primaryKey the primary key
     */
    public DropPrimaryKey {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(primaryKey, "primaryKey");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropPrimaryKey(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AddPrimaryKey(table, primaryKey);
    }

    @Override
    public String describe() {
        return "drop primary key of " + table;
    }
}
