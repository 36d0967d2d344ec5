package dev.retort.spi;

import dev.retort.sql.StatementSplitter;

import dev.retort.sql.lex.SqlFlavour;
import java.util.Objects;

/**
 * How a {@link StatementSplitter} cuts one database family's scripts: the family's lexical rules
 * ({@link SqlFlavour}) and the statement-level rules on top of them, each switched on by name
 * ({@code SplitterOptions.of(flavour).withDelimiterDirective(true)}). Immutable.
 *
 * @param flavour            quotes, comments and escapes
 * @param delimiterDirective MySQL client {@code DELIMITER xx} lines change the terminator
 * @param compoundBlocks     {@code BEGIN … END} bodies of triggers, functions and procedures keep their semicolons
 * @param psqlMetaCommands   PostgreSQL's psql: a line starting with a backslash between statements ({@code \set},
 *                           {@code \i file}) is a client command, returned as a statement of its own whose text
 *                           starts with the backslash, so that whoever runs the statements decides what to do with it
 */
public record SplitterOptions(
        SqlFlavour flavour,
        boolean delimiterDirective,
        boolean compoundBlocks,
        boolean psqlMetaCommands) {

    /**
     * Checks that the flavour is given.
     *
     * @param flavour quotes, comments and escapes
     * @param delimiterDirective MySQL client {@code DELIMITER xx} lines change the terminator
     * @param compoundBlocks {@code BEGIN … END} bodies of triggers, functions and procedures keep their
     *     semicolons
     * @param psqlMetaCommands PostgreSQL's psql: a line starting with a backslash between statements
     *     ({@code \set}, {@code \i file}) is a client command, returned as a statement of its own whose text
     *     starts with the backslash, so that whoever runs the statements decides what to do with it
     */
    public SplitterOptions {
        Objects.requireNonNull(flavour, "flavour");
    }

    /**
     * {@return the flavour's rules with compound blocks kept whole, no DELIMITER lines and no psql
     * meta-commands}
     *
     * @param flavour quotes, comments and escapes
     */
    public static SplitterOptions of(SqlFlavour flavour) {
        return new SplitterOptions(flavour, false, true, false);
    }

    /**
     * {@return these options for another family's quotes, comments and escapes}
     *
     * @param other the flavour
     */
    public SplitterOptions withFlavour(SqlFlavour other) {
        return new SplitterOptions(other, delimiterDirective, compoundBlocks, psqlMetaCommands);
    }

    /**
     * {@return these options with MySQL's {@code DELIMITER} lines recognised, or not}
     *
     * @param on true to recognise them
     */
    public SplitterOptions withDelimiterDirective(boolean on) {
        return new SplitterOptions(flavour, on, compoundBlocks, psqlMetaCommands);
    }

    /**
     * {@return these options with {@code BEGIN … END} bodies kept whole, or not}
     *
     * @param on true to keep them whole
     */
    public SplitterOptions withCompoundBlocks(boolean on) {
        return new SplitterOptions(flavour, delimiterDirective, on, psqlMetaCommands);
    }

    /**
     * {@return these options with psql's meta-command lines cut out as statements of their own, or not}
     *
     * @param on true to cut them out
     */
    public SplitterOptions withPsqlMetaCommands(boolean on) {
        return new SplitterOptions(flavour, delimiterDirective, compoundBlocks, on);
    }

    /**
     * {@return true when the statement is a psql meta-command line cut out by {@link #psqlMetaCommands}}
     *
     * @param statement a statement the splitter returned
     */
    public static boolean isMetaCommand(SqlStatement statement) {
        return statement.sql().startsWith("\\");
    }
}
