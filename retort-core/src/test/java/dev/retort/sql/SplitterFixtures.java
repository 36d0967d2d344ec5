package dev.retort.sql;

import dev.retort.spi.SqlStatement;

import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.spi.SplitterOptions;
import dev.retort.sql.lex.SqlFlavour;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Option sets for the splitter tests: the four dialects' own settings, and every rule off. */
final class SplitterFixtures {

    static final SplitterOptions NONE = only();
    // the dialects' own settings, so that the tests split as production does
    static final SplitterOptions POSTGRES = new PostgresDialect().splitterOptions();
    static final SplitterOptions MYSQL = new MysqlDialect().splitterOptions();
    static final SplitterOptions SQLITE = new SqliteDialect().splitterOptions();
    static final SplitterOptions H2 = new H2Dialect().splitterOptions();

    private SplitterFixtures() {
    }

    static List<SqlStatement> split(SplitterOptions options, String script) {
        return new StatementSplitter(options).split(script);
    }

    static List<String> texts(SplitterOptions options, String script) {
        return split(options, script).stream().map(SqlStatement::sql).toList();
    }

    static List<Integer> lines(SplitterOptions options, String script) {
        return split(options, script).stream().map(SqlStatement::line).toList();
    }

    /** The rules, one per named setting of {@link SplitterOptions} and {@link SqlFlavour}. */
    enum Rule { DOLLAR_QUOTES, BACKSLASH_ESCAPES, HASH_COMMENTS, BACKTICKS, BRACKETS, NESTED_COMMENTS, DELIMITER, COMPOUND_BLOCKS }

    /** Options with exactly the given rules on. */
    static SplitterOptions only(Rule... rules) {
        Set<Rule> on = rules.length == 0 ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(Arrays.asList(rules));
        SqlFlavour flavour = SqlFlavour.ANSI
                .withDollarQuotes(on.contains(Rule.DOLLAR_QUOTES))
                .withBackslashEscapes(on.contains(Rule.BACKSLASH_ESCAPES))
                .withHashComments(on.contains(Rule.HASH_COMMENTS))
                .withBacktickIdentifiers(on.contains(Rule.BACKTICKS))
                .withBracketIdentifiers(on.contains(Rule.BRACKETS))
                .withNestedBlockComments(on.contains(Rule.NESTED_COMMENTS));
        return SplitterOptions.of(flavour)
                .withDelimiterDirective(on.contains(Rule.DELIMITER))
                .withCompoundBlocks(on.contains(Rule.COMPOUND_BLOCKS));
    }
}
