package dev.retort.sql;

import dev.retort.RetortException;
import dev.retort.spi.SplitterOptions;

/**
 * Recognises and skips the tokens inside which a terminator means nothing: quoted strings and
 * identifiers, comments and dollar quotes, following one {@link SplitterOptions}.
 *
 * <p>Every {@code skip} method takes the index of the token's first character and returns the
 * index just past its end; nothing is copied. An unterminated token is a
 * {@link RetortException.Kind#SCRIPT} error naming the line on which the token started, because a
 * missing quote usually shows up far below the place where it is missing. Holds a
 * {@link LineCounter}, so it is mutable and not thread-safe; one instance per split.
 */
final class Lexer {

    private final String script;
    private final int length;
    private final SplitterOptions options;
    private final LineCounter lines;

    Lexer(String script, SplitterOptions options, LineCounter lines) {
        this.script = script;
        this.length = script.length();
        this.options = options;
        this.lines = lines;
    }

    /** Whether {@code c} opens a quoted string or identifier under these options. */
    boolean isQuote(char c) {
        return c == '\'' || c == '"'
                || (c == '`' && options.backtickIdentifiers())
                || (c == '[' && options.bracketIdentifiers());
    }

    /** Skips the quoted string or identifier that opens at {@code start} (see {@link #isQuote}). */
    int skipQuoted(int start) {
        char open = script.charAt(start);
        boolean backslash = options.backslashEscapes();
        return switch (open) {
            case '\'' -> skipUntil(start, '\'', backslash, true, "single-quoted string");
            case '"' -> skipUntil(start, '"', backslash, true,
                    backslash ? "double-quoted string" : "double-quoted identifier");
            case '`' -> skipUntil(start, '`', false, true, "backtick-quoted identifier");
            // SQLite copies [name] from MS Access, where a ']' cannot be escaped inside the name.
            case '[' -> skipUntil(start, ']', false, false, "bracketed identifier");
            default -> throw new IllegalArgumentException("not a quote at " + start + ": " + open);
        };
    }

    private int skipUntil(int start, char close, boolean backslash, boolean doubled, String what) {
        int i = start + 1;
        while (i < length) {
            char c = script.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c != close) {
                i++;
            } else if (doubled && i + 1 < length && script.charAt(i + 1) == close) {
                i += 2;
            } else {
                return i + 1;
            }
        }
        String hint = doubled ? " (write " + close + close + " for a " + close + " inside it)" : "";
        throw unterminated(start, "a " + what, "add the missing " + close + hint);
    }

    /**
     * Whether a comment running to the end of the line starts at {@code i}: {@code --} always,
     * {@code #} with hash comments. In MySQL mode {@code --} must be followed by a space or a
     * control character, because MySQL reads {@code 5--3} as 5 minus minus 3.
     */
    boolean isLineComment(int i) {
        char c = script.charAt(i);
        if (c == '#') {
            return options.hashComments();
        }
        if (c != '-' || i + 1 >= length || script.charAt(i + 1) != '-') {
            return false;
        }
        return !options.hashComments() || i + 2 >= length || script.charAt(i + 2) <= ' ';
    }

    /** Skips a line comment, leaving the line break itself to the caller. */
    int skipLineComment(int start) {
        return lineEnd(start);
    }

    /** The index of the first line break at or after {@code start}, or the script's length. */
    int lineEnd(int start) {
        for (int i = start; i < length; i++) {
            char c = script.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return length;
    }

    /** Whether a block comment (slash, star) starts at {@code i}. */
    boolean isBlockComment(int i) {
        return script.charAt(i) == '/' && i + 1 < length && script.charAt(i + 1) == '*';
    }

    /**
     * Whether the block comment at {@code i} is a MySQL executable comment, opened by {@code /*!}: MySQL
     * runs its content, so it is statement text (mysqldump writes whole statements that way), not a
     * comment to drop. Hash comments are the option that means "MySQL" here.
     */
    boolean isExecutableComment(int i) {
        return options.hashComments() && i + 2 < length && script.charAt(i + 2) == '!';
    }

    /** Skips the block comment at {@code start}; with nested comments, each inner opener needs its own closer. */
    int skipBlockComment(int start) {
        if (!options.nestedBlockComments()) {
            int close = script.indexOf("*/", start + 2);
            if (close < 0) {
                throw unterminated(start, "a /* block comment", "add the missing */");
            }
            return close + 2;
        }
        int depth = 1;
        int i = start + 2;
        while (i + 1 < length) {
            if (isBlockComment(i)) {
                depth++;
                i += 2;
            } else if (script.charAt(i) == '*' && script.charAt(i + 1) == '/') {
                if (--depth == 0) {
                    return i + 2;
                }
                i += 2;
            } else {
                i++;
            }
        }
        throw unterminated(start, "a /* block comment",
                "add the missing */ (block comments nest in this dialect: every inner /* needs its own */)");
    }

    /**
     * With dollar quotes on, the index just past a {@code $$} or {@code $tag$} opener at {@code i};
     * -1 when {@code i} holds no opener, as for a {@code $1} parameter.
     */
    int dollarOpenerEnd(int i) {
        if (!options.dollarQuotes() || script.charAt(i) != '$') {
            return -1;
        }
        int j = i + 1;
        if (j < length && script.charAt(j) == '$') {
            return j + 1;
        }
        if (j >= length || !isTagStart(script.charAt(j))) {
            return -1;
        }
        j++;
        while (j < length && isTagPart(script.charAt(j))) {
            j++;
        }
        return j < length && script.charAt(j) == '$' ? j + 1 : -1;
    }

    /** Skips a dollar-quoted string whose opener spans {@code [start, openerEnd)}; other tags inside it are text. */
    int skipDollarQuoted(int start, int openerEnd) {
        String tag = script.substring(start, openerEnd);
        int close = script.indexOf(tag, openerEnd);
        if (close < 0) {
            throw unterminated(start, "a dollar-quoted string opened by " + tag, "add the closing " + tag);
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

    private RetortException unterminated(int start, String what, String remedy) {
        return new RetortException(RetortException.Kind.SCRIPT,
                "The SQL script has " + what + " starting on line " + lines.lineAt(start)
                        + " that is never closed; " + remedy + ".");
    }
}
