package dev.retort.op;

/** One method per {@link MigrationOp} kind. */
public interface OpVisitor<R> {
    R visitCreateTable(CreateTable op);
    R visitDropTable(DropTable op);
    R visitRenameTable(RenameTable op);
    R visitAddColumn(AddColumn op);
    R visitDropColumn(DropColumn op);
    R visitAlterColumn(AlterColumn op);
    R visitRenameColumn(RenameColumn op);
    R visitAddPrimaryKey(AddPrimaryKey op);
    R visitDropPrimaryKey(DropPrimaryKey op);
    R visitAddUniqueConstraint(AddUniqueConstraint op);
    R visitDropUniqueConstraint(DropUniqueConstraint op);
    R visitCreateIndex(CreateIndex op);
    R visitDropIndex(DropIndex op);
    R visitAddForeignKey(AddForeignKey op);
    R visitDropForeignKey(DropForeignKey op);
    R visitAddCheckConstraint(AddCheckConstraint op);
    R visitDropCheckConstraint(DropCheckConstraint op);
    R visitSetTableComment(SetTableComment op);
    R visitSetSchemaComment(SetSchemaComment op);
    R visitAlterTableOptions(AlterTableOptions op);
    R visitCreateObject(CreateObject op);
    R visitDropObject(DropObject op);
    R visitExecuteSql(ExecuteSql op);
}
