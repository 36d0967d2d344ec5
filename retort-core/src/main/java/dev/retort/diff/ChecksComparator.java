package dev.retort.diff;

import dev.retort.op.AddCheckConstraint;
import dev.retort.op.DropCheckConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Table;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;

/**
 * Check constraints, matched by name, then by canonical expression (databases rewrite check text,
 * and SQLite keeps no names). A named pair whose expressions the rules cannot compare reliably is
 * skipped; a changed check is dropped and added again. Immutable and thread-safe.
 */
final class ChecksComparator implements PartComparator {

    private final ComparisonRules rules;

    ChecksComparator(ComparisonRules rules) {
        this.rules = rules;
    }

    @Override
    public void compare(Table from, Table to, Changes changes) {
        Pairing<CheckConstraint> pairing = Pairing.of(from.checks(), to.checks(), CheckConstraint::name,
                (a, b) -> rules.canonicalExpression(a.expression()).equals(rules.canonicalExpression(b.expression())),
                name -> rules.generatedName(to, name));
        for (CheckConstraint before : pairing.fromOnly()) {
            changes.add(Changes.Phase.DROP_CONSTRAINT, new DropCheckConstraint(to.name(), before));
        }
        for (Pairing.Pair<CheckConstraint> pair : pairing.pairs()) {
            CheckConstraint before = pair.from();
            CheckConstraint after = pair.to();
            Comparison expression = before.expression().equals(after.expression()) ? Comparison.EQUAL
                    : rules.compareExpressions(before.expression(), after.expression());
            boolean renamed = !Pairing.namesAgree(rules, from, before.name(), to, after.name());
            // a MariaDB column-level check and a table-level one print differently, so a move is a change
            renamed |= before.columnLevel() != after.columnLevel();
            if (expression instanceof Comparison.Skip skip && !renamed) {
                changes.skip(to.name(), "check " + after.name(), skip);
            } else if (!expression.isEqual() || renamed) {
                changes.add(Changes.Phase.DROP_CONSTRAINT, new DropCheckConstraint(to.name(), before));
                changes.add(Changes.Phase.ADD_CONSTRAINT, new AddCheckConstraint(to.name(), after));
            }
        }
        for (CheckConstraint after : pairing.toOnly()) {
            changes.add(Changes.Phase.ADD_CONSTRAINT, new AddCheckConstraint(to.name(), after));
        }
    }
}
