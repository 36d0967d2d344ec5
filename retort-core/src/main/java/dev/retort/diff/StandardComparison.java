package dev.retort.diff;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;

/**
 * The standard answers behind {@link ComparisonRules}' default methods, which live here beside the diff that
 * uses them rather than in the SPI. Public for the SPI only. Stateless.
 */
public final class StandardComparison {

    private StandardComparison() {
    }

    /** The standard rules, with no dialect quirks. */
    public static ComparisonRules rules() {
        return StandardRules.INSTANCE;
    }

    /** Types compared as {@link ComparisonRules#compareTypes} does by default. */
    public static Comparison types(ColumnType from, ColumnType to) {
        return Types.compare(from, to);
    }

    /** A default's canonical text as {@link ComparisonRules#canonicalDefault} gives it by default. */
    public static String canonicalDefault(DefaultValue value, ColumnType type, ComparisonRules rules) {
        return Defaults.canonical(value, type, rules);
    }

    /** An expression's canonical text as {@link ComparisonRules#canonicalExpression} gives it by default. */
    public static String canonicalExpression(String sql, ComparisonRules rules) {
        return Expressions.canonical(sql, rules);
    }
}
