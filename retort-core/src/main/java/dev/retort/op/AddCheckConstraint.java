package dev.retort.op;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Adds a check constraint. Immutable. */
public record AddCheckConstraint(QualifiedName table, CheckConstraint check) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table the table
     * @param check the check
     */
    public AddCheckConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddCheckConstraint(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropCheckConstraint(table, check);
    }

    @Override
    public String describe() {
        return "add check " + check.name() + " to " + table;
    }
}
