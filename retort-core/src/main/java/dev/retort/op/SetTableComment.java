package dev.retort.op;

import dev.retort.schema.QualifiedName;
import java.util.Objects;

/** Changes a table comment; null means none. Immutable. */
public record SetTableComment(QualifiedName table, String before, String after) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table  the table
     * @param before the before
     * @param after  the after
     */
    public SetTableComment {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitSetTableComment(this);
    }

    @Override
    public MigrationOp reverse() {
        return new SetTableComment(table, after, before);
    }

    @Override
    public String describe() {
        return "set comment of " + table;
    }
}
