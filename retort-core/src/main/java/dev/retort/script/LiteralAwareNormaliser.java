package dev.retort.script;

import dev.retort.sql.lex.SqlFlavour;
import dev.retort.sql.lex.SqlLexer;
import java.util.function.IntSupplier;

/**
 * One pass over LF-terminated text that drops trailing white space and blank lines outside literals
 * and keeps everything inside a literal as written. Mutable, one instance per text.
 */
final class LiteralAwareNormaliser {

    /**
     * One flavour for every dialect, so that a script's checksum does not depend on the database:
     * standard quotes, backticks and dollar quotes; no backslash escapes or {@code #} comments.
     */
    private static final SqlLexer LEXER = new SqlLexer(SqlFlavour.ANSI.withBacktickIdentifiers(true).withDollarQuotes(true));

    private final String text;
    private final StringBuilder out;
    /** Where the current line starts in {@code out}. */
    private int lineStart;
    /** Up to where the current line is literal text that trimming must not touch. */
    private int keepUpTo;
    /** The current line began inside a literal: keep it even when it looks blank. */
    private boolean lineInLiteral;

    LiteralAwareNormaliser(String text) {
        this.text = text;
        this.out = new StringBuilder(text.length());
    }

    String run() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int at = i;
            if (c == '\n') {
                endLine();
                i++;
            } else if (LEXER.isLineComment(text, i)) {
                i = copy(i, SqlLexer.lineEnd(text, i));
            } else if (SqlLexer.isBlockComment(text, i)) {
                i = copyOutside(i, endOf(() -> LEXER.skipBlockComment(text, at)));
            } else if (LEXER.isQuote(c)) {
                i = literal(i, endOf(() -> LEXER.skipQuoted(text, at)));
            } else if (opensDollarQuote(i)) {
                i = literal(i, endOf(() -> SqlLexer.skipDollarQuoted(text, at, LEXER.dollarOpenerEnd(text, at))));
            } else {
                out.append(c);
                i++;
            }
        }
        endLine();
        return out.toString();
    }

    /** A {@code $tag$} opener, and not the tail of a word: {@code a$b$} is a name. */
    private boolean opensDollarQuote(int i) {
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        return !(Character.isLetterOrDigit(before) || before == '_') && LEXER.dollarOpenerEnd(text, i) > 0;
    }

    /** Where the token ends; a token never closed runs to the end of the text, as a database would read it. */
    private int endOf(IntSupplier skip) {
        try {
            return skip.getAsInt();
        } catch (SqlLexer.Unclosed unclosed) {
            return text.length();
        }
    }

    /** Copies a literal verbatim, line breaks and all. */
    private int literal(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\n') {
                lineStart = out.length();
                lineInLiteral = true;
            }
        }
        keepUpTo = out.length();
        return to;
    }

    /** Copies text outside literals that may span lines (a block comment), ending lines as it goes. */
    private int copyOutside(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                endLine();
            } else {
                out.append(text.charAt(i));
            }
        }
        return to;
    }

    private int copy(int from, int to) {
        out.append(text, from, to);
        return to;
    }

    private void endLine() {
        int end = out.length();
        int floor = Math.max(lineStart, keepUpTo);
        while (end > floor && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        if (end == lineStart && !lineInLiteral) {
            return;
        }
        out.append('\n');
        lineStart = out.length();
        keepUpTo = lineStart;
        lineInLiteral = false;
    }
}
