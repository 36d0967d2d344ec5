package dev.retort.diff;

import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order in which to create a set of tables so that every table a foreign key references, every
 * parent a table inherits from or is a partition of, and every table whose serial column owns a
 * sequence another table's default draws from ({@code nextval('owner_id_seq')}), exists first. Foreign keys that form a cycle cannot all be created with their tables: those of
 * the table chosen to break the cycle are left out of its CREATE and added afterwards. A table that
 * references itself is no cycle (every database accepts that in CREATE TABLE). Dropping is the same
 * order reversed, with the cycle's keys dropped first. Deterministic: among tables ready at the same
 * time the smallest name goes first. Immutable once built.
 *
 * @param tables   the tables in creation order, each without its deferred foreign keys
 * @param deferred the foreign keys left out of the CREATE statements, per table, in creation order
 */
record TableOrder(List<Table> tables, Map<QualifiedName, List<ForeignKey>> deferred) {

    /** {@code nextval('name')} or {@code nextval('schema.name'::regclass)}: the sequence's own name. */
    private static final Pattern NEXTVAL = Pattern.compile("(?i)nextval\\s*\\(\\s*'(?:[^'.]*\\.)?([^'.]+)'");

    /** Orders the tables; foreign keys to tables outside the set do not constrain the order. */
    static TableOrder of(List<Table> tables) {
        Map<QualifiedName, Table> byName = new TreeMap<>();
        tables.forEach(table -> byName.put(table.name(), table));
        Map<QualifiedName, Set<QualifiedName>> waitingFor = new HashMap<>();
        Map<QualifiedName, List<QualifiedName>> dependants = new HashMap<>();
        Map<String, QualifiedName> sequenceOwners = sequenceOwners(byName.values());
        for (Table table : byName.values()) {
            Set<QualifiedName> parents = new HashSet<>();
            List<QualifiedName> needed = new ArrayList<>(table.inheritance().parents());
            table.foreignKeys().forEach(key -> needed.add(key.referencedTable()));
            needed.addAll(sequencesDrawnFrom(table, sequenceOwners));
            for (QualifiedName parent : needed) {
                if (!parent.equals(table.name()) && byName.containsKey(parent) && parents.add(parent)) {
                    dependants.computeIfAbsent(parent, ignored -> new ArrayList<>()).add(table.name());
                }
            }
            waitingFor.put(table.name(), parents);
        }
        return order(byName, waitingFor, dependants);
    }

    /**
     * The tables owning a serial sequence, by the sequence's name in lower case: PostgreSQL's own
     * {@code table_column_seq}, the name Retort's serial columns get (cut as the DDL renderer cuts it), or the
     * sequence's own name where the column keeps one.
     */
    private static Map<String, QualifiedName> sequenceOwners(Iterable<Table> tables) {
        Map<String, QualifiedName> owners = new HashMap<>();
        for (Table table : tables) {
            for (Column column : table.columns()) {
                if (column.identity() != null && column.identity().sequence() != null) {
                    owners.put(column.identity().sequence().toLowerCase(Locale.ROOT), table.name());
                } else if (column.identity() != null && column.identity().kind() == Identity.Kind.SERIAL) {
                    String name = (table.name().name() + "_" + column.name() + "_seq").toLowerCase(Locale.ROOT);
                    owners.put(name.length() <= 63 ? name : name.substring(0, 59) + "_seq", table.name());
                }
            }
        }
        return owners;
    }

    /** The owners of the sequences the table's defaults draw from: a sequence goes with its owner's CREATE and DROP. */
    private static List<QualifiedName> sequencesDrawnFrom(Table table, Map<String, QualifiedName> owners) {
        List<QualifiedName> drawnFrom = new ArrayList<>();
        if (owners.isEmpty()) {
            return drawnFrom;
        }
        for (Column column : table.columns()) {
            if (column.defaultValue() == null) {
                continue;
            }
            Matcher nextval = NEXTVAL.matcher(column.defaultValue().sql());
            while (nextval.find()) {
                QualifiedName owner = owners.get(nextval.group(1).replace("\"", "").toLowerCase(Locale.ROOT));
                if (owner != null) {
                    drawnFrom.add(owner);
                }
            }
        }
        return drawnFrom;
    }

    /** Kahn's algorithm, smallest name first among the ready tables, breaking cycles when none is ready. */
    private static TableOrder order(Map<QualifiedName, Table> byName, Map<QualifiedName, Set<QualifiedName>> waitingFor,
                                    Map<QualifiedName, List<QualifiedName>> dependants) {
        PriorityQueue<QualifiedName> ready = new PriorityQueue<>();
        waitingFor.forEach((table, parents) -> {
            if (parents.isEmpty()) {
                ready.add(table);
            }
        });
        List<Table> order = new ArrayList<>();
        Map<QualifiedName, List<ForeignKey>> deferred = new LinkedHashMap<>();
        while (order.size() < byName.size()) {
            QualifiedName next = ready.isEmpty() ? breakCycle(waitingFor, byName, deferred) : ready.poll();
            order.add(without(byName.get(next), deferred.getOrDefault(next, List.of())));
            waitingFor.remove(next);
            for (QualifiedName child : dependants.getOrDefault(next, List.of())) {
                Set<QualifiedName> parents = waitingFor.get(child);
                if (parents != null && parents.remove(next) && parents.isEmpty()) {
                    ready.add(child);
                }
            }
        }
        return new TableOrder(List.copyOf(order), deferred);
    }

    /**
     * Every remaining table waits for another, so some form cycles. Take a cycle group that waits
     * for nothing outside itself (one exists: the groups form no cycle among themselves), in it the
     * table waiting for the fewest tables (then the smallest name), and defer its keys to them.
     */
    private static QualifiedName breakCycle(Map<QualifiedName, Set<QualifiedName>> waitingFor,
                                            Map<QualifiedName, Table> byName,
                                            Map<QualifiedName, List<ForeignKey>> deferred) {
        Set<QualifiedName> group = null;
        for (Set<QualifiedName> component : Components.of(waitingFor)) {
            boolean closed = component.stream().allMatch(table -> component.containsAll(waitingFor.get(table)));
            if (closed && (group == null || first(component).compareTo(first(group)) < 0)) {
                group = component;
            }
        }
        QualifiedName chosen = null;
        for (QualifiedName table : new TreeSet<>(group)) {
            // a child cannot wait less for its parent; one table of the group waits for no parent (inheritance has no cycles)
            boolean waitsForParent = byName.get(table).inheritance().parents().stream().anyMatch(waitingFor.get(table)::contains);
            if (!waitsForParent && (chosen == null || waitingFor.get(table).size() < waitingFor.get(chosen).size())) {
                chosen = table;
            }
        }
        Set<QualifiedName> parents = waitingFor.get(chosen);
        List<ForeignKey> keys = byName.get(chosen).foreignKeys().stream()
                .filter(key -> parents.contains(key.referencedTable())).toList();
        deferred.put(chosen, keys);
        parents.clear();
        return chosen;
    }

    private static QualifiedName first(Set<QualifiedName> names) {
        return new TreeSet<>(names).first();
    }

    /** The table without the given foreign keys. */
    static Table without(Table table, List<ForeignKey> keys) {
        if (keys.isEmpty()) {
            return table;
        }
        List<ForeignKey> kept = table.foreignKeys().stream().filter(key -> !keys.contains(key)).toList();
        return new Table(table.name(), table.columns(), table.primaryKey(), table.uniques(), table.indexes(), kept,
                table.checks(), table.comment(), table.options(), table.inheritance());
    }
}
