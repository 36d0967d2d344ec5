package dev.retort.op;

import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Objects;

/**
 * Renames a table, keeping its rows, and with it the names of its keys, constraints and indexes that
 * the database named after the old table where the model names them after the new one ({@code names}):
 * PostgreSQL keeps {@code old_pkey} through a table rename, MariaDB the names of foreign keys and
 * their indexes. Immutable.
 *
 * @param from  the table's name before
 * @param to    its name after
 * @param names the parts renamed with it, each from its name before to its name after
 */
public record RenameTable(QualifiedName from, QualifiedName to, List<PartName> names) implements MigrationOp {

    /** The kinds of table parts whose names can follow a table rename. */
    public enum Part {
        /** The primary key constraint (and, on PostgreSQL, its index). */
        PRIMARY_KEY,
        /** A unique constraint. */
        UNIQUE,
        /** A check constraint. */
        CHECK,
        /** A foreign key constraint. */
        FOREIGN_KEY,
        /** An index that is not a constraint's. */
        INDEX
    }

    /**
     * One part's rename.
     *
     * @param part the kind of part
     * @param from its name before
     * @param to   its name after
     */
    public record PartName(Part part, String from, String to) {

        /**
         * Validates the components.
         *
         * @param part the kind of part
         * @param from its name before
         * @param to   its name after
         * @throws NullPointerException if a component is null
         */
        public PartName {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /** {@return the same rename the other way, for the downgrade} */
        public PartName reverse() {
            return new PartName(part, to, from);
        }
    }

    /**
     * Validates the components.
     *
     * @param from  the from
     * @param to    the to
     * @param names the parts renamed with it
     */
    public RenameTable {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        names = List.copyOf(names);
    }

    /**
     * A rename of the table alone.
     *
     * @param from the from
     * @param to   the to
     */
    public RenameTable(QualifiedName from, QualifiedName to) {
        this(from, to, List.of());
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visitRenameTable(this);
    }

    @Override
    public MigrationOp reverse() {
        return new RenameTable(to, from, names.stream().map(PartName::reverse).toList());
    }

    @Override
    public String describe() {
        return "rename table " + from + " to " + to + (names.isEmpty() ? "" : " with " + names.stream()
                .map(name -> name.from() + " to " + name.to()).reduce((a, b) -> a + ", " + b).orElse(""));
    }
}
