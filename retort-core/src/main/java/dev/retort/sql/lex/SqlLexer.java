package dev.retort.sql.lex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Retort's one SQL lexer, following one {@link SqlFlavour}. It serves two kinds of reader: the
 * statement splitter and the checksum normaliser walk a script with its {@code skip…} methods (each
 * takes the index of a token's first character and returns the index just past its end, copying
 * nothing), and the catalog readers, the model and the diff take a fragment's {@link #tokens}.
 *
 * <p>A quote, comment or dollar quote that is never closed is an {@link Unclosed} (an
 * {@link IllegalArgumentException}), which the splitter turns into a script error naming the line.
 * Immutable and thread-safe.
 */
public final class SqlLexer {

    /** Token kinds. */
    public enum Type {
        /** A keyword or an unquoted name. */
        WORD,
        /** A quoted identifier: {@code "name"}, and {@code `name`} or {@code [name]} where the flavour has them. */
        QUOTED_NAME,
        /** A string literal: {@code '…'}, or a dollar-quoted string. */
        STRING,
        /** A number, letters run on ({@code 0x1F}, {@code 1e5}). */
        NUMBER,
        /** Punctuation or an operator: one character, or one of the two-character operators. */
        SYMBOL
    }

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

        /** {@return the token exactly as written, quotes included} */
        public String text() {
            return source.substring(start, end);
        }

        /**
         * {@return true for a WORD equal to the keyword, ignoring case}
         *
         * @param keyword the keyword
         */
        public boolean is(String keyword) {
            return type == Type.WORD && end - start == keyword.length()
                    && source.regionMatches(true, start, keyword, 0, keyword.length());
        }

        /**
         * {@return true for the given SYMBOL}
         *
         * @param symbol the symbol's text
         */
        public boolean isSymbol(String symbol) {
            return type == Type.SYMBOL && end - start == symbol.length() && source.startsWith(symbol, start);
        }

        /** {@return an identifier's name: quotes removed and doubled quotes undone; words as written} */
        public String name() {
            if (type != Type.QUOTED_NAME) {
                return text();
            }
            char open = source.charAt(start);
            String close = open == '[' ? "]" : String.valueOf(open);
            return source.substring(start + 1, end - 1).replace(close + close, close);
        }

