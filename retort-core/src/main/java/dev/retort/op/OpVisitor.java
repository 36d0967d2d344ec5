package dev.retort.op;

/**
 * One method per {@link MigrationOp} kind.
 *
 * @param <R> what a visit returns
 */
public interface OpVisitor<R> {
    /**
     * Visits a {@link CreateTable}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitCreateTable(CreateTable op);
    /**
     * Visits a {@link DropTable}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropTable(DropTable op);
    /**
     * Visits a {@link RenameTable}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitRenameTable(RenameTable op);
    /**
     * Visits a {@link AddColumn}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitAddColumn(AddColumn op);
    /**
     * Visits a {@link DropColumn}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropColumn(DropColumn op);
    /**
     * Visits a {@link AlterColumn}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitAlterColumn(AlterColumn op);
    /**
     * Visits a {@link RenameColumn}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitRenameColumn(RenameColumn op);
    /**
     * Visits a {@link AddPrimaryKey}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitAddPrimaryKey(AddPrimaryKey op);
    /**
     * Visits a {@link DropPrimaryKey}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropPrimaryKey(DropPrimaryKey op);
    /**
     * Visits a {@link AddUniqueConstraint}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitAddUniqueConstraint(AddUniqueConstraint op);
    /**
     * Visits a {@link DropUniqueConstraint}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropUniqueConstraint(DropUniqueConstraint op);
    /**
     * Visits a {@link CreateIndex}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitCreateIndex(CreateIndex op);
    /**
     * Visits a {@link DropIndex}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropIndex(DropIndex op);
    /**
     * Visits a {@link AddForeignKey}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitAddForeignKey(AddForeignKey op);
    /**
     * Visits a {@link DropForeignKey}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropForeignKey(DropForeignKey op);
    /**
     * Visits a {@link AddCheckConstraint}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitAddCheckConstraint(AddCheckConstraint op);
    /**
     * Visits a {@link DropCheckConstraint}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropCheckConstraint(DropCheckConstraint op);
    /**
     * Visits a {@link SetTableComment}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitSetTableComment(SetTableComment op);
    /**
     * Visits a {@link SetSchemaComment}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitSetSchemaComment(SetSchemaComment op);
    /**
     * Visits a {@link AlterTableOptions}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitAlterTableOptions(AlterTableOptions op);
    /**
     * Visits a {@link CreateObject}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitCreateObject(CreateObject op);
    /**
     * Visits a {@link DropObject}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitDropObject(DropObject op);
    /**
     * Visits a {@link ExecuteSql}.
     *
     * @param op the op
     * @return what this visitor makes of it
     */
    R visitExecuteSql(ExecuteSql op);
}
