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
import dev.retort.op.OpVisitor;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.SetSchemaComment;
import dev.retort.op.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The change one op makes to a schema; {@link SchemaTracker} is its public face. Used for one op. */
final class SchemaChanges implements OpVisitor<Schema> {

    private final Schema schema;
    private final boolean strict;

    SchemaChanges(Schema schema, boolean strict) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.strict = strict;
    }

    @Override
    public Schema visitCreateTable(CreateTable op) {
        QualifiedName name = op.table().name();
        if (strict && schema.table(name).isPresent()) {
            throw misfit(op, "table " + name + " already exists");
        }
        List<Table> tables = without(name);
        tables.add(op.table());
        return schema.with(tables, schema.objects());
    }

    @Override
    public Schema visitDropTable(DropTable op) {
        QualifiedName name = op.table().name();
        if (schema.table(name).isEmpty()) {
            return unknown(op, name);
        }
        List<SchemaObject> objects = schema.objects().stream()
                .filter(object -> !name.equals(object.table())).toList();
        return schema.with(without(name), objects);
    }

    @Override
    public Schema visitRenameTable(RenameTable op) {
        if (schema.table(op.from()).isEmpty()) {
            return unknown(op, op.from());
        }
        if (strict && schema.table(op.to()).isPresent()) {
            throw misfit(op, "table " + op.to() + " already exists");
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : schema.tables()) {
            TableParts parts = new TableParts(table);
            if (table.name().equals(op.from())) {
                parts.name = op.to();
                parts.renameParts(op.names());
            }
            parts.retarget(op.from(), op.to(), UnaryOperator.identity());
            tables.add(parts.build());
        }
        List<SchemaObject> objects = schema.objects().stream()
                .map(object -> op.from().equals(object.table())
                        ? new SchemaObject(object.kind(), object.name(), op.to(), object.definition(), object.catalog()) : object)
                .toList();
        return schema.with(tables, objects);
    }

    @Override
    public Schema visitAddColumn(AddColumn op) {
        return edit(op, op.table(), parts -> {
            if (strict && parts.columnIndex(op.column().name()) >= 0) {
                throw misfit(op, "column " + op.column().name() + " already exists");
            }
            int previous = op.after() == null ? -1 : parts.columnIndex(op.after());
            // a database that places columns puts it after its neighbour; the others append it
            parts.columns.add(previous < 0 ? parts.columns.size() : previous + 1, op.column());
        });
    }

    @Override
    public Schema visitDropColumn(DropColumn op) {
        return edit(op, op.table(), parts -> {
            parts.columns.remove(columnIndex(op, parts, op.column().name()));
            parts.dropUsesOf(op.column().name());
        });
    }

    @Override
    public Schema visitAlterColumn(AlterColumn op) {
        return edit(op, op.table(), parts -> parts.columns.set(columnIndex(op, parts, op.before().name()), op.after()));
    }

    @Override
    public Schema visitRenameColumn(RenameColumn op) {
        Schema renamed = edit(op, op.table(), parts -> {
            columnIndex(op, parts, op.from());
            parts.renameColumn(op.from(), op.to());
        });
        UnaryOperator<String> rename = column -> column.equals(op.from()) ? op.to() : column;
        List<Table> tables = new ArrayList<>();
        for (Table table : renamed.tables()) {
            TableParts parts = new TableParts(table);
            if (!table.name().equals(op.table())) {
                parts.retarget(op.table(), op.table(), rename);
            }
            tables.add(parts.build());
        }
        return schema.with(tables, renamed.objects());
    }

    @Override
    public Schema visitAddPrimaryKey(AddPrimaryKey op) {
        return edit(op, op.table(), parts -> {
            absent(op, parts.primaryKey == null ? null : "primary key " + parts.primaryKey.columns());
            parts.primaryKey = op.primaryKey();
        });
    }

    @Override
    public Schema visitDropPrimaryKey(DropPrimaryKey op) {
        return edit(op, op.table(), parts -> parts.primaryKey = null);
    }

    @Override
    public Schema visitAddUniqueConstraint(AddUniqueConstraint op) {
        return edit(op, op.table(), parts -> {
            absent(op, named(parts.uniques, op.unique().name(), UniqueConstraint::name));
            parts.uniques.add(op.unique());
        });
    }

    @Override
    public Schema visitDropUniqueConstraint(DropUniqueConstraint op) {
        return edit(op, op.table(), parts -> removed(op, TableParts.removeMatching(parts.uniques, op.unique(),
                UniqueConstraint::name)));
    }

    @Override
    public Schema visitCreateIndex(CreateIndex op) {
        return edit(op, op.table(), parts -> {
            absent(op, named(parts.indexes, op.index().name(), Index::name));
            parts.indexes.add(op.index());
        });
    }

    @Override
    public Schema visitDropIndex(DropIndex op) {
        return edit(op, op.table(), parts -> removed(op, TableParts.removeMatching(parts.indexes, op.index(),
                Index::name)));
    }

    @Override
    public Schema visitAddForeignKey(AddForeignKey op) {
        return edit(op, op.table(), parts -> {
            absent(op, named(parts.foreignKeys, op.foreignKey().name(), ForeignKey::name));
            parts.foreignKeys.add(op.foreignKey());
        });
    }

    @Override
    public Schema visitDropForeignKey(DropForeignKey op) {
        return edit(op, op.table(), parts -> removed(op, TableParts.removeMatching(parts.foreignKeys,
                op.foreignKey(), ForeignKey::name)));
    }

    @Override
    public Schema visitAddCheckConstraint(AddCheckConstraint op) {
        return edit(op, op.table(), parts -> {
            absent(op, named(parts.checks, op.check().name(), CheckConstraint::name));
            parts.checks.add(op.check());
        });
    }

    @Override
    public Schema visitDropCheckConstraint(DropCheckConstraint op) {
        return edit(op, op.table(), parts -> removed(op, TableParts.removeMatching(parts.checks, op.check(),
                CheckConstraint::name)));
    }

    @Override
    public Schema visitSetTableComment(SetTableComment op) {
        return edit(op, op.table(), parts -> parts.comment = op.after());
    }

    @Override
    public Schema visitSetSchemaComment(SetSchemaComment op) {
        return schema.withComment(op.after());
    }

    @Override
    public Schema visitAlterTableOptions(AlterTableOptions op) {
        return edit(op, op.table(), parts -> parts.options = op.after());
    }

    @Override
    public Schema visitCreateObject(CreateObject op) {
        if (strict && schema.objects().stream().anyMatch(op.object()::sameObject)) {
            throw misfit(op, "the object already exists");
        }
        List<SchemaObject> objects = new ArrayList<>(schema.objects());
        objects.add(op.object());
        return schema.with(schema.tables(), objects);
    }

    @Override
    public Schema visitDropObject(DropObject op) {
        List<SchemaObject> objects = new ArrayList<>(schema.objects());
        if (!objects.removeIf(op.object()::sameObject) && strict) {
            throw misfit(op, "the schema has no such object");
        }
        return schema.with(schema.tables(), objects);
    }

    @Override
    public Schema visitExecuteSql(ExecuteSql op) {
        return schema;
    }

    private Schema edit(MigrationOp op, QualifiedName name, Consumer<TableParts> change) {
        Table table = schema.table(name).orElse(null);
        if (table == null) {
            return unknown(op, name);
        }
        TableParts parts = new TableParts(table);
        try {
            change.accept(parts);
            List<Table> tables = without(name);
            tables.add(parts.build());
            return schema.with(tables, schema.objects());
        } catch (IllegalArgumentException e) {
            throw misfit(op, e.getMessage());
        }
    }

    private int columnIndex(MigrationOp op, TableParts parts, String column) {
        int at = parts.columnIndex(column);
        if (at < 0) {
            throw misfit(op, "table " + parts.name + " has no column " + column);
        }
        return at;
    }

    /** Refuses an add when the table already has what it adds ({@code existing} names it). */
    private void absent(MigrationOp op, String existing) {
        if (existing != null && strict) {
            throw misfit(op, "the table already has " + existing);
        }
    }

    private static <T> String named(List<T> items, String name, java.util.function.Function<T, String> names) {
        return name != null && items.stream().anyMatch(item -> name.equals(names.apply(item))) ? name : null;
    }

    private void removed(MigrationOp op, boolean found) {
        if (!found && strict) {
            throw misfit(op, "the table has no such object");
        }
    }

    private Schema unknown(MigrationOp op, QualifiedName name) {
        if (strict) {
            throw misfit(op, "the schema has no table " + name);
        }
        return schema;
    }

    private List<Table> without(QualifiedName name) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.removeIf(table -> table.name().equals(name));
        return tables;
    }

    private static RetortException misfit(MigrationOp op, String problem) {
        return new RetortException(RetortException.Kind.SCRIPT, "cannot " + op.describe() + ": " + problem
                + "; the op does not fit the schema it was applied to, so generate the ops again from the"
                + " current database");
    }
}
