package dev.retort.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts an SQL expression (a check clause, default, index key or predicate, as some database
 * printed it) into tokens. Knows every dialect's quoting: {@code '…'} strings, {@code "…"} and
 * {@code `…`} identifiers, comments; brackets stay symbols because PostgreSQL uses them for arrays.
 * Stateless and thread-safe.
 */
final class ExpressionTokens {

    /** Token kinds. */
    enum Type { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL }

    /**
     * One token.
     *
     * @param type  the kind
     * @param text  the token as written, quotes included
     * @param start offset of its first character
     * @param end   offset after its last character
     */
    record Token(Type type, String text, int start, int end) {

        /** An identifier's name without quotes; a word as written. */
        String name() {
            if (type != Type.QUOTED_NAME) {
                return text;
            }
            String quote = text.substring(0, 1);
            return text.substring(1, text.length() - 1).replace(quote + quote, quote);
        }
    }

    private static final Set<String> TWO_CHARACTER_SYMBOLS = Set.of("::", "<=", ">=", "<>", "!=", "||", "->", "=>");

    private ExpressionTokens() {
    }

    /**
     * The tokens of the text.
     *
     * @throws IllegalArgumentException when a quote or comment is never closed
     */
    static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", i)) {
                i = closing(sql, i, "*/") + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = quoted(sql, i, c);
                tokens.add(new Token(c == '\'' ? Type.STRING : Type.QUOTED_NAME, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
                int end = number(sql, i);
                tokens.add(new Token(Type.NUMBER, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int end = i + 1;
                while (end < sql.length() && isWordPart(sql.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Type.WORD, sql.substring(i, end), i, end));
                i = end;
            } else {
                int end = i + 2 <= sql.length() && TWO_CHARACTER_SYMBOLS.contains(sql.substring(i, i + 2)) ? i + 2 : i + 1;
                tokens.add(new Token(Type.SYMBOL, sql.substring(i, end), i, end));
                i = end;
            }
        }
        return tokens;
    }

    /**
     * The token's canonical spelling: words lower-cased, a quoted identifier that needs no quotes
     * unquoted and lower-cased, {@code !=} as {@code <>}; strings and numbers as written.
     */
    static String canonical(Token token) {
        return switch (token.type()) {
            case WORD -> token.text().toLowerCase(Locale.ROOT);
            case QUOTED_NAME -> {
                String name = token.name();
                yield name.matches("[A-Za-z_][A-Za-z0-9_$]*") ? name.toLowerCase(Locale.ROOT)
                        : "\"" + name.replace("\"", "\"\"") + "\"";
            }
            case SYMBOL -> token.text().equals("!=") ? "<>" : token.text();
            default -> token.text();
        };
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private static int closing(String sql, int from, String close) {
        int end = sql.indexOf(close, from + 2);
        if (end < 0) {
            throw new IllegalArgumentException("unclosed comment at offset " + from);
        }
        return end;
    }

    /** The offset after a quoted token that starts at {@code from}; a doubled quote stays inside. */
    private static int quoted(String sql, int from, char quote) {
        int i = from + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unclosed " + quote + " at offset " + from);
    }

    private static int number(String sql, int from) {
        int i = from;
        while (i < sql.length() && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
                exponent++;
            }
            if (exponent < sql.length() && Character.isDigit(sql.charAt(exponent))) {
                i = exponent;
                while (i < sql.length() && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
