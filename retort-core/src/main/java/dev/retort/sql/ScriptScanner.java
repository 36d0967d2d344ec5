package dev.retort.sql;

import dev.retort.spi.SqlStatement;

import dev.retort.RetortException;
import dev.retort.spi.SplitterOptions;
import dev.retort.sql.lex.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over one script: walks it token by token, cutting a statement at every terminator that
 * stands outside quotes, comments and compound bodies.
 *
 * <p>A statement runs from its first character that is neither blank nor comment up to its
 * terminator (or the end of the script) and is trimmed; everything in between, comments included,
 * is kept as written. Work is linear in the script: each character is looked at a bounded number of
 * times, and only statement texts and dollar-quote tags are copied. Mutable, not thread-safe; one
 * instance per {@link StatementSplitter#split} call.
 */
final class ScriptScanner {

    private static final String DEFAULT_DELIMITER = ";";
    private static final String DELIMITER_DIRECTIVE = "DELIMITER";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final String script;
    private final int length;
    private final SplitterOptions options;
    private final LineCounter lines;
    private final SqlLexer lexer;
    private final CompoundBlockTracker blocks;
    private final List<SqlStatement> statements = new ArrayList<>();

    private String delimiter = DEFAULT_DELIMITER;
    private boolean customDelimiter;
    private int statementStart = -1;
    private int statementLine;

    ScriptScanner(String script, SplitterOptions options) {
        this.script = script;
        this.length = script.length();
        this.options = options;
        this.lines = new LineCounter(script);
        this.lexer = new SqlLexer(options.flavour());
        this.blocks = new CompoundBlockTracker(script, options.compoundBlocks());
    }

    /** Splits the whole script; call once. */
    List<SqlStatement> scan() {
        // Editors on Windows like to start UTF-8 files with a byte order mark; it is not SQL.
        int i = length > 0 && script.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        try {
            while (i < length) {
                i = step(i);
            }
        } catch (SqlLexer.Unclosed unclosed) {
            // a missing quote usually shows up far below the place where it is missing: name where it opened
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "The SQL script has " + unclosed.what() + " starting on line " + lines.lineAt(unclosed.start())
                            + " that is never closed; " + unclosed.remedy() + ".");
        }
        finishStatement(length);
        return statements;
    }

    /** Consumes the token at {@code i} and returns the index after it. */
    private int step(int i) {
        char c = script.charAt(i);
        if (Character.isWhitespace(c)) {
            return i + 1;
        }
        if (isTerminator(i)) {
            finishStatement(i);
            return i + delimiter.length();
        }
        if (lexer.isLineComment(script, i)) {
            return SqlLexer.lineEnd(script, i);
        }
        if (SqlLexer.isBlockComment(script, i) && !lexer.isExecutableComment(script, i)) {
            return lexer.skipBlockComment(script, i);
        }
        if (statementStart < 0 && isDelimiterDirective(i)) {
            return applyDelimiterDirective(i);
        }
        if (statementStart < 0 && options.psqlMetaCommands() && c == '\\' && startsLine(i)) {
            return metaCommand(i);
        }
        if (statementStart < 0) {
            statementStart = i;
            statementLine = lines.lineAt(i);
        }
        return significantToken(i, c);
    }

    private boolean isTerminator(int i) {
        if (!script.startsWith(delimiter, i)) {
            return false;
        }
        // A delimiter the script chose itself ends a statement wherever it stands, as in the mysql
        // client; only the plain ';' has to respect BEGIN … END bodies.
        return customDelimiter || !blocks.holdsSemicolon();
    }

    private int significantToken(int i, char c) {
        if (lexer.isQuote(c)) {
            blocks.otherToken();
            return lexer.skipQuoted(script, i);
        }
        if (SqlLexer.isBlockComment(script, i)) {
            blocks.otherToken();
            return lexer.skipBlockComment(script, i);
        }
        int dollarOpenerEnd = lexer.dollarOpenerEnd(script, i);
        if (dollarOpenerEnd > 0) {
            blocks.otherToken();
            return SqlLexer.skipDollarQuoted(script, i, dollarOpenerEnd);
        }
        if (Character.isLetter(c) || c == '_') {
            return word(i);
        }
        blocks.otherToken();
        // Digits run on like a word so that "1e5" or "0x1F" is one token, never a word's tail.
        return Character.isDigit(c) ? wordEnd(i) : i + 1;
    }

    private int word(int start) {
        int end = wordEnd(start);
        char before = start > 0 ? script.charAt(start - 1) : ' ';
        // "new.end" or "@begin" name a column or a variable, not a keyword.
        if (before == '.' || before == '@') {
            blocks.otherToken();
        } else {
            blocks.word(start, end);
        }
        return end;
    }

    private int wordEnd(int start) {
        int i = start + 1;
        // '$' belongs to identifiers in PostgreSQL and MySQL, but "END$$" must still stop at a $$ delimiter.
        while (i < length && SqlLexer.isWordPart(script.charAt(i)) && !(customDelimiter && script.startsWith(delimiter, i))) {
            i++;
        }
        return i;
    }

    private void finishStatement(int end) {
        if (statementStart >= 0) {
            statements.add(new SqlStatement(script.substring(statementStart, end).strip(), statementLine));
        }
        statementStart = -1;
        blocks.reset();
    }

    /** A MySQL client {@code DELIMITER xx} line: at the start of a line, between statements. */
    private boolean isDelimiterDirective(int i) {
        int end = i + DELIMITER_DIRECTIVE.length();
        return options.delimiterDirective()
                && script.regionMatches(true, i, DELIMITER_DIRECTIVE, 0, DELIMITER_DIRECTIVE.length())
                && (end == length || Character.isWhitespace(script.charAt(end)))
                && startsLine(i);
    }

    private boolean startsLine(int i) {
        int j = i - 1;
        while (j >= 0 && (script.charAt(j) == ' ' || script.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || script.charAt(j) == '\n' || script.charAt(j) == '\r' || script.charAt(j) == BYTE_ORDER_MARK;
    }

    /**
     * A psql meta-command line, between statements: the line (to its end, as psql reads it) is a statement
     * of its own. A meta-command in the middle of a statement is left to the statement (psql would run it
     * at once and go on filling the query buffer; models and revisions have no use for that).
     */
    private int metaCommand(int start) {
        int end = SqlLexer.lineEnd(script, start);
        statements.add(new SqlStatement(script.substring(start, end).strip(), lines.lineAt(start)));
        return end;
    }

    /** Takes the first word after {@code DELIMITER} as the new terminator; the rest of the line is ignored, as by the mysql client. */
    private int applyDelimiterDirective(int directiveStart) {
        int i = directiveStart + DELIMITER_DIRECTIVE.length();
        while (i < length && (script.charAt(i) == ' ' || script.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        while (i < length && !Character.isWhitespace(script.charAt(i))) {
            i++;
        }
        if (i == start) {
            throw new RetortException(RetortException.Kind.SCRIPT,
                    "The DELIMITER directive on line " + lines.lineAt(directiveStart)
                            + " of the SQL script names no delimiter; write it on the same line, e.g. "
                            + "DELIMITER // before a routine and DELIMITER ; after it.");
        }
        delimiter = script.substring(start, i);
        customDelimiter = !delimiter.equals(DEFAULT_DELIMITER);
        return SqlLexer.lineEnd(script, i);
    }
}
