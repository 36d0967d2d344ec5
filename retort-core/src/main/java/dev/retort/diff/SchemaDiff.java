package dev.retort.diff;

import dev.retort.op.AddForeignKey;
import dev.retort.op.CreateTable;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropTable;
import dev.retort.op.SetSchemaComment;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import dev.retort.schema.TableSelection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Compares two schemas — usually the live database and the model — and lists the operations that
 * turn the first into the second, in an order that runs: renames from hints; triggers, views and
 * routines dropped; foreign keys dropped; tables dropped, children first; indexes, constraints and
 * primary keys dropped; columns dropped; sequences and types dropped and created; MySQL table
 * options whose default character set moves to the database's; columns altered; MySQL table options
 * whose default moves away from it; columns added; primary keys, constraints and indexes added;
 * tables created, parents first (a table's parents and partitioned table before it); foreign keys
 * added (those of a cycle of new tables among them); table and schema comments; routines, views,
 * triggers and rules created. Reversed, with each op reversed, the list runs the other way.
 *
 * <p>Tables are compared part by part with one comparator per kind (columns, primary key, unique
 * constraints, checks, indexes, foreign keys, comment, options, inheritance), normalised by the dialect's
 * {@link ComparisonRules}; what cannot be compared reliably is skipped with a reason, never turned
 * into an operation. A pure function of its arguments: no I/O, deterministic. Stateless and
 * thread-safe.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /**
     * The operations that bring {@code from} to {@code to}, what was skipped, and likely renames.
     *
     * @param from    the schema as it is (the database)
     * @param to      the schema as it should be (the model)
     * @param rules   the dialect's comparison rules; {@link ComparisonRules#standard()} outside a database
     * @param options table patterns, Retort's own tables, rename hints
     * @throws dev.retort.RetortException of kind USAGE when a rename hint names something that is not there, or
     *         the model's own hints ({@link Schema#renames()}) could be read two ways
     */
    public static DiffResult compare(Schema from, Schema to, ComparisonRules rules, DiffOptions options) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(options, "options");
        TableSelection patterns = options.selection();
        Map<QualifiedName, Table> model = tables(to, patterns);
        Map<QualifiedName, Table> database = tables(from, patterns);
        Renames renames = new Renames(database, model, ModelRenames.resolve(database, model, to.renames(), options),
                rules);
        database = renames.apply(database);
        Changes changes = new Changes();
        renames.ops().forEach(op -> changes.add(Changes.Phase.RENAME, op));
        List<Table> created = compareTables(database, model, rules, changes);
        List<Table> dropped = database.values().stream().filter(table -> !model.containsKey(table.name())).toList();
        drop(dropped, changes);
        create(created, changes);
        ForeignKeysAroundTypeChanges.add(database, model, changes);
        OtherObjects.compare(from, to, patterns, model.keySet(), changes);
        compareComment(from, to, changes);
        List<RenameSuggestion> suggestions = RenameSuggestions.of(dropped, created, changes.ops(), rules);
        return new DiffResult(changes.ops(), changes.skipped(), suggestions);
    }

    /** Compares the tables on both sides part by part; returns the model's tables the database lacks. */
    private static List<Table> compareTables(Map<QualifiedName, Table> database, Map<QualifiedName, Table> model,
                                             ComparisonRules rules, Changes changes) {
        ColumnsComparator columns = new ColumnsComparator(rules);
        List<PartComparator> comparators = List.of(new PrimaryKeyComparator(),
                new UniquesComparator(rules), new ChecksComparator(rules), new IndexesComparator(rules),
                new ForeignKeysComparator(rules), new TableCommentComparator(), new TableOptionsComparator(rules),
                new InheritanceComparator());
        List<Table> created = new ArrayList<>();
        for (Table after : model.values()) {
            Table before = database.get(after.name());
            if (before == null) {
                created.add(after);
            } else if (!before.equals(after)) {
                // equal records are equal under any rules: the common case costs one equals per table
                Set<String> inherited = inheritedColumns(before, after, model);
                (inherited.isEmpty() ? columns : columns.inheriting(inherited)).compare(before, after, changes);
                comparators.forEach(comparator -> comparator.compare(before, after, changes));
            }
        }
        return created;
    }

    /** The columns a table inherits from the same parents on both sides; the model's parents tell which. */
    private static Set<String> inheritedColumns(Table before, Table after, Map<QualifiedName, Table> model) {
        List<QualifiedName> parents = after.inheritance().parents();
        if (parents.isEmpty() || !parents.equals(before.inheritance().parents())) {
            return Set.of();
        }
        Set<String> inherited = new HashSet<>();
        for (QualifiedName parent : parents) {
            Table table = model.get(parent);
            if (table != null) {
                table.columns().forEach(column -> inherited.add(column.name()));
            }
        }
        return inherited;
    }

    /**
     * The schema's own comment, where the model gives one: a model that does not (a Java model, another
     * database's reader) leaves the database's alone.
     */
    private static void compareComment(Schema from, Schema to, Changes changes) {
        if (to.comment() != null && !to.comment().equals(from.comment())) {
            changes.add(Changes.Phase.COMMENT, new SetSchemaComment(from.comment(), to.comment()));
        }
    }

    private static Map<QualifiedName, Table> tables(Schema schema, TableSelection patterns) {
        Map<QualifiedName, Table> tables = new TreeMap<>();
        for (Table table : schema.tables()) {
            if (patterns.accepts(table.name())) {
                tables.put(table.name(), table);
            }
        }
        return tables;
    }

    /** Parents first; the keys that close a cycle are added once every table exists. */
    private static void create(List<Table> created, Changes changes) {
        TableOrder order = TableOrder.of(created);
        order.tables().forEach(table -> changes.add(Changes.Phase.CREATE_TABLE, new CreateTable(table)));
        order.deferred().forEach((table, keys) -> {
            for (ForeignKey key : keys) {
                changes.add(Changes.Phase.ADD_FOREIGN_KEY, new AddForeignKey(table, key));
            }
        });
    }

    /** The mirror of {@link #create}: the keys that close a cycle go first, then children before parents. */
    private static void drop(List<Table> dropped, Changes changes) {
        TableOrder order = TableOrder.of(dropped);
        List<Map.Entry<QualifiedName, List<ForeignKey>>> deferred = new ArrayList<>(order.deferred().entrySet());
        for (int i = deferred.size() - 1; i >= 0; i--) {
            List<ForeignKey> keys = deferred.get(i).getValue();
            for (int k = keys.size() - 1; k >= 0; k--) {
                changes.add(Changes.Phase.DROP_FOREIGN_KEY, new DropForeignKey(deferred.get(i).getKey(), keys.get(k)));
            }
        }
        for (int i = order.tables().size() - 1; i >= 0; i--) {
            changes.add(Changes.Phase.DROP_TABLE, new DropTable(order.tables().get(i)));
        }
    }
}
