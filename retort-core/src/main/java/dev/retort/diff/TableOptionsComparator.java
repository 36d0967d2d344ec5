package dev.retort.diff;

import dev.retort.op.AlterTableOptions;
import dev.retort.schema.Table;

/**
 * The table's default character set and options, compared in the rules' canonical form; a change is
 * one {@link AlterTableOptions} carrying both sides as they are. Nothing where the database keeps no
 * options ({@link ComparisonRules#keepsTableOptions}). Immutable and thread-safe.
 */
final class TableOptionsComparator implements PartComparator {

    private final ComparisonRules rules;

    TableOptionsComparator(ComparisonRules rules) {
        this.rules = rules;
    }

    @Override
    public void compare(Table from, Table to, Changes changes) {
        if (!rules.canonicalOptions(from.options()).equals(rules.canonicalOptions(to.options()))) {
            changes.add(Changes.Phase.TABLE_OPTIONS, new AlterTableOptions(to.name(), from.options(), to.options()));
        }
    }
}
