package dev.retort.op;

/**
 * One schema change, as a value. A closed family dispatched through {@link OpVisitor}, so a new op
 * breaks the build wherever it is not handled yet. Every op carries the state it replaces, so it can
 * {@link #reverse()} itself without looking at a database: {@code op.reverse().reverse().equals(op)}.
 *
 * <p>Implementations are immutable, thread-safe records.
 */
public sealed interface MigrationOp permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, AlterColumn,
        RenameColumn, AddPrimaryKey, DropPrimaryKey, AddUniqueConstraint, DropUniqueConstraint, CreateIndex, DropIndex,
        AddForeignKey, DropForeignKey, AddCheckConstraint, DropCheckConstraint, SetTableComment, SetSchemaComment, AlterTableOptions, CreateObject,
        DropObject, ExecuteSql {

    /**
     * Calls the visitor's method for this op's kind.
     *
     * @param <R>     what the visitor returns
     * @param visitor the visitor
     * @return what the visitor returned
     */
    <R> R accept(OpVisitor<R> visitor);

    /**
     * The op that undoes this one. Throws {@link IrreversibleOpException} for raw SQL without a downgrade.
     *
     * @return the reverse op
     */
    MigrationOp reverse();

    /**
     * True when {@link #reverse()} works.
     *
     * @return whether this op can be undone
     */
    default boolean reversible() {
        return true;
    }

    /**
     * Why running this op may lose data, or null when it cannot.
     *
     * @return the reason, or null
     */
    default String destructiveReason() {
        return null;
    }

    /**
     * True when running this op may lose data.
     *
     * @return whether {@link #destructiveReason()} is not null
     */
    default boolean destructive() {
        return destructiveReason() != null;
    }

    /**
     * One line for people: "add column app_user.email".
     *
     * @return the description
     */
    String describe();
}
