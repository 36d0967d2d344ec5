package dev.retort.op;

import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Renames a column, keeping its data. Immutable. */
public record RenameColumn(QualifiedName table, String from, String to) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table the table
     * @param from  the from
     * @param to    the to
     */
    public RenameColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitRenameColumn(this);
    }

    @Override
    public MigrationOp reverse() {
        return new RenameColumn(table, to, from);
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + from + " to " + to;
    }
}
