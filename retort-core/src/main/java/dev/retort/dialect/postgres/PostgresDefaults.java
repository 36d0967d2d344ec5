package dev.retort.dialect.postgres;

import dev.retort.reflect.DefaultValues;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.sql.lex.SqlLexer;
import java.util.List;

/**
 * Normalises PostgreSQL's {@code pg_get_expr(adbin)} defaults: a literal's cast to the column's own
 * type ({@code 'x'::character varying}, {@code '{}'::text[]}, {@code 'G'::mpaa_rating}) is removed.
 * Casts on anything but a literal are part of the expression and stay.
 *
 * <p>On a numeric column the cast stays too ({@code '1'::smallint}, {@code '-1'::integer}): PostgreSQL
 * prints it only where the stored expression has one ({@code DEFAULT '1'} on a smallint is stored as a
 * cast constant, {@code DEFAULT 1} is not), so the text without it would re-create a column that dumps
 * differently. The comparison rules drop casts and compare numbers by value, so {@code '1'::smallint}
 * and {@code 1} still compare equal. Such a default keeps the kind of the bare literal. Stateless.
 */
final class PostgresDefaults {

    private static final SqlLexer LEXER = new SqlLexer(PostgresDialect.FLAVOUR);

    private PostgresDefaults() {
    }

    static DefaultValue normalise(String expression, ColumnType type) {
        if (expression == null) {
            return null;
        }
        String printed = expression.strip();
        String text;
        try {
            text = stripLiteralCasts(printed);
        } catch (IllegalArgumentException e) {
            return DefaultValues.classify(printed, LEXER);
        }
        if (!isNumeric(type)) {
            return DefaultValues.classify(text, LEXER);
        }
        if (text.length() > 2 && text.startsWith("'") && text.endsWith("'")
                && text.substring(1, text.length() - 1).matches("[-+]?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?")) {
            text = text.substring(1, text.length() - 1);
        }
        DefaultValue bare = DefaultValues.classify(text, LEXER);
        return text.equals(printed) ? bare : new DefaultValue(printed, bare.kind());
    }

    private static String stripLiteralCasts(String text) {
        while (true) {
            List<SqlLexer.Token> tokens = LEXER.tokens(text);
            int cast = lastTopLevelCast(tokens);
            if (cast < 0) {
                return unwrap(text, tokens);
            }
            List<SqlLexer.Token> operand = tokens.subList(0, cast);
            String operandText = text.substring(0, tokens.get(cast).start()).strip();
            if (!DefaultValues.isLiteral(unwrapTokens(operand))) {
                return text;
            }
            text = operandText;
        }
    }

    private static int lastTopLevelCast(List<SqlLexer.Token> tokens) {
        int depth = 0;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            SqlLexer.Token token = tokens.get(i);
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            if (depth == 0 && token.isSymbol("::")) {
                last = i;
            }
        }
        return last;
    }

    /** {@code (0)} and {@code ('x')} lose their parentheses; anything else is left alone. */
    private static String unwrap(String text, List<SqlLexer.Token> tokens) {
        List<SqlLexer.Token> inner = unwrapTokens(tokens);
        if (inner.size() != tokens.size() && DefaultValues.isLiteral(inner)) {
            return text.substring(inner.get(0).start(), inner.get(inner.size() - 1).end());
        }
        return text;
    }

    private static List<SqlLexer.Token> unwrapTokens(List<SqlLexer.Token> tokens) {
        List<SqlLexer.Token> inner = tokens;
        while (inner.size() >= 3 && inner.get(0).isSymbol("(") && SqlLexer.matchingParen(inner, 0) == inner.size() - 1) {
            inner = inner.subList(1, inner.size() - 1);
        }
        return inner;
    }

    private static boolean isNumeric(ColumnType type) {
        return type instanceof ColumnType.IntegerType || type instanceof ColumnType.DecimalType
                || type instanceof ColumnType.FloatType;
    }
}
