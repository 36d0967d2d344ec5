package dev.retort.sql;

import dev.retort.spi.SplitterOptions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Option sets for the splitter tests: the four dialects' settings, and every rule off. */
final class SplitterFixtures {

    static final SplitterOptions NONE = only();
    static final SplitterOptions POSTGRES = new SplitterOptions(true, false, false, false, false, true, false, true);
    static final SplitterOptions MYSQL = new SplitterOptions(false, true, true, true, false, false, true, true);
    static final SplitterOptions SQLITE = new SplitterOptions(false, false, false, true, true, false, false, true);
    static final SplitterOptions H2 = new SplitterOptions(true, false, false, false, false, false, false, true);

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

    /** The lexical rules, one per {@link SplitterOptions} component. */
    enum Rule { DOLLAR_QUOTES, BACKSLASH_ESCAPES, HASH_COMMENTS, BACKTICKS, BRACKETS, NESTED_COMMENTS, DELIMITER, COMPOUND_BLOCKS }

    /** Options with exactly the given rules on. */
    static SplitterOptions only(Rule... rules) {
        Set<Rule> on = rules.length == 0 ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(Arrays.asList(rules));
        return new SplitterOptions(on.contains(Rule.DOLLAR_QUOTES), on.contains(Rule.BACKSLASH_ESCAPES),
                on.contains(Rule.HASH_COMMENTS), on.contains(Rule.BACKTICKS), on.contains(Rule.BRACKETS),
                on.contains(Rule.NESTED_COMMENTS), on.contains(Rule.DELIMITER), on.contains(Rule.COMPOUND_BLOCKS));
    }
}
