package dev.retort.diff;

import dev.retort.schema.ColumnType;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;
import java.util.Locale;

/**
 * The standard comparison of two column types already in the dialect's canonical form, behind
 * {@link ComparisonRules#compareTypes}. Stateless and thread-safe.
 */
final class Types {

    private Types() {
    }

    static Comparison compare(ColumnType from, ColumnType to) {
        if (from.equals(to)) {
            return Comparison.EQUAL;
        }
        if (from instanceof ColumnType.ArrayType a && to instanceof ColumnType.ArrayType b) {
            return a.dimensions() == b.dimensions() ? compare(a.element(), b.element()) : changed(from, to);
        }
        if (from instanceof ColumnType.NativeType a && to instanceof ColumnType.NativeType b) {
            return spelling(a.describe()).equals(spelling(b.describe())) ? Comparison.EQUAL : changed(from, to);
        }
        if (!from.recognised() || !to.recognised()) {
            if (spelling(from.describe()).equals(spelling(to.describe()))) {
                return Comparison.EQUAL;
            }
            ColumnType.UnrecognisedType unknown = (ColumnType.UnrecognisedType) (from.recognised() ? to : from);
            return Comparison.skip("type " + from.describe() + " vs " + to.describe() + " cannot be compared: "
                    + unknown.declared() + " is not understood (" + unknown.reason() + "); change it by hand if it differs");
        }
        return changed(from, to);
    }

    private static Comparison changed(ColumnType from, ColumnType to) {
        return Comparison.different("type " + from.describe() + " -> " + to.describe());
    }

    /** Case and blanks do not count in a type's spelling. */
    private static String spelling(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
