package dev.retort.op;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.TableOptions;
import java.util.Objects;

/**
 * Changes a MySQL/MariaDB table's default character set and table options ({@code ENGINE},
 * {@code ROW_FORMAT}…), from {@code before} to {@code after}. Only the table's default changes:
 * existing columns keep their character sets (no {@code CONVERT TO}), which the diff alters one by
 * one where the model wants them changed. Immutable.
 */
public record AlterTableOptions(QualifiedName table, TableOptions before, TableOptions after) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table  the table
     * @param before the before
     * @param after  the after
     */
    public AlterTableOptions {
        Objects.requireNonNull(table, "table");
        before = before == null ? TableOptions.NONE : before;
        after = after == null ? TableOptions.NONE : after;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterTableOptions(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AlterTableOptions(table, after, before);
    }

    @Override
    public String describe() {
        return "alter options of " + table;
    }
}
