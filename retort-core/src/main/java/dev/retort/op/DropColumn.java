package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * Drops a column; holds the whole column, and the one it follows, so the drop can be reversed
 * (structure and place, not data). Immutable.
 *
 * @param table  the table
 * @param column the column as it is
 * @param after  the column it follows, for putting it back in its place; {@code null} puts it back at the end
 */
public record DropColumn(QualifiedName table, Column column, String after) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table  the table
     * @param column the column as it is
     * @param after  the column it follows, for putting it back in its place; {@code null} puts it back at the end
     */
    public DropColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (column.name().equals(after)) {
            throw new IllegalArgumentException("column " + column.name() + " cannot follow itself");
        }
    }

    /**
     * Drops a column whose reverse puts it back at the end of the table.
     *
     * @param table  the table
     * @param column the column as it is
     */
    public DropColumn(QualifiedName table, Column column) {
        this(table, column, null);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AddColumn(table, column, after);
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column.name();
    }

    @Override
    public String destructiveReason() {
        return "drops column " + table + "." + column.name() + " and its data";
    }
}