        /** {@return a string literal's value, quotes removed and doubled quotes undone} */
        public String stringValue() {
            return source.substring(start + 1, end - 1).replace("''", "'");
        }
    }

    /** A token that opens and is never closed. */
    public static final class Unclosed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** Offset of the unclosed token's first character. */
        private final int start;
        /** What is unclosed. */
        private final String what;
        /** What to do about it. */
        private final String remedy;

        Unclosed(int start, String what, String remedy) {
            super(what + " at offset " + start + " is never closed; " + remedy);
            this.start = start;
            this.what = what;
            this.remedy = remedy;
        }

        /** {@return offset of the token's first character} */
        public int start() {
            return start;
        }

        /** {@return what is unclosed, with its article: "a single-quoted string"} */
        public String what() {
            return what;
        }

        /** {@return what to do about it: "add the missing '"} */
        public String remedy() {
            return remedy;
        }
    }

    private static final String[] TWO_CHARACTER_SYMBOLS = {"::", "<=", ">=", "<>", "!=", "||", "->", "=>"};

    private final SqlFlavour flavour;

    /**
     * A lexer of one flavour.
     *
     * @param flavour the quotes, comments and escapes to follow
     */
    public SqlLexer(SqlFlavour flavour) {
        this.flavour = flavour;
    }

    /**
     * {@return the quotes, comments and escapes this lexer follows}
     */
    public SqlFlavour flavour() {
        return flavour;
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

        /** {@return the comment as written, marker included} */
        public String text() {
            return source.substring(start, end);
        }
    }

    /**
     * {@return the tokens of the text; comments and white space are dropped}
     *
     * @param sql the text
     * @throws Unclosed when a quote or block comment is never closed
     */
    public List<Token> tokens(String sql) {
        return tokens(sql, null);
    }

    /**
     * {@return the tokens of the text, and its line comments added to {@code comments} (dropped for
     * {@code null}), for the few readers that give a comment a meaning (a SQL model's {@code -- retort:}
     * directives)}
     *
     * @param sql the text
     * @param comments where line comments go, or null to drop them
     * @throws Unclosed when a quote or block comment is never closed
     */
    public List<Token> tokens(String sql, List<LineComment> comments) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isLineComment(sql, i)) {
                int end = lineEnd(sql, i);
                if (comments != null) {
                    int stop = end;
                    while (stop > i && (sql.charAt(stop - 1) == '\n' || sql.charAt(stop - 1) == '\r')) {
                        stop--;
                    }
                    comments.add(new LineComment(sql, i, stop));
                }
                i = end;
            } else if (isBlockComment(sql, i)) {
                i = skipBlockComment(sql, i);
            } else {
                Token token = next(sql, i, c);
                tokens.add(token);
                i = token.end();
            }
        }
        return tokens;
    }

    private Token next(String sql, int i, char c) {
        if (isQuote(c)) {
            return new Token(c == '\'' ? Type.STRING : Type.QUOTED_NAME, sql, i, skipQuoted(sql, i));
        }
        int dollarOpenerEnd = dollarOpenerEnd(sql, i);
        if (dollarOpenerEnd > 0) {
            return new Token(Type.STRING, sql, i, skipDollarQuoted(sql, i, dollarOpenerEnd));
        }
        if (Character.isDigit(c) || c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
            return new Token(Type.NUMBER, sql, i, numberEnd(sql, i));
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            return new Token(Type.WORD, sql, i, wordEnd(sql, i));
        }
        return new Token(Type.SYMBOL, sql, i, i + symbolLength(sql, i));
    }

    private static int symbolLength(String sql, int i) {
        for (String symbol : TWO_CHARACTER_SYMBOLS) {
            if (sql.startsWith(symbol, i)) {
                return 2;
            }
        }
        return 1;
    }

    /**
     * {@return whether {@code c} opens a quoted string or identifier in this flavour}
     *
     * @param c the character
     */
    public boolean isQuote(char c) {
        return c == '\'' || c == '"'
                || (c == '`' && flavour.backtickIdentifiers())
                || (c == '[' && flavour.bracketIdentifiers());
    }

    /**
     * Skips the quoted string or identifier that opens at {@code start} (see {@link #isQuote}).
     *
     * @param sql the text
     * @param start the opening quote's offset
     * @return the offset just past the closing quote
     * @throws Unclosed when the quote is never closed
     */
    public int skipQuoted(String sql, int start) {
        char open = sql.charAt(start);
        boolean backslash = flavour.backslashEscapes();
        return switch (open) {
            case '\'' -> skipUntil(sql, start, '\'', backslash, true, "single-quoted string");
            case '"' -> skipUntil(sql, start, '"', backslash, true,
                    backslash ? "double-quoted string" : "double-quoted identifier");
            case '`' -> skipUntil(sql, start, '`', false, true, "backtick-quoted identifier");
            // SQLite copies [name] from MS Access, where a ']' cannot be escaped inside the name.
            case '[' -> skipUntil(sql, start, ']', false, false, "bracketed identifier");
            default -> throw new IllegalArgumentException("not a quote at " + start + ": " + open);
        };
    }

    private static int skipUntil(String sql, int start, char close, boolean backslash, boolean doubled, String what) {
        int length = sql.length();
        int i = start + 1;
        while (i < length) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c != close) {
                i++;
            } else if (doubled && i + 1 < length && sql.charAt(i + 1) == close) {
                i += 2;
            } else {
                return i + 1;
            }
        }
        String hint = doubled ? " (write " + close + close + " for a " + close + " inside it)" : "";
        throw new Unclosed(start, "a " + what, "add the missing " + close + hint);
    }

    /**
     * {@return whether a comment running to the end of the line starts at {@code i}: {@code --} always,
     * {@code #} with hash comments} With hash comments (MySQL) {@code --} must be followed by a space or a
     * control character, because MySQL reads {@code 5--3} as 5 minus minus 3.
     *
     * @param sql the text
     * @param i an offset in it
     */
    public boolean isLineComment(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '#') {
            return flavour.hashComments();
        }
        int length = sql.length();
        if (c != '-' || i + 1 >= length || sql.charAt(i + 1) != '-') {
            return false;
        }
        return !flavour.hashComments() || i + 2 >= length || sql.charAt(i + 2) <= ' ';
    }

    /**
     * {@return the index of the first line break at or after {@code start}, or the text's length}
     *
     * @param sql the text
     * @param start where to look from
     */
    public static int lineEnd(String sql, int start) {
        for (int i = start; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return sql.length();
    }

    /**
     * {@return whether a block comment (slash, star) starts at {@code i}}
     *
     * @param sql the text
     * @param i an offset in it
     */
    public static boolean isBlockComment(String sql, int i) {
        return sql.charAt(i) == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*';
    }

    /**
     * {@return whether the block comment at {@code i} is a MySQL executable comment, opened by {@code /*!}:
     * MySQL runs its content, so it is statement text (mysqldump writes whole statements that way), not a
     * comment to drop} Hash comments are the rule that means "MySQL" here.
     *
     * @param sql the text
     * @param i the offset of a block comment
     */
    public boolean isExecutableComment(String sql, int i) {
        return flavour.hashComments() && i + 2 < sql.length() && sql.charAt(i + 2) == '!';
    }

    /**
     * Skips the block comment at {@code start}; with nested comments, each inner opener needs its own closer.
     *
     * @param sql the text
     * @param start the offset of the comment's opener
     * @return the offset just past its closer
     * @throws Unclosed when the comment is never closed
     */
    public int skipBlockComment(String sql, int start) {
        if (!flavour.nestedBlockComments()) {
            int close = sql.indexOf("*/", start + 2);
            if (close < 0) {
                throw new Unclosed(start, "a /* block comment", "add the missing */");
            }
            return close + 2;
        }
        int depth = 1;
        int i = start + 2;
        while (i + 1 < sql.length()) {
            if (isBlockComment(sql, i)) {
                depth++;
                i += 2;
            } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
                if (--depth == 0) {
                    return i + 2;
                }
                i += 2;
            } else {
                i++;
            }
        }
        throw new Unclosed(start, "a /* block comment",
                "add the missing */ (block comments nest in this dialect: every inner /* needs its own */)");
    }

    /**
     * With dollar quotes on, the index just past a {@code $$} or {@code $tag$} opener at {@code i};
     * -1 when {@code i} holds no opener, as for a {@code $1} parameter.
     *
     * @param sql the text
     * @param i the offset of a {@code $}
     * @return the offset just past the opener, or -1
     */
    public int dollarOpenerEnd(String sql, int i) {
        if (!flavour.dollarQuotes() || sql.charAt(i) != '$') {
            return -1;
        }
        int length = sql.length();
        int j = i + 1;
        if (j < length && sql.charAt(j) == '$') {
            return j + 1;
        }
        if (j >= length || !isTagStart(sql.charAt(j))) {
            return -1;
        }
        j++;
        while (j < length && isTagPart(sql.charAt(j))) {
            j++;
        }
        return j < length && sql.charAt(j) == '$' ? j + 1 : -1;
    }

    /**
     * Skips a dollar-quoted string whose opener spans {@code [start, openerEnd)}; other tags inside it are
     * text.
     *
     * @param sql the text
     * @param start the opener's offset
     * @param openerEnd the offset just past the opener
     * @return the offset just past the closing tag
     * @throws Unclosed when the string is never closed
     */
    public static int skipDollarQuoted(String sql, int start, int openerEnd) {
        String tag = sql.substring(start, openerEnd);
        int close = sql.indexOf(tag, openerEnd);
        if (close < 0) {
            throw new Unclosed(start, "a dollar-quoted string opened by " + tag, "add the closing " + tag);
        }
        return close + tag.length();
    }

    // PostgreSQL: a tag is an identifier without '$', so it cannot start with a digit ($1 is a parameter).
    private static boolean isTagStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isTagPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * {@return whether {@code c} continues a word: letters, digits, {@code _} and {@code $} (PostgreSQL and
     * MySQL names)}
     *
     * @param c the character
     */
    public static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /**
     * {@return the index after the word that starts at {@code start}}
     *
     * @param sql the text
     * @param start the word's first offset
     */
    public static int wordEnd(String sql, int start) {
        int end = start + 1;
        while (end < sql.length() && isWordPart(sql.charAt(end))) {
            end++;
        }
        return end;
    }

    /**
     * {@return the index after the number that starts at {@code start}} Letters run on like a word, so that
     * {@code 0x1F} or {@code 1e5} is one token, and a sign right after an exponent's {@code e} belongs to it.
     *
     * @param sql the text
     * @param start the number's first offset
     */
    public static int numberEnd(String sql, int start) {
        int end = start;
        while (end < sql.length()) {
            char c = sql.charAt(end);
            boolean exponentSign = (c == '+' || c == '-') && end > start
                    && Character.toLowerCase(sql.charAt(end - 1)) == 'e';
            if (!(Character.isLetterOrDigit(c) || c == '.' || exponentSign)) {
                break;
            }
            end++;
        }
        return end;
    }

    /**
     * {@return index of the token that closes the parenthesis at {@code open}, or -1 when unbalanced}
     *
     * @param tokens the tokens
     * @param open the index of an opening parenthesis
     */
    public static int matchingParen(List<Token> tokens, int open) {
        return matching(tokens, open, token -> token.isSymbol("("), token -> token.isSymbol(")"));
    }

    /**
     * {@return index of the element that closes the opener at {@code open}, or -1 when unbalanced; for tokens
     * of any form}
     *
     * @param <T> the element type
     * @param tokens the elements
     * @param open the index of an opener
     * @param opens true for an element that opens
     * @param closes true for an element that closes
     */
    public static <T> int matching(List<T> tokens, int open, Predicate<T> opens, Predicate<T> closes) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (opens.test(tokens.get(i))) {
                depth++;
            } else if (closes.test(tokens.get(i)) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@return lower-case text of a word token, for keyword switches}
     *
     * @param token a word token
     */
    public static String keyword(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
