package dev.retort.diff;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.spi.ComparisonRules;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The standard canonical form of a column default, behind {@link ComparisonRules#canonicalDefault}:
 * the expression's canonical text, with numbers compared by value on numeric columns ({@code '1'},
 * {@code 1.0} and {@code (1)} are one default) and the spellings of true and false folded on boolean
 * columns. Stateless and thread-safe.
 */
final class Defaults {

    private static final Set<String> TRUE = Set.of("true", "'t'", "'true'", "1", "'1'", "'y'", "'yes'", "'on'", "b'1'");
    private static final Set<String> FALSE = Set.of("false", "'f'", "'false'", "0", "'0'", "'n'", "'no'", "'off'", "b'0'");

    private Defaults() {
    }

    /** The canonical text, or {@code null} for no default ({@code DEFAULT NULL} included). */
    static String canonical(DefaultValue value, ColumnType type, ComparisonRules rules) {
        if (value == null || value.sql().strip().equalsIgnoreCase("null")) {
            return null;
        }
        if (value.kind() == DefaultValue.Kind.UNRECOGNISED) {
            return value.sql().strip();
        }
        List<String> tokens = Expressions.canonicalTokens(value.sql(), rules);
        if (tokens == null) {
            return value.sql().strip();
        }
        String text = String.join(" ", tokens);
        ColumnType canonicalType = rules.canonicalType(type);
        if (isNumeric(canonicalType)) {
            return number(text);
        }
        if (canonicalType instanceof ColumnType.BooleanType) {
            String compact = text.replace(" ", "").toLowerCase(Locale.ROOT);
            return TRUE.contains(compact) ? "true" : FALSE.contains(compact) ? "false" : text;
        }
        return text;
    }

    /** A number, quoted or not, signed or not, by value; {@code TRUE}/{@code FALSE} as MySQL stores them. */
    private static String number(String text) {
        String compact = text.replace(" ", "");
        if (compact.equals("true") || compact.equals("false")) {
            return compact.equals("true") ? "1" : "0";
        }
        if (compact.length() > 1 && compact.startsWith("'") && compact.endsWith("'")) {
            compact = compact.substring(1, compact.length() - 1);
        }
        try {
            BigDecimal number = new BigDecimal(compact);
            return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static boolean isNumeric(ColumnType type) {
        return type instanceof ColumnType.IntegerType || type instanceof ColumnType.DecimalType
                || type instanceof ColumnType.FloatType;
    }
}
