package dev.retort.reflect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small SQL tokenizer for the fragments catalogs hand back (CREATE TABLE text, defaults, check
 * clauses). It respects quotes, comments and parentheses, which regular expressions on raw text
 * do not. Stateless apart from its flag; immutable and thread-safe.
 */
public final class SqlLexer {

    /** Token kinds. */
    public enum Type { WORD, QUOTED_NAME, STRING, NUMBER, SYMBOL }

    /**
     * One token: a span of the source text, cut out only when asked for, since most tokens are only
     * compared, never kept.
     *
     * @param type   the kind
     * @param source the text the token was read from
     * @param start  offset of the first character in the source
     * @param end    offset after the last character
     */
    public record Token(Type type, String source, int start, int end) {

        /** The token exactly as written, quotes included. */
        public String text() {
            return source.substring(start, end);
        }

        /** True for a WORD equal to the keyword, ignoring case. */
        public boolean is(String keyword) {
            return type == Type.WORD && end - start == keyword.length()
                    && source.regionMatches(true, start, keyword, 0, keyword.length());
        }

        /** True for the given SYMBOL. */
        public boolean isSymbol(String symbol) {
            return type == Type.SYMBOL && end - start == symbol.length() && source.startsWith(symbol, start);
        }

        /** An identifier's name: quotes removed and doubled quotes undone; words as written. */
        public String name() {
            if (type != Type.QUOTED_NAME) {
                return text();
            }
            char open = source.charAt(start);
            String close = open == '[' ? "]" : String.valueOf(open);
            return source.substring(start + 1, end - 1).replace(close + close, close);
        }

        /** A string literal's value, quotes removed and doubled quotes undone. */
        public String stringValue() {
            return source.substring(start + 1, end - 1).replace("''", "'");
        }
    }

    private final boolean mysql;
    private final boolean bracketNames;

    private SqlLexer(boolean mysql, boolean bracketNames) {
        this.mysql = mysql;
        this.bracketNames = bracketNames;
    }

    /** PostgreSQL and H2: standard quotes only. */
    public static SqlLexer standard() {
        return new SqlLexer(false, false);
    }

    /** MySQL/MariaDB: backslash escapes in strings, {@code #} comments, backquoted names. */
    public static SqlLexer mysql() {
        return new SqlLexer(true, false);
    }

    /** SQLite: {@code [name]} as well as double-quoted and backquoted names. */
    public static SqlLexer sqlite() {
        return new SqlLexer(false, true);
    }

    /**
     * A line comment ({@code -- …}, MySQL {@code # …}): a span of the source, the marker included, the line
     * break not. Immutable.
     *
     * @param source the text the comment was read from
     * @param start  offset of its first character
     * @param end    offset after its last character
     */
    public record LineComment(String source, int start, int end) {

        /** The comment as written, marker included. */
        public String text() {
            return source.substring(start, end);
        }
    }

    /** The tokens of the text; comments and white space are dropped. */
    public List<Token> tokens(String sql) {
        return tokens(sql, null);
    }

    /**
     * The tokens of the text, and its line comments added to {@code comments} (dropped for {@code null}),
     * for the few readers that give a comment a meaning (a SQL model's {@code -- retort:} directives).
     */
    public List<Token> tokens(String sql, List<LineComment> comments) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && sql.startsWith("--", i) || c == '#' && mysql) {
                int newline = sql.indexOf('\n', i);
                int end = newline < 0 ? sql.length() : newline;
                if (comments != null) {
                    comments.add(new LineComment(sql, i, end > i && sql.charAt(end - 1) == '\r' ? end - 1 : end));
                }
                i = newline < 0 ? sql.length() : newline + 1;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? fail(sql, i, "an unclosed comment") : close + 2;
            } else {
                Token token = next(sql, i, c);
                tokens.add(token);
                i = token.end();
            }
        }
        return tokens;
    }

    private Token next(String sql, int i, char c) {
        if (c == '\'') {
            return new Token(Type.STRING, sql, i, closing(sql, i, '\''));
        }
        if (c == '"' || c == '`' || c == '[' && bracketNames) {
            return new Token(Type.QUOTED_NAME, sql, i, closing(sql, i, c == '[' ? ']' : c));
        }
        if (Character.isDigit(c) || c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
            return new Token(Type.NUMBER, sql, i, number(sql, i));
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            int end = i;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || "_$".indexOf(sql.charAt(end)) >= 0)) {
                end++;
            }
            return new Token(Type.WORD, sql, i, end);
        }
        int length = sql.startsWith("::", i) || sql.startsWith("<>", i) || sql.startsWith("<=", i)
                || sql.startsWith(">=", i) || sql.startsWith("!=", i) || sql.startsWith("||", i) ? 2 : 1;
        return new Token(Type.SYMBOL, sql, i, i + length);
    }

    /** The offset after the quote that closes the one at {@code start}; doubled quotes stay inside. */
    private int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && mysql && quote == '\'') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return fail(sql, start, "an unclosed " + quote + " quote");
    }

    private static int number(String sql, int i) {
        int end = i;
        while (end < sql.length()) {
            char c = sql.charAt(end);
            boolean exponentSign = (c == '+' || c == '-') && end > i
                    && Character.toLowerCase(sql.charAt(end - 1)) == 'e';
            if (!(Character.isLetterOrDigit(c) || c == '.' || exponentSign)) {
                break;
            }
            end++;
        }
        return end;
    }

    private static int fail(String sql, int at, String what) {
        throw new IllegalArgumentException("cannot read SQL fragment: " + what + " at offset " + at + " in: "
                + (sql.length() > 200 ? sql.substring(0, 200) + "…" : sql));
    }

    /** Index of the token that closes the parenthesis at {@code open}, or -1 when unbalanced. */
    public static int matchingParen(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Lower-case text of a word token, for keyword switches. */
    public static String keyword(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
