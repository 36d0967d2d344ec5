package dev.retort.diff;

import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Matches the constraints or indexes of a table's two sides: by name where both sides have the
 * same one, then the rest by definition, whatever their names (a database may keep no name, or
 * make one up). Immutable once built.
 *
 * @param pairs    matched objects, from-side first
 * @param fromOnly objects only the first side has, in their order
 * @param toOnly   objects only the second side has, in their order
 */
record Pairing<T>(List<Pair<T>> pairs, List<T> fromOnly, List<T> toOnly) {

    /** One matched object. */
    record Pair<T>(T from, T to) {
    }

    static <T> Pairing<T> of(List<T> from, List<T> to, Function<T, String> name, BiPredicate<T, T> sameDefinition) {
        return of(from, to, name, sameDefinition, generated -> false);
    }

    /**
     * As {@link #of(List, List, Function, BiPredicate)}, but a name the database numbers itself (H2's and
     * MariaDB's {@code CONSTRAINT_93}) pairs two objects only when their definitions agree too: two databases
     * number their unnamed constraints in the order they were made, so the same number may name different
     * checks on the two sides.
     */
    static <T> Pairing<T> of(List<T> from, List<T> to, Function<T, String> name, BiPredicate<T, T> sameDefinition,
                             java.util.function.Predicate<String> generated) {
        List<T> fromLeft = new ArrayList<>(from);
        List<T> toLeft = new ArrayList<>(to);
        List<Pair<T>> pairs = new ArrayList<>();
        for (T before : from) {
            String key = name.apply(before);
            T after = key == null ? null : toLeft.stream().filter(item -> key.equals(name.apply(item))).findFirst().orElse(null);
            if (after != null && (!generated.test(key) || sameDefinition.test(before, after))) {
                pairs.add(new Pair<>(before, after));
                fromLeft.remove(before);
                toLeft.remove(after);
            }
        }
        for (T before : List.copyOf(fromLeft)) {
            T after = toLeft.stream().filter(item -> sameDefinition.test(before, item)).findFirst().orElse(null);
            if (after != null) {
                pairs.add(new Pair<>(before, after));
                fromLeft.remove(before);
                toLeft.remove(after);
            }
        }
        return new Pairing<>(pairs, fromLeft, toLeft);
    }

    /**
     * True when a pair's names make no difference: equal, either missing, or either invented by the
     * database; otherwise the model asks for a new name and the object is recreated.
     */
    static boolean namesAgree(ComparisonRules rules, Table fromTable, String from, Table toTable, String to) {
        return from == null || to == null || from.equals(to) || rules.generatedName(fromTable, from)
                || rules.generatedName(toTable, to);
    }
}
