package dev.retort.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A model's word that some of its tables and columns were renamed: their former names
 * ({@code @RenamedFrom}, a SQL model's {@code -- retort:renamed-from}, {@code SchemaBuilder}'s
 * {@code renamedFrom}). Autogenerate turns a hint into a rename while the database still has the
 * former name and not the new one, and ignores it once the database has the new name.
 *
 * <p>Kept beside the tables rather than inside {@link Table} and {@link Column}: a hint is about the
 * history of a name, not about what the object is, and a reader never finds one in a database. A
 * former name is never claimed by two tables (or two columns of one table), nor is it the object's own
 * name. Immutable and thread-safe.
 *
 * @param tables  each renamed table's former names, by its name in the model, oldest first or in any order
 * @param columns each renamed column's former names, by its table's name in the model, then its own name
 */
public record RenameHints(Map<QualifiedName, List<QualifiedName>> tables,
                          Map<QualifiedName, Map<String, List<String>>> columns) {

    /** No hints. */
    public static final RenameHints NONE = new RenameHints(Map.of(), Map.of());

    /**
     * Sorts, checks and copies the hints.
     *
     * @param tables each renamed table's former names, by its name in the model, oldest first or in any order
     * @param columns each renamed column's former names, by its table's name in the model, then its own name
     * @throws IllegalArgumentException when a name is its own former name, or one former name is claimed
     *     twice
     */
    public RenameHints {
        Map<QualifiedName, List<QualifiedName>> sortedTables = sorted(tables);
        requireOneClaim(sortedTables, "table", "");
        tables = Map.copyOf(sortedTables);
        Map<QualifiedName, Map<String, List<String>>> byTable = new TreeMap<>();
        columns.forEach((table, formerColumns) -> {
            Objects.requireNonNull(table, "table");
            Map<String, List<String>> sortedColumns = sorted(formerColumns);
            requireOneClaim(sortedColumns, "column", " of table " + table);
            if (!sortedColumns.isEmpty()) {
                byTable.put(table, Map.copyOf(sortedColumns));
            }
        });
        columns = Map.copyOf(byTable);
    }

    /**
     * {@return these hints and the former names of one more table}
     *
     * @param table the table's name in the model
     * @param formerNames its former names, newest last
     */
    public RenameHints withTable(QualifiedName table, List<QualifiedName> formerNames) {
        Map<QualifiedName, List<QualifiedName>> more = new HashMap<>(tables);
        more.merge(table, List.copyOf(formerNames), RenameHints::concat);
        return new RenameHints(more, columns);
    }

    /**
     * {@return these hints and the former names of one more column}
     *
     * @param table the table's name in the model
     * @param column the column's name in the model
     * @param formerNames its former names, newest last
     */
    public RenameHints withColumn(QualifiedName table, String column, List<String> formerNames) {
        Map<QualifiedName, Map<String, List<String>>> more = new HashMap<>(columns);
        Map<String, List<String>> ofTable = new HashMap<>(more.getOrDefault(table, Map.of()));
        ofTable.merge(column, List.copyOf(formerNames), RenameHints::concat);
        more.put(table, ofTable);
        return new RenameHints(tables, more);
    }

    /** {@return true when there is no hint} */
    public boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    /**
     * {@return the former names of a table of the model (empty: none)}
     *
     * @param table the table's name in the model
     */
    public List<QualifiedName> tableFormerly(QualifiedName table) {
        return tables.getOrDefault(table, List.of());
    }

    /**
     * {@return the former names of a column of a table of the model (empty: none)}
     *
     * @param table the table's name in the model
     * @param column the column's name in the model
     */
    public List<String> columnFormerly(QualifiedName table, String column) {
        return columns.getOrDefault(table, Map.of()).getOrDefault(column, List.of());
    }

    /** A sorted copy, so that a message names the claimants in one order every time. */
    private static <K extends Comparable<K>, V> Map<K, List<V>> sorted(Map<K, List<V>> formerNames) {
        Map<K, List<V>> copy = new TreeMap<>();
        formerNames.forEach((name, former) -> {
            Objects.requireNonNull(name, "renamed object");
            List<V> names = List.copyOf(new LinkedHashSet<>(former));
            if (names.contains(name)) {
                throw new IllegalArgumentException(name + " names itself as its former name; leave that name out");
            }
            if (!names.isEmpty()) {
                copy.put(name, names);
            }
        });
        return copy;
    }

    private static <K, V> List<V> concat(List<V> first, List<V> second) {
        List<V> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** One former name, one claimant: the database's old object can become only one of the model's. */
    private static <K, V> void requireOneClaim(Map<K, List<V>> formerNames, String kind, String where) {
        Map<String, K> claimed = new HashMap<>();
        formerNames.forEach((name, former) -> {
            for (V old : former) {
                K other = claimed.putIfAbsent(old.toString().toLowerCase(Locale.ROOT), name);
                if (other != null && !other.equals(name)) {
                    throw new IllegalArgumentException("the former " + kind + " name " + old + where + " is claimed by both "
                            + other + " and " + name + "; a " + kind + " can be renamed to one name only, so keep the"
                            + " hint on the one it became");
                }
            }
        });
    }
}
