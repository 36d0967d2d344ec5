package dev.retort.op;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import java.util.Objects;

/** Adds a unique constraint. Immutable. */
public record AddUniqueConstraint(QualifiedName table, UniqueConstraint unique) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table  the table
     * @param unique the unique
     */
    public AddUniqueConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(unique, "unique");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddUniqueConstraint(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropUniqueConstraint(table, unique);
    }

    @Override
    public String describe() {
        return "add unique " + unique.columns() + " to " + table;
    }
}
