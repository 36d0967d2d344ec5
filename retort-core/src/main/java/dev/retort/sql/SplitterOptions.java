package dev.retort.sql;

/**
 * The lexical rules a {@link StatementSplitter} follows for one database family. Immutable.
 *
 * @param dollarQuotes        PostgreSQL/H2 {@code $tag$ … $tag$} strings
 * @param backslashEscapes    MySQL: a backslash escapes the next character inside quotes
 * @param hashComments        MySQL: {@code #} starts a line comment
 * @param backtickIdentifiers MySQL/SQLite: {@code `name`}
 * @param bracketIdentifiers  SQLite: {@code [name]}
 * @param nestedBlockComments PostgreSQL: block comments nest
 * @param delimiterDirective  MySQL client {@code DELIMITER xx} lines change the terminator
 * @param compoundBlocks      {@code BEGIN … END} bodies of triggers, functions and procedures keep their semicolons
 */
public record SplitterOptions(
        boolean dollarQuotes,
        boolean backslashEscapes,
        boolean hashComments,
        boolean backtickIdentifiers,
        boolean bracketIdentifiers,
        boolean nestedBlockComments,
        boolean delimiterDirective,
        boolean compoundBlocks) {
}
