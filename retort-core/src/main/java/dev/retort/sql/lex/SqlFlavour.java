package dev.retort.sql.lex;

/**
 * The lexical rules of one database family: which quotes, comments and escapes its SQL has. The
 * {@link SqlLexer} follows one flavour; a dialect names its own, starting from {@link #ANSI} and
 * switching rules on by name ({@code SqlFlavour.ANSI.withDollarQuotes(true)}). Immutable.
 *
 * @param dollarQuotes        PostgreSQL/H2 {@code $tag$ … $tag$} strings
 * @param backslashEscapes    MySQL: a backslash escapes the next character inside quotes
 * @param hashComments        MySQL: {@code #} starts a line comment, and {@code --} needs a space after it
 * @param backtickIdentifiers MySQL/SQLite: {@code `name`}
 * @param bracketIdentifiers  SQLite: {@code [name]}
 * @param nestedBlockComments PostgreSQL: block comments nest
 */
public record SqlFlavour(
        boolean dollarQuotes,
        boolean backslashEscapes,
        boolean hashComments,
        boolean backtickIdentifiers,
        boolean bracketIdentifiers,
        boolean nestedBlockComments) {

    /** Standard SQL: {@code '…'} strings, {@code "…"} identifiers, {@code --} and block comments. */
    public static final SqlFlavour ANSI = new SqlFlavour(false, false, false, false, false, false);

    /**
     * {@return this flavour with PostgreSQL/H2 {@code $tag$ … $tag$} strings, or without}
     *
     * @param on true to switch the rule on
     */
    public SqlFlavour withDollarQuotes(boolean on) {
        return new SqlFlavour(on, backslashEscapes, hashComments, backtickIdentifiers, bracketIdentifiers, nestedBlockComments);
    }

    /**
     * {@return this flavour with MySQL's backslash escapes inside quotes, or without}
     *
     * @param on true to switch the rule on
     */
    public SqlFlavour withBackslashEscapes(boolean on) {
        return new SqlFlavour(dollarQuotes, on, hashComments, backtickIdentifiers, bracketIdentifiers, nestedBlockComments);
    }

    /**
     * {@return this flavour with MySQL's {@code #} line comments (and {@code --} needing a space after it),
     * or without}
     *
     * @param on true to switch the rule on
     */
    public SqlFlavour withHashComments(boolean on) {
        return new SqlFlavour(dollarQuotes, backslashEscapes, on, backtickIdentifiers, bracketIdentifiers, nestedBlockComments);
    }

    /**
     * {@return this flavour with {@code `name`} identifiers, or without}
     *
     * @param on true to switch the rule on
     */
    public SqlFlavour withBacktickIdentifiers(boolean on) {
        return new SqlFlavour(dollarQuotes, backslashEscapes, hashComments, on, bracketIdentifiers, nestedBlockComments);
    }

    /**
     * {@return this flavour with {@code [name]} identifiers, or without}
     *
     * @param on true to switch the rule on
     */
    public SqlFlavour withBracketIdentifiers(boolean on) {
        return new SqlFlavour(dollarQuotes, backslashEscapes, hashComments, backtickIdentifiers, on, nestedBlockComments);
    }

    /**
     * {@return this flavour with nesting block comments, or without}
     *
     * @param on true to switch the rule on
     */
    public SqlFlavour withNestedBlockComments(boolean on) {
        return new SqlFlavour(dollarQuotes, backslashEscapes, hashComments, backtickIdentifiers, bracketIdentifiers, on);
    }
}
