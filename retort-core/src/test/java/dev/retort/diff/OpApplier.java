package dev.retort.diff;

import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheckConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropTable;
import dev.retort.op.DropUniqueConstraint;
import dev.retort.op.ExecuteSql;
import dev.retort.op.MigrationOp;
import dev.retort.op.OpVisitor;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A hand-written fake database for the diff tests: applies ops to a schema value the way a
 * database would, and fails on what a database refuses — a foreign key to a table that does not
 * exist yet, dropping a table another table references, dropping a column a key or index uses,
 * an op whose "before" state is not the current one.
 */
final class OpApplier implements OpVisitor<Void> {

    private final Map<QualifiedName, Table> tables = new TreeMap<>();
    private final List<dev.retort.schema.SchemaObject> objects;
    private String comment;

    private OpApplier(Schema schema) {
        schema.tables().forEach(table -> tables.put(table.name(), table));
        objects = new ArrayList<>(schema.objects());
        comment = schema.comment();
    }

    /** The schema after the ops, in order. */
    static Schema apply(Schema schema, List<MigrationOp> ops) {
        OpApplier applier = new OpApplier(schema);
        for (MigrationOp op : ops) {
            op.accept(applier);
        }
        return new Schema(List.copyOf(applier.tables.values()), applier.objects, applier.comment);
    }

