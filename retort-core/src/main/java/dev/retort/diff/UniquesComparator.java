package dev.retort.diff;

import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.DropUniqueConstraint;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.ComparisonRules;

/**
 * Unique constraints, matched by name, then by columns. A pair with the same columns is equal
 * unless both have names, they differ, and the database invented neither, or their deferrability or
 * {@code NULLS NOT DISTINCT} differ; a changed constraint is dropped and added again (PostgreSQL alters
 * the deferrability of foreign keys only). Immutable and thread-safe.
 */
final class UniquesComparator implements PartComparator {

    private final ComparisonRules rules;

    UniquesComparator(ComparisonRules rules) {
        this.rules = rules;
    }

    @Override
    public void compare(Table from, Table to, Changes changes) {
        Pairing<UniqueConstraint> pairing = Pairing.of(from.uniques(), to.uniques(), UniqueConstraint::name,
                (a, b) -> a.columns().equals(b.columns()), name -> rules.generatedName(to, name));
        for (UniqueConstraint before : pairing.fromOnly()) {
            changes.add(Changes.Phase.DROP_CONSTRAINT, new DropUniqueConstraint(to.name(), before));
        }
        for (Pairing.Pair<UniqueConstraint> pair : pairing.pairs()) {
            UniqueConstraint before = pair.from();
            UniqueConstraint after = pair.to();
            if (!before.columns().equals(after.columns()) || before.deferrability() != after.deferrability()
                    || before.nullsNotDistinct() != after.nullsNotDistinct()
                    || !Pairing.namesAgree(rules, from, before.name(), to, after.name())) {
                changes.add(Changes.Phase.DROP_CONSTRAINT, new DropUniqueConstraint(to.name(), before));
                changes.add(Changes.Phase.ADD_CONSTRAINT, new AddUniqueConstraint(to.name(), after));
            }
        }
        for (UniqueConstraint after : pairing.toOnly()) {
            changes.add(Changes.Phase.ADD_CONSTRAINT, new AddUniqueConstraint(to.name(), after));
        }
    }
}
