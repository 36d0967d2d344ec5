package dev.retort.spi;

import dev.retort.sql.SqlStatement;
import dev.retort.sql.StatementSplitter;

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
 * @param psqlMetaCommands    PostgreSQL's psql: a line starting with a backslash between statements ({@code \set},
 *                            {@code \i file}) is a client command, returned as a statement of its own whose text
 *                            starts with the backslash, so that whoever runs the statements decides what to do with it
 */
public record SplitterOptions(
        boolean dollarQuotes,
        boolean backslashEscapes,
        boolean hashComments,
        boolean backtickIdentifiers,
        boolean bracketIdentifiers,
        boolean nestedBlockComments,
        boolean delimiterDirective,
        boolean compoundBlocks,
        boolean psqlMetaCommands) {

    /** Rules without psql's meta-commands. */
    public SplitterOptions(boolean dollarQuotes, boolean backslashEscapes, boolean hashComments,
                           boolean backtickIdentifiers, boolean bracketIdentifiers, boolean nestedBlockComments,
                           boolean delimiterDirective, boolean compoundBlocks) {
        this(dollarQuotes, backslashEscapes, hashComments, backtickIdentifiers, bracketIdentifiers, nestedBlockComments,
                delimiterDirective, compoundBlocks, false);
    }

    /** True when the statement is a psql meta-command line cut out by {@link #psqlMetaCommands}. */
    public static boolean isMetaCommand(SqlStatement statement) {
        return statement.sql().startsWith("\\");
    }
}