    /** The ops that undo the given ones: reversed, each reversed. */
    static List<MigrationOp> downgrade(List<MigrationOp> ops) {
        List<MigrationOp> down = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            down.add(ops.get(i).reverse());
        }
        return down;
    }

    /** The schema with each table's columns sorted by name: ADD COLUMN appends, so order may differ. */
    static Schema columnOrderFree(Schema schema) {
        return new Schema(schema.tables().stream().map(table -> new Table(table.name(),
                table.columns().stream().sorted(Comparator.comparing(Column::name)).toList(), table.primaryKey(),
                table.uniques(), table.indexes(), table.foreignKeys(), table.checks(), table.comment(), table.options(), table.inheritance())).toList(),
                schema.objects(), schema.comment());
    }

    private Table table(QualifiedName name) {
        Table table = tables.get(name);
        check(table != null, "no table " + name);
        return table;
    }

    private void change(QualifiedName name, UnaryOperator<Table> edit) {
        tables.put(name, edit.apply(table(name)));
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError("the fake database refuses: " + problem);
        }
    }

    private void requireTarget(QualifiedName owner, ForeignKey key) {
        check(key.referencedTable().equals(owner) || tables.containsKey(key.referencedTable()),
                "foreign key of " + owner + " references missing table " + key.referencedTable());
    }

    private boolean referencedByOthers(QualifiedName name, String column) {
        return tables.values().stream().filter(table -> !table.name().equals(name)).flatMap(table -> table.foreignKeys().stream())
                .anyMatch(key -> key.referencedTable().equals(name) && (column == null || key.referencedColumns().contains(column)));
    }

    @Override
    public Void visitCreateTable(CreateTable op) {
        check(!tables.containsKey(op.table().name()), "table " + op.table().name() + " exists");
        op.table().foreignKeys().forEach(key -> requireTarget(op.table().name(), key));
        op.table().inheritance().parents().forEach(parent -> check(tables.containsKey(parent),
                "table " + op.table().name() + " inherits from " + parent + ", which does not exist yet"));
        tables.put(op.table().name(), op.table());
        return null;
    }

    @Override
    public Void visitDropTable(DropTable op) {
        check(table(op.table().name()).equals(op.table()), "table " + op.table().name() + " is not what the op drops");
        check(!referencedByOthers(op.table().name(), null), "table " + op.table().name() + " is still referenced");
        check(tables.values().stream().noneMatch(table -> table.inheritance().parents().contains(op.table().name())),
                "table " + op.table().name() + " still has children");
        tables.remove(op.table().name());
        return null;
    }

    @Override
    public Void visitRenameTable(RenameTable op) {
        check(!tables.containsKey(op.to()), "table " + op.to() + " exists");
        Table old = tables.remove(op.from());
        check(old != null, "no table " + op.from());
        tables.put(op.to(), rebuild(old, op.to(), old.columns(), old.primaryKey(), old.uniques(), old.indexes(), old.foreignKeys()));
        for (Table table : List.copyOf(tables.values())) {
            tables.put(table.name(), rebuild(table, table.name(), table.columns(), table.primaryKey(), table.uniques(),
                    table.indexes(), table.foreignKeys().stream().map(key -> key.referencedTable().equals(op.from())
                            ? new ForeignKey(key.name(), key.columns(), op.to(), key.referencedColumns(), key.onDelete(),
                            key.onUpdate(), key.deferrability()) : key).toList()));
        }
        return null;
    }

    @Override
    public Void visitAddColumn(AddColumn op) {
        change(op.table(), table -> {
            check(table.column(op.column().name()).isEmpty(), "column " + op.column().name() + " exists");
            List<Column> columns = new ArrayList<>(table.columns());
            int after = op.after() == null ? -1 : columns.indexOf(table.column(op.after()).orElseThrow());
            columns.add(after < 0 ? columns.size() : after + 1, op.column());
            return rebuild(table, table.name(), columns, table.primaryKey(), table.uniques(), table.indexes(), table.foreignKeys());
        });
        return null;
    }

    @Override
    public Void visitDropColumn(DropColumn op) {
        String name = op.column().name();
        change(op.table(), table -> {
            check(table.column(name).equals(java.util.Optional.of(op.column())), "column " + name + " is not what the op drops");
            check(table.primaryKey() == null || !table.primaryKey().columns().contains(name), name + " is in the primary key");
            check(table.uniques().stream().noneMatch(unique -> unique.columns().contains(name)), name + " is in a unique");
            check(table.indexes().stream().flatMap(index -> index.keys().stream()).noneMatch(key -> name.equals(key.column())),
                    name + " is indexed");
            check(table.foreignKeys().stream().noneMatch(key -> key.columns().contains(name)), name + " is in a foreign key");
            return rebuild(table, table.name(), table.columns().stream().filter(column -> !column.name().equals(name)).toList(),
                    table.primaryKey(), table.uniques(), table.indexes(), table.foreignKeys());
        });
        check(!referencedByOthers(op.table(), name), "column " + name + " is referenced");
        return null;
    }

    @Override
    public Void visitAlterColumn(AlterColumn op) {
        change(op.table(), table -> {
            check(table.column(op.before().name()).equals(java.util.Optional.of(op.before())),
                    "column " + op.before().name() + " is not what the op alters");
            return rebuild(table, table.name(), table.columns().stream()
                            .map(column -> column.name().equals(op.before().name()) ? op.after() : column).toList(),
                    table.primaryKey(), table.uniques(), table.indexes(), table.foreignKeys());
        });
        return null;
    }

    @Override
    public Void visitRenameColumn(RenameColumn op) {
        UnaryOperator<List<String>> rename = names -> names.stream().map(name -> name.equals(op.from()) ? op.to() : name).toList();
        change(op.table(), table -> {
            check(table.column(op.from()).isPresent() && table.column(op.to()).isEmpty(), "cannot rename " + op.from());
            return rebuild(table, table.name(), table.columns().stream().map(column -> column.name().equals(op.from())
                            ? column.withName(op.to()) : column).toList(),
                    table.primaryKey() == null ? null : new PrimaryKey(table.primaryKey().name(), rename.apply(table.primaryKey().columns())),
                    table.uniques().stream().map(unique -> unique.withColumns(rename.apply(unique.columns()))).toList(),
                    table.indexes().stream().map(index -> new Index(index.name(), index.keys().stream().map(key -> op.from().equals(key.column())
                            ? new Index.Key(op.to(), null, key.order(), key.prefixLength()) : key).toList(), index.unique(),
                            index.predicate(), index.method(), index.comment())).toList(),
                    table.foreignKeys().stream().map(key -> new ForeignKey(key.name(), rename.apply(key.columns()),
                            key.referencedTable(), key.referencedTable().equals(op.table()) ? rename.apply(key.referencedColumns())
                            : key.referencedColumns(), key.onDelete(), key.onUpdate(), key.deferrability())).toList());
        });
        // databases carry a column rename into the table's check expressions
        Table renamed = table(op.table());
        tables.put(op.table(), new Table(renamed.name(), renamed.columns(), renamed.primaryKey(), renamed.uniques(),
                renamed.indexes(), renamed.foreignKeys(), renamed.checks().stream().map(check -> new CheckConstraint(check.name(),
                Expressions.renameIdentifiers(check.expression(), Map.of(op.from().toLowerCase(java.util.Locale.ROOT), op.to()))))
                .toList(), renamed.comment(), renamed.options(), renamed.inheritance()));
        for (Table table : List.copyOf(tables.values())) {
            if (!table.name().equals(op.table())) {
                tables.put(table.name(), rebuild(table, table.name(), table.columns(), table.primaryKey(), table.uniques(),
                        table.indexes(), table.foreignKeys().stream().map(key -> key.referencedTable().equals(op.table())
                                ? new ForeignKey(key.name(), key.columns(), key.referencedTable(), rename.apply(key.referencedColumns()),
                                key.onDelete(), key.onUpdate(), key.deferrability()) : key).toList()));
            }
        }
        return null;
    }

    @Override
    public Void visitAddPrimaryKey(AddPrimaryKey op) {
        change(op.table(), table -> {
            check(table.primaryKey() == null, "table " + table.name() + " has a primary key");
            return rebuild(table, table.name(), table.columns(), op.primaryKey(), table.uniques(), table.indexes(), table.foreignKeys());
        });
        return null;
    }

    @Override
    public Void visitDropPrimaryKey(DropPrimaryKey op) {
        change(op.table(), table -> {
            check(op.primaryKey().equals(table.primaryKey()), "primary key of " + table.name() + " is not what the op drops");
            return rebuild(table, table.name(), table.columns(), null, table.uniques(), table.indexes(), table.foreignKeys());
        });
        return null;
    }

    @Override
    public Void visitAddUniqueConstraint(AddUniqueConstraint op) {
        change(op.table(), table -> rebuild(table, table.name(), table.columns(), table.primaryKey(),
                added(table.uniques(), op.unique()), table.indexes(), table.foreignKeys()));
        return null;
    }

    @Override
    public Void visitDropUniqueConstraint(DropUniqueConstraint op) {
        change(op.table(), table -> rebuild(table, table.name(), table.columns(), table.primaryKey(),
                removed(table.uniques(), op.unique()), table.indexes(), table.foreignKeys()));
        return null;
    }

    @Override
    public Void visitCreateIndex(CreateIndex op) {
        change(op.table(), table -> {
            check(table.indexes().stream().noneMatch(index -> index.name().equals(op.index().name())),
                    "index " + op.index().name() + " exists");
            return rebuild(table, table.name(), table.columns(), table.primaryKey(), table.uniques(),
                    added(table.indexes(), op.index()), table.foreignKeys());
        });
        return null;
    }

    @Override
    public Void visitDropIndex(DropIndex op) {
        change(op.table(), table -> rebuild(table, table.name(), table.columns(), table.primaryKey(), table.uniques(),
                removed(table.indexes(), op.index()), table.foreignKeys()));
        return null;
    }

    @Override
    public Void visitAddForeignKey(AddForeignKey op) {
        requireTarget(op.table(), op.foreignKey());
        change(op.table(), table -> rebuild(table, table.name(), table.columns(), table.primaryKey(), table.uniques(),
                table.indexes(), added(table.foreignKeys(), op.foreignKey())));
        return null;
    }

    @Override
    public Void visitDropForeignKey(DropForeignKey op) {
        change(op.table(), table -> rebuild(table, table.name(), table.columns(), table.primaryKey(), table.uniques(),
                table.indexes(), removed(table.foreignKeys(), op.foreignKey())));
        return null;
    }

    @Override
    public Void visitAddCheckConstraint(AddCheckConstraint op) {
        change(op.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(), table.uniques(), table.indexes(),
                table.foreignKeys(), added(table.checks(), op.check()), table.comment(), table.options(), table.inheritance()));
        return null;
    }

    @Override
    public Void visitDropCheckConstraint(DropCheckConstraint op) {
        change(op.table(), table -> new Table(table.name(), table.columns(), table.primaryKey(), table.uniques(), table.indexes(),
                table.foreignKeys(), removed(table.checks(), op.check()), table.comment(), table.options(), table.inheritance()));
        return null;
    }

    @Override
    public Void visitSetTableComment(SetTableComment op) {
        change(op.table(), table -> {
            check(java.util.Objects.equals(table.comment(), op.before()), "comment of " + table.name() + " is not " + op.before());
            return new Table(table.name(), table.columns(), table.primaryKey(), table.uniques(), table.indexes(),
                    table.foreignKeys(), table.checks(), op.after(), table.options(), table.inheritance());
        });
        return null;
    }

    @Override
    public Void visitSetSchemaComment(dev.retort.op.SetSchemaComment op) {
        check(java.util.Objects.equals(comment, op.before()), "the schema's comment is not " + op.before());
        comment = op.after();
        return null;
    }

    @Override
    public Void visitAlterTableOptions(dev.retort.op.AlterTableOptions op) {
        change(op.table(), table -> {
            check(table.options().equals(op.before()), "options of " + table.name() + " are not " + op.before());
            return table.withOptions(op.after());
        });
        return null;
    }

    @Override
    public Void visitCreateObject(dev.retort.op.CreateObject op) {
        check(objects.stream().noneMatch(op.object()::sameObject), op.describe() + ": it exists");
        objects.add(op.object());
        return null;
    }

    @Override
    public Void visitDropObject(dev.retort.op.DropObject op) {
        check(objects.removeIf(op.object()::sameObject), op.describe() + ": there is no such object");
        return null;
    }

    @Override
    public Void visitExecuteSql(ExecuteSql op) {
        throw new AssertionError("the fake database runs no SQL: " + op.describe());
    }

    private static <T> List<T> added(List<T> items, T item) {
        check(!items.contains(item), item + " exists");
        List<T> copy = new ArrayList<>(items);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> removed(List<T> items, T item) {
        check(items.contains(item), item + " is not there to drop");
        List<T> copy = new ArrayList<>(items);
        copy.remove(item);
        return copy;
    }

    private static Table rebuild(Table table, QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                                 List<UniqueConstraint> uniques, List<Index> indexes, List<ForeignKey> foreignKeys) {
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, table.checks(), table.comment(),
                table.options(), table.inheritance());
    }
}
