package dev.retort.dialect.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites expressions PostgreSQL reports in a form that does not read back to itself. Stateless.
 */
final class PostgresExpressions {

    /**
     * {@code varchar_col IN ('a', 'b')} is reported as {@code (col)::text = ANY ((ARRAY['a'::character
     * varying, …])::text[])}; parsed again, that becomes {@code ARRAY[('a'::character varying)::text, …]}.
     * The form {@code col = ANY (ARRAY['a'::character varying, …])} parses to what was reported.
     */
    private static final Pattern VARCHAR_IN_LIST = Pattern.compile(
            "\\(((?:\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*))\\)::text = ANY \\(\\(ARRAY\\["
                    + "((?:'(?:[^']|'')*'::character varying(?:, )?)+)\\]\\)::text\\[\\]\\)");

    private PostgresExpressions() {
    }

    /** The expression in a form that PostgreSQL reports back exactly as it was given. */
    static String reparseable(String expression) {
        Matcher matcher = VARCHAR_IN_LIST.matcher(expression);
        return matcher.find() ? matcher.replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) + " = ANY (ARRAY[" + match.group(2) + "])")) : expression;
    }
}
