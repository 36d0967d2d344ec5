package dev.retort.reflect;

import dev.retort.schema.DefaultValue;
import dev.retort.sql.lex.SqlLexer;
import java.util.List;
import java.util.Set;

/**
 * Classifies a default's normalised SQL text as literal, function, expression or unrecognised.
 * Dialect readers first remove their database's decorations, then call {@link #classify}.
 * Stateless and thread-safe.
 */
public final class DefaultValues {

    /** SQL value keywords that behave like zero-argument functions. */
    private static final Set<String> VALUE_KEYWORDS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "user", "current_role",
            "current_schema", "current_catalog", "sysdate", "systimestamp", "unix_timestamp", "now");

    private DefaultValues() {
    }

    /** The default for this text, or {@code null} when the text is null or blank. */
    public static DefaultValue classify(String sql, SqlLexer lexer) {
        if (sql == null || sql.isBlank()) {
            return null;
        }
        String text = sql.strip();
        List<SqlLexer.Token> tokens;
        try {
            tokens = lexer.tokens(text);
        } catch (IllegalArgumentException e) {
            return new DefaultValue(text, DefaultValue.Kind.UNRECOGNISED);
        }
        return new DefaultValue(text, kind(tokens));
    }

    private static DefaultValue.Kind kind(List<SqlLexer.Token> tokens) {
        if (tokens.isEmpty()) {
            return DefaultValue.Kind.UNRECOGNISED;
        }
        if (isLiteral(tokens)) {
            return DefaultValue.Kind.LITERAL;
        }
        if (!balanced(tokens)) {
            return DefaultValue.Kind.UNRECOGNISED;
        }
        SqlLexer.Token first = tokens.get(0);
        if (tokens.size() == 1 && first.type() == SqlLexer.Type.WORD && VALUE_KEYWORDS.contains(SqlLexer.keyword(first))) {
            return DefaultValue.Kind.FUNCTION;
        }
        boolean call = first.type() == SqlLexer.Type.WORD && tokens.size() >= 3 && tokens.get(1).isSymbol("(")
                && SqlLexer.matchingParen(tokens, 1) == tokens.size() - 1;
        return call ? DefaultValue.Kind.FUNCTION : DefaultValue.Kind.EXPRESSION;
    }

    /** A string, number (optionally signed), TRUE/FALSE/NULL, or a prefixed string such as b'1' or X'FF'. */
    public static boolean isLiteral(List<SqlLexer.Token> tokens) {
        int i = tokens.size() == 2 && (tokens.get(0).isSymbol("-") || tokens.get(0).isSymbol("+")) ? 1 : 0;
        if (tokens.size() == 1 || i == 1) {
            SqlLexer.Token token = tokens.get(i);
            return token.type() == SqlLexer.Type.STRING || token.type() == SqlLexer.Type.NUMBER
                    || i == 0 && (token.is("true") || token.is("false") || token.is("null"));
        }
        return tokens.size() == 2 && tokens.get(1).type() == SqlLexer.Type.STRING
                && tokens.get(0).end() == tokens.get(1).start()
                && Set.of("b", "x", "n", "e").contains(SqlLexer.keyword(tokens.get(0)));
    }

    private static boolean balanced(List<SqlLexer.Token> tokens) {
        int depth = 0;
        for (SqlLexer.Token token : tokens) {
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
