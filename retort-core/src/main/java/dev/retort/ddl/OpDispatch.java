package dev.retort.ddl;

import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterTableOptions;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateObject;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheckConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropObject;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropTable;
import dev.retort.op.DropUniqueConstraint;
import dev.retort.op.ExecuteSql;
import dev.retort.op.OpVisitor;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.SetSchemaComment;
import dev.retort.op.SetTableComment;
import dev.retort.schema.Schema;
import java.util.List;

/** Sends each op to its method of the renderer, with the schema as it is before that op. Used for one op. */
final class OpDispatch implements OpVisitor<List<String>> {

    private final AnsiDdlRenderer renderer;
    private final Schema current;

    OpDispatch(AnsiDdlRenderer renderer, Schema current) {
        this.renderer = renderer;
        this.current = current;
    }

    @Override
    public List<String> visitCreateTable(CreateTable op) {
        return renderer.createTable(op, current);
    }

    @Override
    public List<String> visitDropTable(DropTable op) {
        return renderer.dropTable(op, current);
    }

    @Override
    public List<String> visitRenameTable(RenameTable op) {
        return renderer.renameTable(op, current);
    }

    @Override
    public List<String> visitAddColumn(AddColumn op) {
        return renderer.addColumn(op, current);
    }

    @Override
    public List<String> visitDropColumn(DropColumn op) {
        return renderer.dropColumn(op, current);
    }

    @Override
    public List<String> visitAlterColumn(AlterColumn op) {
        return renderer.alterColumn(op, current);
    }

    @Override
    public List<String> visitRenameColumn(RenameColumn op) {
        return renderer.renameColumn(op, current);
    }

    @Override
    public List<String> visitAddPrimaryKey(AddPrimaryKey op) {
        return renderer.addPrimaryKey(op, current);
    }

    @Override
    public List<String> visitDropPrimaryKey(DropPrimaryKey op) {
        return renderer.dropPrimaryKey(op, current);
    }

    @Override
    public List<String> visitAddUniqueConstraint(AddUniqueConstraint op) {
        return renderer.addUnique(op, current);
    }

    @Override
    public List<String> visitDropUniqueConstraint(DropUniqueConstraint op) {
        return renderer.dropUnique(op, current);
    }

    @Override
    public List<String> visitCreateIndex(CreateIndex op) {
        return renderer.createIndex(op, current);
    }

    @Override
    public List<String> visitDropIndex(DropIndex op) {
        return renderer.dropIndex(op, current);
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKey op) {
        return renderer.addForeignKey(op, current);
    }

    @Override
    public List<String> visitDropForeignKey(DropForeignKey op) {
        return renderer.dropForeignKey(op, current);
    }

    @Override
    public List<String> visitAddCheckConstraint(AddCheckConstraint op) {
        return renderer.addCheck(op, current);
    }

    @Override
    public List<String> visitDropCheckConstraint(DropCheckConstraint op) {
        return renderer.dropCheck(op, current);
    }

    @Override
    public List<String> visitSetTableComment(SetTableComment op) {
        return renderer.setTableComment(op, current);
    }

    @Override
    public List<String> visitSetSchemaComment(SetSchemaComment op) {
        return renderer.setSchemaComment(op, current);
    }

    @Override
    public List<String> visitAlterTableOptions(AlterTableOptions op) {
        return renderer.alterTableOptions(op, current);
    }

    @Override
    public List<String> visitCreateObject(CreateObject op) {
        return renderer.createObject(op, current);
    }

    @Override
    public List<String> visitDropObject(DropObject op) {
        return renderer.dropObject(op, current);
    }

    @Override
    public List<String> visitExecuteSql(ExecuteSql op) {
        return renderer.executeSql(op, current);
    }
}
