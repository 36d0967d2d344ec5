package dev.retort.diff;

import dev.retort.op.AlterTableOptions;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;

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
            // A column altered to "its table's default" takes whatever the table has when the ALTER runs,
            // and only the database knows the name of its own default. So the table's default changes
            // first when it moves to the database's (the columns then follow it), and after the altered
            // columns, which state their new set, when it moves away: then the downgrade, run in reverse,
            // also changes the table first and its columns follow it back. Added columns come later still.
            Changes.Phase phase = from.options().charset() == null ? Changes.Phase.TABLE_OPTIONS_LATE
                    : Changes.Phase.TABLE_OPTIONS;
            changes.add(phase, new AlterTableOptions(to.name(), from.options(), to.options()));
        }
    }
}
