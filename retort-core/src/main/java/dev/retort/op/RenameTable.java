package dev.retort.op;

import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Renames a table, keeping its rows. Immutable. */
public record RenameTable(QualifiedName from, QualifiedName to) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param from the from
     * @param to   the to
     */
    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }

    @Override
    public MigrationOp reverse() {
        return new RenameTable(to, from);
    }

    @Override
    public String describe() {
        return "rename table " + from + " to " + to;
    }
}
