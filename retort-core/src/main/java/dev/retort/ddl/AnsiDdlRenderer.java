package dev.retort.ddl;

import dev.retort.RetortException;
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
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.SetSchemaComment;
import dev.retort.op.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.spi.DdlRenderer;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The standard-SQL renderer: one method per op, each returning that op's statements. Dialects
 * override the methods (and the spellings of {@link AnsiDefinitions}) where their database differs.
 *
 * <p>{@link #render} walks the ops in order and hands each method the schema as it is just before
 * that op (see {@link SchemaTracker}), so a method can look up a table's full current definition.
 * Subclasses are immutable and thread-safe.
 */
public abstract class AnsiDdlRenderer extends AnsiDefinitions implements DdlRenderer {

    private final StatementSplitter splitter;

    /**
     * @param identifiers how the dialect quotes names
     * @param splitter    the dialect's script rules, to cut raw SQL ops into statements
     */
    protected AnsiDdlRenderer(Identifiers identifiers, SplitterOptions splitter) {
        super(identifiers);
        this.splitter = new StatementSplitter(splitter);
    }

    @Override
    public final List<String> render(List<MigrationOp> ops, Schema before) {
        Objects.requireNonNull(ops, "ops");
        Schema current = Objects.requireNonNull(before, "before");
        List<String> statements = new ArrayList<>();
        int start = 0;
        while (start < ops.size()) {
            int end = runEnd(ops, start, current);
            if (end > start) {
                statements.addAll(renderRun(ops.subList(start, end), current));
            } else {
                statements.addAll(ops.get(start).accept(new OpDispatch(this, current)));
                end = start + 1;
            }
            for (MigrationOp op : ops.subList(start, end)) {
                current = SchemaTracker.applyLeniently(current, op);
            }
            start = end;
        }
        return List.copyOf(statements);
    }

    /**
     * The end (exclusive) of a run of ops from {@code start} that the dialect renders together with
     * {@link #renderRun}, or {@code start} itself when the op there goes to its own method (the default).
     * SQLite rebuilds a table once for consecutive changes that {@code ALTER TABLE} cannot make.
     */
    protected int runEnd(List<MigrationOp> ops, int start, Schema current) {
        return start;
    }

    /** The statements of a run found by {@link #runEnd}. */
    protected List<String> renderRun(List<MigrationOp> run, Schema current) {
        throw new IllegalStateException("runEnd grouped ops that renderRun does not handle: " + run);
    }

    /** The table as the schema has it now, or an error naming the op that needs it. */
    protected static Table currentTable(Schema current, QualifiedName name, MigrationOp op) {
        return current.table(name).orElseThrow(() -> new RetortException(RetortException.Kind.SCRIPT,
                "cannot render '" + op.describe() + "': it needs the current definition of table " + name
                        + ", which the schema given to the renderer does not have; render with the schema the database"
                        + " has before these ops"));
    }

    /** {@code ALTER TABLE name }. */
    protected String alterTable(QualifiedName table) {
        return "ALTER TABLE " + table(table) + " ";
    }

    /** CREATE TABLE, then its indexes and comments. */
    protected List<String> createTable(CreateTable op, Schema current) {
        Table table = op.table();
        List<String> statements = new ArrayList<>();
        statements.add(createTableSql(table, table.name()));
        table.indexes().forEach(index -> statements.add(createIndexSql(table.name(), index)));
        statements.addAll(commentStatements(table));
        return statements;
    }

    /** DROP TABLE; its indexes and triggers go with it. */
    protected List<String> dropTable(DropTable op, Schema current) {
        return List.of("DROP TABLE " + table(op.table().name()));
    }

    /** {@code ALTER TABLE … RENAME TO}; the table stays in its schema. Then its parts' renames. */
    protected List<String> renameTable(RenameTable op, Schema current) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(op.from()) + "RENAME TO " + quote(op.to().name()));
        statements.addAll(renameParts(op, current));
        return statements;
    }

    /**
     * The renames of the table's parts that go with it ({@link RenameTable#names}), on the renamed table:
     * {@code RENAME CONSTRAINT} for keys and constraints, {@code ALTER INDEX … RENAME TO} for an index.
     */
    protected List<String> renameParts(RenameTable op, Schema current) {
        List<String> statements = new ArrayList<>();
        for (RenameTable.PartName name : op.names()) {
            statements.add(name.part() == RenameTable.Part.INDEX
                    ? "ALTER INDEX " + sibling(op.to(), name.from()) + " RENAME TO " + quote(name.to())
                    : alterTable(op.to()) + "RENAME CONSTRAINT " + quote(name.from()) + " TO " + quote(name.to()));
        }
        return statements;
    }

    /** {@code ALTER TABLE … ADD COLUMN} with the full definition, then the column's comment. */
    protected List<String> addColumn(AddColumn op, Schema current) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(op.table()) + "ADD COLUMN " + columnDefinition(op.column()));
        statements.addAll(columnCommentStatements(op.table(), op.column()));
        return statements;
    }

    /** {@code ALTER TABLE … DROP COLUMN}. */
    protected List<String> dropColumn(DropColumn op, Schema current) {
        return List.of(alterTable(op.table()) + "DROP COLUMN " + quote(op.column().name()));
    }

    /**
     * One statement per changed aspect. Where the database cannot convert the old default to the new
     * type ({@link #defaultBlocksTypeChange}), the default goes before the type change and comes back after.
     */
    protected List<String> alterColumn(AlterColumn op, Schema current) {
        Column before = op.before();
        Column after = op.after();
        String column = alterTable(op.table()) + "ALTER COLUMN " + quote(after.name()) + " ";
        boolean retype = op.typeChanged();
        List<String> statements = new ArrayList<>(identityRemoval(op));
        boolean defaultInTheWay = retype && before.defaultValue() != null && defaultBlocksTypeChange(op);
        if (defaultInTheWay || before.defaultValue() != null && after.defaultValue() == null) {
            statements.add(column + "DROP DEFAULT");
        }
        if (retype) {
            statements.add(column + changeType(op));
        }
        if (after.defaultValue() != null && (op.defaultChanged() || defaultInTheWay)) {
            statements.add(column + "SET DEFAULT " + defaultSql(after.defaultValue()));
        }
        if (op.nullabilityChanged()) {
            statements.add(column + (after.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        statements.addAll(identityAddition(op));
        if (!Objects.equals(before.comment(), after.comment())) {
            statements.add(columnComment(op.table(), after.name(), after.comment()));
        }
        return statements;
    }

    /** True when the old default must go before the type changes and come back after it. */
    protected boolean defaultBlocksTypeChange(AlterColumn op) {
        return false;
    }

    /** The clause after {@code ALTER COLUMN c} that changes the type. */
    protected String changeType(AlterColumn op) {
        return "SET DATA TYPE " + columnType(op.after());
    }

    /** Statements that take away the old identity before the other changes (it may own the default). */
    protected List<String> identityRemoval(AlterColumn op) {
        return List.of();
    }

    /** Statements that give the column its new identity after the other changes (it needs NOT NULL). */
    protected List<String> identityAddition(AlterColumn op) {
        return List.of();
    }

    /** {@code ALTER TABLE … RENAME COLUMN … TO}. */
    protected List<String> renameColumn(RenameColumn op, Schema current) {
        return List.of(alterTable(op.table()) + "RENAME COLUMN " + quote(op.from()) + " TO " + quote(op.to()));
    }

    /** {@code ALTER TABLE … ADD [CONSTRAINT …] PRIMARY KEY}. */
    protected List<String> addPrimaryKey(AddPrimaryKey op, Schema current) {
        return List.of(alterTable(op.table()) + "ADD " + primaryKeyClause(op.primaryKey()));
    }

    /** {@code ALTER TABLE … DROP CONSTRAINT} by the key's name. */
    protected List<String> dropPrimaryKey(DropPrimaryKey op, Schema current) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT "
                + quote(requireName(op.primaryKey().name(), "primary key", op.table())));
    }

    /** {@code ALTER TABLE … ADD [CONSTRAINT …] UNIQUE}. */
    protected List<String> addUnique(AddUniqueConstraint op, Schema current) {
        return List.of(alterTable(op.table()) + "ADD " + uniqueClause(op.unique()));
    }

    /** {@code ALTER TABLE … DROP CONSTRAINT} by the constraint's name. */
    protected List<String> dropUnique(DropUniqueConstraint op, Schema current) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT "
                + quote(requireName(op.unique().name(), "unique constraint on " + op.unique().columns(), op.table())));
    }

    /** CREATE INDEX. */
    protected List<String> createIndex(CreateIndex op, Schema current) {
        return List.of(createIndexSql(op.table(), op.index()));
    }

    /** DROP INDEX, qualified by the table's schema. */
    protected List<String> dropIndex(DropIndex op, Schema current) {
        return List.of("DROP INDEX " + sibling(op.table(), op.index().name()));
    }

    /** {@code ALTER TABLE … ADD [CONSTRAINT …] FOREIGN KEY}. */
    protected List<String> addForeignKey(AddForeignKey op, Schema current) {
        return List.of(alterTable(op.table()) + "ADD " + foreignKeyClause(op.foreignKey()));
    }

    /** {@code ALTER TABLE … DROP CONSTRAINT} by the key's name. */
    protected List<String> dropForeignKey(DropForeignKey op, Schema current) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT " + quote(requireName(op.foreignKey().name(),
                "foreign key on " + op.foreignKey().columns(), op.table())));
    }

    /** {@code ALTER TABLE … ADD [CONSTRAINT …] CHECK}. */
    protected List<String> addCheck(AddCheckConstraint op, Schema current) {
        return List.of(alterTable(op.table()) + "ADD " + checkClause(op.check()));
    }

    /** {@code ALTER TABLE … DROP CONSTRAINT} by the check's name. */
    protected List<String> dropCheck(DropCheckConstraint op, Schema current) {
        return List.of(alterTable(op.table()) + "DROP CONSTRAINT "
                + quote(requireName(op.check().name(), "check (" + op.check().expression() + ")", op.table())));
    }

    /** {@code COMMENT ON TABLE}. */
    protected List<String> setTableComment(SetTableComment op, Schema current) {
        return List.of(tableComment(op.table(), op.after()));
    }

    /**
     * Only PostgreSQL's reader reads the schema's comment, so the diff produces this op for no other
     * database; one here was written by hand for the wrong dialect.
     */
    protected List<String> setSchemaComment(SetSchemaComment op, Schema current) {
        throw new RetortException(RetortException.Kind.SCRIPT, "cannot render '" + op.describe()
                + "': Retort keeps schema comments on PostgreSQL only; remove the op from this revision or target a"
                + " PostgreSQL database");
    }

    /**
     * Table options are MySQL's and MariaDB's alone: the diff produces this op for no other
     * database, so one here was written by hand for the wrong dialect.
     */
    protected List<String> alterTableOptions(AlterTableOptions op, Schema current) {
        throw new RetortException(RetortException.Kind.SCRIPT, "cannot render '" + op.describe()
                + "': character sets and table options exist on MySQL and MariaDB only; remove the op from this"
                + " revision or target a MySQL database");
    }

    /** The object's own SQL, cut into statements with the dialect's own script rules. */
    protected List<String> createObject(CreateObject op, Schema current) {
        return splitter.split(op.object().definition()).stream().map(SqlStatement::sql).toList();
    }

    /** {@code DROP VIEW|TRIGGER|FUNCTION|… name}. */
    protected List<String> dropObject(DropObject op, Schema current) {
        return List.of(dropObjectSql(op.object()));
    }

    /** The statement that drops the object; the standard spelling names the kind and the object. */
    protected String dropObjectSql(SchemaObject object) {
        return "DROP " + object.kind().name().replace('_', ' ') + " " + table(object.name());
    }

    /** Raw SQL, cut into statements with the dialect's own script rules. */
    protected List<String> executeSql(ExecuteSql op, Schema current) {
        return splitter.split(op.upgrade()).stream().map(SqlStatement::sql).toList();
    }
}
