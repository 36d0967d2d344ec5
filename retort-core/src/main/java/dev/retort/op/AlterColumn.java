package dev.retort.op;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * Changes a column's type, nullability, default, identity, generation, comment or collation; the name stays
 * (renames are {@link RenameColumn}). Holds the column before and after. Immutable.
 */
public record AlterColumn(QualifiedName table, Column before, Column after) implements MigrationOp {

    /**
     * Validates the components.
     *
     * @param table  the table
     * @param before the before
     * @param after  the after
     */
    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.name().equals(after.name())) {
            throw new IllegalArgumentException("AlterColumn keeps the name (" + before.name() + " -> " + after.name()
                    + "); use RenameColumn");
        }
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }

    @Override
    public MigrationOp reverse() {
        return new AlterColumn(table, after, before);
    }

    /**
     * Whether the type changes.
     *
     * @return true when before and after have different types
     */
    public boolean typeChanged() {
        return !before.type().equals(after.type());
    }

    /**
     * Whether the column becomes nullable or not null.
     *
     * @return true when before and after differ in nullability
     */
    public boolean nullabilityChanged() {
        return before.nullable() != after.nullable();
    }

    /**
     * PostgreSQL: whether the column's collation changes.
     *
     * @return true when before and after have different collations
     */
    public boolean collationChanged() {
        return !Objects.equals(before.collation(), after.collation());
    }

    /**
     * Whether the default changes.
     *
     * @return true when before and after have different defaults
     */
    public boolean defaultChanged() {
        return !Objects.equals(before.defaultValue(), after.defaultValue());
    }

    @Override
    public String destructiveReason() {
        if (typeChanged() && !Widening.isWidening(before.type(), after.type())) {
            return "changes the type of " + table + "." + before.name() + " from " + before.type().describe() + " to "
                    + after.type().describe() + ", which may not hold every existing value";
        }
        if (before.nullable() && !after.nullable()) {
            return "makes " + table + "." + before.name() + " NOT NULL, which fails or needs a default for existing NULLs";
        }
        return null;
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + before.name();
    }

    /** Type changes known to keep every value. */
    static final class Widening {
        private Widening() {
        }

        static boolean isWidening(ColumnType from, ColumnType to) {
            if (from instanceof ColumnType.IntegerType a && to instanceof ColumnType.IntegerType b) {
                return b.bytes() >= a.bytes() && a.unsigned() == b.unsigned();
            }
            if (from instanceof ColumnType.StringType a && to instanceof ColumnType.StringType b) {
                return a.size() == b.size() && (b.length() == null || (a.length() != null && b.length() >= a.length()));
            }
            if (from instanceof ColumnType.DecimalType a && to instanceof ColumnType.DecimalType b) {
                if (b.precision() == null) {
                    return true;
                }
                return a.precision() != null && b.precision() >= a.precision()
                        && java.util.Objects.requireNonNullElse(b.scale(), 0) >= java.util.Objects.requireNonNullElse(a.scale(), 0)
                        && b.precision() - java.util.Objects.requireNonNullElse(b.scale(), 0)
                        >= a.precision() - java.util.Objects.requireNonNullElse(a.scale(), 0);
            }
            return false;
        }
    }
}
