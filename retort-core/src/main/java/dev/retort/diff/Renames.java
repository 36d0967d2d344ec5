package dev.retort.diff;

import dev.retort.RetortException;
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Applies rename hints: checks each against the two schemas, emits the {@link RenameTable} and
 * {@link RenameColumn} ops, and gives the database side as it will be after them, so the rest of
 * the comparison sees a renamed object as the same object. Built once per comparison; immutable.
 */
final class Renames {

    private final Map<QualifiedName, QualifiedName> tables = new TreeMap<>();
    private final Map<QualifiedName, Map<String, String>> columns = new HashMap<>();
    private final Map<QualifiedName, List<RenameTable.PartName>> partNames = new HashMap<>();
    private final List<MigrationOp> ops = new ArrayList<>();

    /**
     * @throws RetortException of kind USAGE when a hint names a table or column that is not there,
     *         or one that exists on both sides (so nothing was renamed)
     */
    Renames(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to, DiffOptions options, ComparisonRules rules) {
        for (TableRename hint : options.tableRenames()) {
            QualifiedName old = find(from, hint.from(), hint.hint(), "the database");
            QualifiedName renamed = find(to, hint.to(), hint.hint(), "the model");
            if (to.containsKey(old) || from.containsKey(renamed)) {
                throw usage(hint.hint(), "both the database and the model have table "
                        + (to.containsKey(old) ? old : renamed) + ", so it was not renamed; drop the hint");
            }
            tables.put(old, renamed);
        }
        List<MigrationOp> columnOps = new ArrayList<>();
        for (ColumnRename hint : options.columnRenames()) {
            columnOps.add(column(from, to, hint));
        }
        tables.forEach((old, renamed) -> {
            // compared once the columns are renamed too, as the rest of the comparison sees the table
            List<RenameTable.PartName> names = TablePartNames.of(RenamedTable.of(from.get(old), tables, columns),
                    to.get(renamed), rules);
            partNames.put(renamed, names);
            ops.add(new RenameTable(old, renamed, names));
        });
        ops.addAll(columnOps);
    }

    private MigrationOp column(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to, ColumnRename hint) {
        Optional<QualifiedName> inModel = lookup(to, hint.table());
        QualifiedName table = inModel.orElseGet(() -> lookup(from, hint.table()).map(tables::get).orElse(null));
        QualifiedName old = table == null ? null : tables.entrySet().stream()
                .filter(entry -> entry.getValue().equals(table)).map(Map.Entry::getKey).findFirst().orElse(table);
        if (table == null || !to.containsKey(table) || !from.containsKey(old)) {
            throw usage(hint.hint(), "table " + hint.table() + " is not in both the database and the model");
        }
        String before = columnName(from.get(old), hint.from(), hint.hint(), "the database");
        String after = columnName(to.get(table), hint.to(), hint.hint(), "the model");
        if (to.get(table).column(before).isPresent() || from.get(old).column(after).isPresent()) {
            throw usage(hint.hint(), "both sides of table " + table + " have that column, so it was not renamed; "
                    + "drop the hint");
        }
        columns.computeIfAbsent(table, ignored -> new HashMap<>()).put(before, after);
        return new RenameColumn(table, before, after);
    }

    /** The rename ops: tables first, then columns (of the renamed tables). */
    List<MigrationOp> ops() {
        return ops;
    }

    /** The database's tables as they are once the renames have run. */
    Map<QualifiedName, Table> apply(Map<QualifiedName, Table> from) {
        if (tables.isEmpty() && columns.isEmpty()) {
            return from;
        }
        Map<QualifiedName, Table> renamed = new TreeMap<>();
        for (Table table : from.values()) {
            Table moved = RenamedTable.of(table, tables, columns);
            moved = TablePartNames.apply(moved, partNames.getOrDefault(moved.name(), List.of()));
            renamed.put(moved.name(), moved);
        }
        return renamed;
    }

    private static QualifiedName find(Map<QualifiedName, Table> side, QualifiedName name, String hint, String where) {
        return lookup(side, name).orElseThrow(() -> usage(hint, "table " + name + " is not in " + where));
    }

    /** The exact name, else the one name that matches without case. */
    private static Optional<QualifiedName> lookup(Map<QualifiedName, Table> side, QualifiedName name) {
        if (side.containsKey(name)) {
            return Optional.of(name);
        }
        List<QualifiedName> matches = side.keySet().stream()
                .filter(key -> key.toString().equalsIgnoreCase(name.toString())).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    private static String columnName(Table table, String name, String hint, String where) {
        if (table.column(name).isPresent()) {
            return name;
        }
        List<String> matches = table.columns().stream().map(column -> column.name())
                .filter(column -> column.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        if (matches.size() != 1) {
            throw usage(hint, "table " + table.name() + " in " + where + " has no column " + name);
        }
        return matches.get(0);
    }

    private static RetortException usage(String hint, String problem) {
        return new RetortException(RetortException.Kind.USAGE, "rename hint " + hint + " does not apply: " + problem
                + "; check the names with 'retort diff' or 'retort inspect'");
    }
}
