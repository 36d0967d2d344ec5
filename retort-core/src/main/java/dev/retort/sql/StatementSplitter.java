package dev.retort.sql;

import dev.retort.spi.SqlStatement;

import dev.retort.spi.SplitterOptions;
import java.util.List;
import java.util.Objects;

/**
 * Cuts an SQL script into statements with a real lexer, following the lexical rules of one
 * database family ({@link SplitterOptions}).
 *
 * <p>A terminator counts only outside quoted strings and identifiers, comments, PostgreSQL dollar
 * quotes and the {@code BEGIN … END} bodies of triggers and routines; a MySQL {@code DELIMITER}
 * line changes the terminator. Each {@link SqlStatement} holds the text from the statement's first
 * character that is neither blank nor comment up to its terminator, trimmed and otherwise exactly as
 * written (comments inside it kept), with the line on which it starts. A statement may therefore end
 * in a line comment: whoever writes a terminator back after it must start a new line first.
 * Fragments holding only blanks and comments give no statement; a last statement without a
 * terminator is still returned.
 *
 * <p>One pass, linear in the length of the script. Immutable and thread-safe: every call to
 * {@link #split} works on its own state.
 */
public final class StatementSplitter {

    private final SplitterOptions options;

    public StatementSplitter(SplitterOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Splits a script into statements, in script order.
     *
     * @throws dev.retort.RetortException of kind {@code SCRIPT} when a quoted string, quoted
     *         identifier, block comment or dollar quote is never closed, naming the line on which it
     *         starts, or when a {@code DELIMITER} line names no delimiter
     */
    public List<SqlStatement> split(String script) {
        Objects.requireNonNull(script, "script");
        return List.copyOf(new ScriptScanner(script, options).scan());
    }
}
