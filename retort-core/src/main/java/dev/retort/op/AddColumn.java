package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * Adds a column. Immutable.
 *
 * @param table  the table
 * @param column the new column
 * @param after  the column it follows where the database can place columns (MySQL, H2), so the table
 *               keeps the model's column order; {@code null} appends it, as every database can
 */
public record AddColumn(QualifiedName table, Column column, String after) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table  the table
     * @param column the new column
     * @param after  the column it follows where the database can place columns (MySQL, H2), so the table keeps the
     *               model's column order; {@code null} appends it, as every database can
     */
    public AddColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        if (column.name().equals(after)) {
            throw new IllegalArgumentException("column " + column.name() + " cannot follow itself");
        }
    }

    /**
     * Appends the column.
     *
     * @param table  the table
     * @param column the new column
     */
    public AddColumn(QualifiedName table, Column column) {
        this(table, column, null);
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }

    @Override
    public MigrationOp reverse() {
        return new DropColumn(table, column, after);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name();
    }
}
