package dev.retort.diff;

import dev.retort.op.CreateIndex;
import dev.retort.op.DropIndex;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Indexes, matched by name, then by definition: key parts (columns with order, NULL order, collation and prefix, or
 * expressions compared by the rules), uniqueness, access method, partial-index predicate and (where the database keeps it) comment. A
 * changed index is dropped and created again; one whose expressions cannot be compared reliably is
 * skipped; one the database creates by itself for a foreign key (see
 * {@link ComparisonRules#implicitIndex}) is neither dropped while the key stays nor created beside it.
 * Immutable and thread-safe.
 */
final class IndexesComparator implements PartComparator {

    private final ComparisonRules rules;

    IndexesComparator(ComparisonRules rules) {
        this.rules = rules;
    }

    @Override
    public void compare(Table from, Table to, Changes changes) {
        Pairing<Index> pairing = Pairing.of(from.indexes(), to.indexes(), Index::name,
                (a, b) -> compareIndexes(a, b).isEqual());
        for (Index before : pairing.fromOnly()) {
            if (!rules.implicitIndex(to, before)) {
                changes.add(Changes.Phase.DROP_INDEX, new DropIndex(to.name(), before));
            }
        }
        for (Pairing.Pair<Index> pair : pairing.pairs()) {
            Comparison comparison = compareIndexes(pair.from(), pair.to());
            boolean renamed = !Pairing.namesAgree(rules, from, pair.from().name(), to, pair.to().name());
            if (comparison instanceof Comparison.Skip skip && !renamed) {
                changes.skip(to.name(), "index " + pair.to().name(), skip);
            } else if (!comparison.isEqual() || renamed) {
                changes.add(Changes.Phase.DROP_INDEX, new DropIndex(to.name(), pair.from()));
                changes.add(Changes.Phase.CREATE_INDEX, new CreateIndex(to.name(), pair.to()));
            }
        }
        for (Index after : pairing.toOnly()) {
            // the database creates this one by itself with the foreign key the first side already has
            if (!rules.implicitIndex(from, after)) {
                changes.add(Changes.Phase.CREATE_INDEX, new CreateIndex(to.name(), after));
            }
        }
    }

    private Comparison compareIndexes(Index a, Index b) {
        if (rules.keepsTableOptions() && !Objects.equals(a.comment(), b.comment())) {
            return Comparison.different("comment " + a.comment() + " -> " + b.comment());
        }
        if (a.keys().equals(b.keys()) && a.unique() == b.unique() && Objects.equals(a.predicate(), b.predicate())
                && sameMethod(a.method(), b.method())) {
            return Comparison.EQUAL;
        }
        if (a.unique() != b.unique() || !sameMethod(a.method(), b.method()) || a.keys().size() != b.keys().size()) {
            return Comparison.different("uniqueness, method or number of key parts");
        }
        List<Comparison> parts = new ArrayList<>();
        for (int i = 0; i < a.keys().size(); i++) {
            parts.add(compareKeys(a.keys().get(i), b.keys().get(i)));
        }
        parts.add(comparePredicates(a.predicate(), b.predicate()));
        return Comparison.all(parts.toArray(Comparison[]::new));
    }

    private Comparison compareKeys(Index.Key a, Index.Key b) {
        if (a.equals(b)) {
            return Comparison.EQUAL;
        }
        if (a.order() != b.order() || a.nulls() != b.nulls() || !Objects.equals(a.collation(), b.collation())
                || !Objects.equals(a.prefixLength(), b.prefixLength()) || !Objects.equals(a.operatorClass(), b.operatorClass())
                || (a.column() == null) != (b.column() == null) || a.column() != null) {
            return Comparison.different("key part " + key(a) + " -> " + key(b));
        }
        return rules.compareExpressions(a.expression(), b.expression());
    }

    private Comparison comparePredicates(String a, String b) {
        if (a == null || b == null) {
            return a == b ? Comparison.EQUAL : Comparison.different("predicate " + a + " -> " + b);
        }
        return a.equals(b) ? Comparison.EQUAL : rules.compareExpressions(a, b);
    }

    private static boolean sameMethod(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static String key(Index.Key key) {
        return (key.column() != null ? key.column() : key.expression())
                + (key.collation() == null ? "" : " collate " + key.collation())
                + (key.operatorClass() == null ? "" : " " + key.operatorClass())
                + " " + key.order() + (key.nulls() == Index.Nulls.DEFAULT ? "" : " nulls " + key.nulls());
    }
}
