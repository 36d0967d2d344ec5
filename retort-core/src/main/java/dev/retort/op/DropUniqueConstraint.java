package dev.retort.op;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import java.util.Objects;

/** Drops a unique constraint. Immutable. */
public record DropUniqueConstraint(QualifiedName table, UniqueConstraint unique) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table  the table
     * @param unique the unique
     */
    public DropUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropUniqueConstraint(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AddUniqueConstraint(table, unique);
    }

    @Override
    public String describe() {
        return "drop unique " + unique.name() + " of " + table;
    }
}
