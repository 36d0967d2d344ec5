package dev.retort.diff;

import dev.retort.op.AddForeignKey;
import dev.retort.op.AlterColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.MigrationOp;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * A column whose type changes while a foreign key uses it, on either end, gets that key dropped
 * before the change and added back after it: MySQL refuses to change such a column at all
 * ("Cannot change column used in a foreign key constraint"), and elsewhere the key must agree with
 * the new type. Keys the comparison already drops or adds are left as they are. Stateless.
 */
final class ForeignKeysAroundTypeChanges {

    private ForeignKeysAroundTypeChanges() {
    }

    static void add(Map<QualifiedName, Table> from, Map<QualifiedName, Table> to, Changes changes) {
        List<AlterColumn> retyped = changes.phase(Changes.Phase.ALTER_COLUMN).stream()
                .filter(op -> op instanceof AlterColumn alter && alter.typeChanged()).map(AlterColumn.class::cast).toList();
        if (retyped.isEmpty()) {
            return;
        }
        for (Table table : from.values()) {
            Table model = to.get(table.name());
            if (model == null) {
                continue;
            }
            for (ForeignKey key : table.foreignKeys()) {
                if (retyped.stream().anyMatch(alter -> uses(table.name(), key, alter))) {
                    wrap(table.name(), key, model, changes);
                }
            }
        }
    }

    private static boolean uses(QualifiedName table, ForeignKey key, AlterColumn alter) {
        String column = alter.before().name();
        return table.equals(alter.table()) && key.columns().contains(column)
                || key.referencedTable().equals(alter.table()) && key.referencedColumns().contains(column);
    }

    private static void wrap(QualifiedName table, ForeignKey key, Table model, Changes changes) {
        List<MigrationOp> drops = changes.phase(Changes.Phase.DROP_FOREIGN_KEY);
        if (drops.contains(new DropForeignKey(table, key))) {
            return;
        }
        model.foreignKeys().stream().filter(other -> ForeignKeysComparator.sameDefinition(key, other)).findFirst()
                .ifPresent(after -> {
                    changes.add(Changes.Phase.DROP_FOREIGN_KEY, new DropForeignKey(table, key));
                    changes.add(Changes.Phase.ADD_FOREIGN_KEY, new AddForeignKey(table, after));
                });
    }
}
