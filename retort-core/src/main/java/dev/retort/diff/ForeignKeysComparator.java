package dev.retort.diff;

import dev.retort.op.AddForeignKey;
import dev.retort.op.DropForeignKey;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;

/**
 * Foreign keys, matched by name, then by columns and referenced table and columns. A pair differs
 * when its definition, either action (as the rules compare them), its deferrability or its
 * (non-invented) name differs; a changed key is dropped and added again. Immutable and thread-safe.
 */
final class ForeignKeysComparator implements PartComparator {

    private final ComparisonRules rules;

    ForeignKeysComparator(ComparisonRules rules) {
        this.rules = rules;
    }

    @Override
    public void compare(Table from, Table to, Changes changes) {
        Pairing<ForeignKey> pairing = Pairing.of(from.foreignKeys(), to.foreignKeys(), ForeignKey::name,
                ForeignKeysComparator::sameDefinition);
        for (ForeignKey before : pairing.fromOnly()) {
            changes.add(Changes.Phase.DROP_FOREIGN_KEY, new DropForeignKey(to.name(), before));
        }
        for (Pairing.Pair<ForeignKey> pair : pairing.pairs()) {
            if (!same(from, pair.from(), to, pair.to())) {
                changes.add(Changes.Phase.DROP_FOREIGN_KEY, new DropForeignKey(to.name(), pair.from()));
                changes.add(Changes.Phase.ADD_FOREIGN_KEY, new AddForeignKey(to.name(), pair.to()));
            }
        }
        for (ForeignKey after : pairing.toOnly()) {
            changes.add(Changes.Phase.ADD_FOREIGN_KEY, new AddForeignKey(to.name(), after));
        }
    }

    static boolean sameDefinition(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns());
    }

    private boolean same(Table fromTable, ForeignKey before, Table toTable, ForeignKey after) {
        return sameDefinition(before, after) && rules.sameAction(before.onDelete(), after.onDelete())
                && rules.sameAction(before.onUpdate(), after.onUpdate())
                && before.deferrability() == after.deferrability()
                && Pairing.namesAgree(rules, fromTable, before.name(), toTable, after.name());
    }
}
