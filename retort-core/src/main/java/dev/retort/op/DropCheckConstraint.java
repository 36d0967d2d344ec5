package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Drops a check constraint. Immutable. */
public record DropCheckConstraint(QualifiedName table, CheckConstraint check) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table the table
     * @param check the check
     */
    public DropCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropCheckConstraint(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AddCheckConstraint(table, check);
    }

    @Override
    public String describe() {
        return "drop check " + check.name() + " of " + table;
    }
}
