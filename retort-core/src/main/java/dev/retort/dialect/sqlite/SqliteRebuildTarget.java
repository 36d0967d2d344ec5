package dev.retort.dialect.sqlite;

import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.AlterColumn;
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
import dev.retort.op.SetTableComment;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;

/**
 * The table an op makes SQLite rebuild, or {@code null} when ALTER TABLE (or no statement) does it.
 * Used for one op.
 */
final class SqliteRebuildTarget implements OpVisitor<QualifiedName> {

    private final Schema current;

    SqliteRebuildTarget(Schema current) {
        this.current = current;
    }

    private static QualifiedName when(boolean rebuilds, QualifiedName table) {
        return rebuilds ? table : null;
    }

    @Override
    public QualifiedName visitAddColumn(AddColumn op) {
        return when(!SqliteAlterRules.canAdd(op.column()), op.table());
    }

    @Override
    public QualifiedName visitDropColumn(DropColumn op) {
        boolean rebuilds = current.table(op.table())
                .map(table -> !SqliteAlterRules.canDrop(table, op.column().name())).orElse(true);
        return when(rebuilds, op.table());
    }

    @Override
    public QualifiedName visitAlterColumn(AlterColumn op) {
        return when(!SqliteAlterRules.storedAlike(op.before(), op.after()), op.table());
    }

    @Override
    public QualifiedName visitAddPrimaryKey(AddPrimaryKey op) {
        return op.table();
    }

    @Override
    public QualifiedName visitDropPrimaryKey(DropPrimaryKey op) {
        return op.table();
    }

    @Override
    public QualifiedName visitAddUniqueConstraint(AddUniqueConstraint op) {
        return op.table();
    }

    @Override
    public QualifiedName visitDropUniqueConstraint(DropUniqueConstraint op) {
        return op.table();
    }

    @Override
    public QualifiedName visitAddForeignKey(AddForeignKey op) {
        return op.table();
    }

    @Override
    public QualifiedName visitDropForeignKey(DropForeignKey op) {
        return op.table();
    }

    @Override
    public QualifiedName visitAddCheckConstraint(AddCheckConstraint op) {
        return op.table();
    }

    @Override
    public QualifiedName visitDropCheckConstraint(DropCheckConstraint op) {
        return op.table();
    }

    @Override
    public QualifiedName visitCreateTable(CreateTable op) {
        return null;
    }

    @Override
    public QualifiedName visitDropTable(DropTable op) {
        return null;
    }

    @Override
    public QualifiedName visitRenameTable(RenameTable op) {
        return null;
    }

    @Override
    public QualifiedName visitRenameColumn(RenameColumn op) {
        return null;
    }

    @Override
    public QualifiedName visitCreateIndex(CreateIndex op) {
        return null;
    }

    @Override
    public QualifiedName visitDropIndex(DropIndex op) {
        return null;
    }

    @Override
    public QualifiedName visitSetTableComment(SetTableComment op) {
        return null;
    }

    @Override
    public QualifiedName visitSetSchemaComment(dev.retort.op.SetSchemaComment op) {
        return null;
    }

    @Override
    public QualifiedName visitAlterTableOptions(dev.retort.op.AlterTableOptions op) {
        return null;
    }

    @Override
    public QualifiedName visitCreateObject(CreateObject op) {
        return null;
    }

    @Override
    public QualifiedName visitDropObject(DropObject op) {
        return null;
    }

    @Override
    public QualifiedName visitExecuteSql(ExecuteSql op) {
        return null;
    }
}
