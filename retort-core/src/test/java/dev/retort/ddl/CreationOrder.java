package dev.retort.ddl;

import dev.retort.op.AddForeignKey;
import dev.retort.op.CreateTable;
import dev.retort.op.MigrationOp;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CreateTable ops for every table of a schema, referenced tables first; a foreign key that closes a
 * cycle is left out of its CREATE TABLE and added by an AddForeignKey op at the end.
 */
final class CreationOrder {

    private CreationOrder() {
    }

    static List<MigrationOp> ops(Schema schema) {
        Map<QualifiedName, Table> remaining = new LinkedHashMap<>();
        schema.tables().forEach(table -> remaining.put(table.name(), table));
        Set<QualifiedName> created = new HashSet<>();
        List<MigrationOp> creates = new ArrayList<>();
        List<MigrationOp> deferred = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.values().stream().filter(table -> ready(table, created)).findFirst().orElse(null);
            if (next == null) {
                // a cycle: create the first remaining table without its keys to tables not there yet
                next = remaining.values().iterator().next();
                List<ForeignKey> now = new ArrayList<>();
                for (ForeignKey key : next.foreignKeys()) {
                    if (available(key, next, created)) {
                        now.add(key);
                    } else {
                        deferred.add(new AddForeignKey(next.name(), key));
                    }
                }
                next = new Table(next.name(), next.columns(), next.primaryKey(), next.uniques(), next.indexes(), now,
                        next.checks(), next.comment());
            }
            creates.add(new CreateTable(next));
            created.add(next.name());
            remaining.remove(next.name());
        }
        creates.addAll(deferred);
        return creates;
    }

    private static boolean ready(Table table, Set<QualifiedName> created) {
        return table.foreignKeys().stream().allMatch(key -> available(key, table, created));
    }

    private static boolean available(ForeignKey key, Table table, Set<QualifiedName> created) {
        return key.referencedTable().equals(table.name()) || created.contains(key.referencedTable());
    }
}
