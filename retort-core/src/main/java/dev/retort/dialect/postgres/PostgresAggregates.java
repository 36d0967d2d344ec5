package dev.retort.dialect.postgres;

import dev.retort.sql.lex.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument lists of the aggregates a {@code CREATE AGGREGATE} definition creates, which
 * {@code DROP AGGREGATE} needs: unlike {@code DROP FUNCTION}, PostgreSQL's grammar has no
 * {@code DROP AGGREGATE} without one. The definition is the model's own SQL (several statements for
 * an overloaded aggregate), so the list is read from it as written. Stateless.
 */
final class PostgresAggregates {

    private static final SqlLexer LEXER = new SqlLexer(PostgresDialect.FLAVOUR);

    private PostgresAggregates() {
    }

    /**
     * One argument list per aggregate created, parentheses included ({@code (text)},
     * {@code (ORDER BY anyelement)}); empty when the definition cannot be read.
     */
    static List<String> signatures(String definition) {
        List<SqlLexer.Token> tokens;
        try {
            tokens = LEXER.tokens(definition);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<String> signatures = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).is("AGGREGATE") && (tokens.get(i - 1).is("CREATE") || tokens.get(i - 1).is("REPLACE"))) {
                String signature = signatureAfterName(tokens, i + 1);
                if (signature != null) {
                    signatures.add(signature);
                }
            }
        }
        return signatures;
    }

    /** The parenthesised list after a possibly qualified name starting at {@code at}, or null. */
    private static String signatureAfterName(List<SqlLexer.Token> tokens, int at) {
        int i = at;
        while (i + 1 < tokens.size() && isName(tokens.get(i)) && tokens.get(i + 1).isSymbol(".")) {
            i += 2;
        }
        if (i + 1 >= tokens.size() || !isName(tokens.get(i)) || !tokens.get(i + 1).isSymbol("(")) {
            return null;
        }
        int close = SqlLexer.matchingParen(tokens, i + 1);
        if (close < 0) {
            return null;
        }
        SqlLexer.Token open = tokens.get(i + 1);
        return open.source().substring(open.start(), tokens.get(close).end());
    }

    private static boolean isName(SqlLexer.Token token) {
        return token.type() == SqlLexer.Type.WORD || token.type() == SqlLexer.Type.QUOTED_NAME;
    }
}
