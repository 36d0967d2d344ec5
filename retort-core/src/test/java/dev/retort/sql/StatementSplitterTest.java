package dev.retort.sql;

import dev.retort.spi.SqlStatement;

import dev.retort.RetortException;
import dev.retort.spi.SplitterOptions;
import dev.retort.sql.SplitterFixtures.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static dev.retort.sql.SplitterFixtures.H2;
import static dev.retort.sql.SplitterFixtures.MYSQL;
import static dev.retort.sql.SplitterFixtures.NONE;
import static dev.retort.sql.SplitterFixtures.POSTGRES;
import static dev.retort.sql.SplitterFixtures.lines;
import static dev.retort.sql.SplitterFixtures.only;
import static dev.retort.sql.SplitterFixtures.split;
import static dev.retort.sql.SplitterFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lexical rules of {@link StatementSplitter}, each with its option on and off. */
class StatementSplitterTest {

    // --- statements, text and lines ---------------------------------------------------------

    @Test
    void cutsAtSemicolonsTrimsAndDropsTheTerminator() {
        assertEquals(List.of(new SqlStatement("SELECT 1", 1), new SqlStatement("SELECT 2", 2)),
                split(NONE, "SELECT 1;\n   SELECT 2 ;\n"));
    }

    @Test
    void returnsALastStatementThatHasNoTerminator() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(NONE, "SELECT 1;\nSELECT 2\n\n"));
    }

    @Test
    void fragmentsOfOnlyBlanksAndCommentsGiveNoStatement() {
        assertEquals(List.of(), texts(NONE, ""));
        assertEquals(List.of(), texts(NONE, " ;; \n ; -- nothing\n/* still nothing */ ;"));
        assertEquals(List.of("SELECT 1"), texts(NONE, "SELECT 1;\n-- trailing comment after the last statement\n"));
        assertEquals(List.of("SELECT 1"), texts(NONE, "SELECT 1; /* trailing block */"));
    }

    @Test
    void keepsCommentsInsideAStatementAndStartsAfterLeadingOnes() {
        String script = "-- header\n\n/* about t */ SELECT /* inline */ a,\n  b -- why b\n;";
        assertEquals(List.of(new SqlStatement("SELECT /* inline */ a,\n  b -- why b", 3)), split(NONE, script));
    }

    @Test
    void neverFoldsWhitespaceInsideAStatement() {
        assertEquals(List.of("SELECT\n\t1,   2\r\n  FROM t"), texts(NONE, "  SELECT\n\t1,   2\r\n  FROM t  ;"));
    }

    @Test
    void countsLinesAcrossMultiLineTokensAndEveryLineBreakStyle() {
        String script = "SELECT 'a\r\nb';\r\nSELECT /* x\n y */ 2;\rSELECT 3;\n\n  -- c\n  SELECT 4";
        assertEquals(List.of(1, 3, 5, 8), lines(NONE, script));
    }

    @Test
    void ignoresAByteOrderMark() {
        assertEquals(List.of(new SqlStatement("SELECT 1", 1)), split(NONE, "\uFEFFSELECT 1;"));
    }

    // --- rules that are always on ------------------------------------------------------------

    @Test
    void semicolonsInsideSingleQuotesWithDoubledQuotesDoNotSplit() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;''b;')", "SELECT 2"),
                texts(NONE, "INSERT INTO t VALUES ('a;''b;');SELECT 2"));
    }

    @Test
    void semicolonsInsideDoubleQuotedIdentifiersDoNotSplit() {
        assertEquals(List.of("CREATE TABLE \"a;\"\"b\" (x INT)", "SELECT 1"),
                texts(NONE, "CREATE TABLE \"a;\"\"b\" (x INT); SELECT 1"));
    }

    @Test
    void semicolonsInsideCommentsDoNotSplit() {
        assertEquals(List.of("SELECT 1 -- no; split\n, 2", "SELECT 3 /* no; split */"),
                texts(NONE, "SELECT 1 -- no; split\n, 2; SELECT 3 /* no; split */;"));
    }

    // --- dollar quotes --------------------------------------------------------------------------

    @Test
    void dollarQuotedBodiesStayWholeWhenDollarQuotesAreOn() {
        String script = "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2";
        assertEquals(List.of("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql", "SELECT 2"),
                texts(only(Rule.DOLLAR_QUOTES), script));
        assertEquals(List.of("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1", "$$ LANGUAGE sql", "SELECT 2"),
                texts(NONE, script));
    }

    @Test
    void aTaggedDollarQuoteEndsOnlyAtItsOwnTag() {
        String function = "CREATE FUNCTION f() RETURNS text AS $body$\nBEGIN\n"
                + "  EXECUTE $$SELECT 1; SELECT 2$$;\n  RETURN 'done;';\nEND\n$body$ LANGUAGE plpgsql";
        assertEquals(List.of(new SqlStatement(function, 1), new SqlStatement("SELECT 3", 7)),
                split(POSTGRES, function + ";\nSELECT 3;"));
    }

    @Test
    void positionalParametersAndDollarsInIdentifiersAreNotQuotes() {
        assertEquals(List.of("SELECT $1, a$b$ FROM t", "SELECT $2"), texts(POSTGRES, "SELECT $1, a$b$ FROM t; SELECT $2;"));
    }

    @Test
    void h2UsesDoubleDollarsForJavaSource() {
        String alias = "CREATE ALIAS twice AS $$ String twice(String s) { return s + \";\" + s; } $$";
        assertEquals(List.of(alias, "SELECT twice('a')"), texts(H2, alias + ";\nSELECT twice('a');"));
    }

    // --- backslashes and standard strings ------------------------------------------------------

    @Test
    void backslashEscapesQuotesInMysqlStrings() {
        String script = "INSERT INTO t VALUES ('it\\'s; 5\\' tall', \"say \\\"hi;\\\"\"); SELECT 2";
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s; 5\\' tall', \"say \\\"hi;\\\"\")", "SELECT 2"),
                texts(only(Rule.BACKSLASH_ESCAPES), script));
        assertEquals(List.of("INSERT INTO t VALUES ('it\\'s", "5\\' tall', \"say \\\"hi", "\\\"\")", "SELECT 2"),
                texts(NONE, script));
    }

    @Test
    void anEscapedBackslashDoesNotEscapeTheClosingQuote() {
        assertEquals(List.of("SELECT 'C:\\\\'", "SELECT 2"), texts(MYSQL, "SELECT 'C:\\\\'; SELECT 2"));
    }

    @Test
    void postgresStringsAreStandardSoABackslashEscapesNothing() {
        // A standard string ends at the first lone quote; E'' strings are left to the database.
        assertEquals(List.of("SELECT 'C:\\'", "SELECT E'tab\\there'", "SELECT 3"),
                texts(POSTGRES, "SELECT 'C:\\'; SELECT E'tab\\there'; SELECT 3"));
    }

    // --- MySQL comments -------------------------------------------------------------------------

    @Test
    void hashStartsALineCommentOnlyWhenHashCommentsAreOn() {
        String script = "SELECT 1 # no; split\n; SELECT 2";
        assertEquals(List.of("SELECT 1 # no; split", "SELECT 2"), texts(only(Rule.HASH_COMMENTS), script));
        assertEquals(List.of("SELECT 1 # no", "split", "SELECT 2"), texts(NONE, script));
    }

    @Test
    void mysqlNeedsABlankOrControlCharacterAfterDoubleDash() {
        String script = "SELECT 5--x;\nSELECT 2 -- real; comment\n;\nSELECT 3 --\n;";
        assertEquals(List.of("SELECT 5--x", "SELECT 2 -- real; comment", "SELECT 3 --"), texts(MYSQL, script));
        assertEquals(List.of("SELECT 5--x;\nSELECT 2 -- real; comment", "SELECT 3 --"), texts(POSTGRES, script));
    }

    @Test
    void mysqlExecutableCommentsAreStatementsNotComments() {
        String script = "/*!40101 SET NAMES utf8 */;\n/* only a comment */;";
        assertEquals(List.of(new SqlStatement("/*!40101 SET NAMES utf8 */", 1)), split(MYSQL, script));
        assertEquals(List.of(), split(POSTGRES, script));
    }

    // --- quoted identifiers ---------------------------------------------------------------------

    @Test
    void backticksQuoteIdentifiersWhenOn() {
        String script = "SELECT `a;``b` FROM t; SELECT 2";
        assertEquals(List.of("SELECT `a;``b` FROM t", "SELECT 2"), texts(only(Rule.BACKTICKS), script));
        assertEquals(List.of("SELECT `a", "``b` FROM t", "SELECT 2"), texts(NONE, script));
    }

    @Test
    void bracketsQuoteIdentifiersWhenOn() {
        String script = "SELECT [a;b] FROM t; SELECT 2";
        assertEquals(List.of("SELECT [a;b] FROM t", "SELECT 2"), texts(only(Rule.BRACKETS), script));
        assertEquals(List.of("SELECT [a", "b] FROM t", "SELECT 2"), texts(NONE, script));
    }

    // --- nested block comments ------------------------------------------------------------------

    @Test
    void blockCommentsNestWhenNestingIsOn() {
        String script = "/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2";
        assertEquals(List.of("SELECT 1", "SELECT 2"), texts(only(Rule.NESTED_COMMENTS), script));
        assertEquals(List.of("still comment", "*/ SELECT 1", "SELECT 2"), texts(NONE, script));
    }

    // --- unterminated tokens --------------------------------------------------------------------

    static Stream<Arguments> unterminated() {
        return Stream.of(
                Arguments.of(NONE, "SELECT 1;\nSELECT 'abc;\nSELECT 2;", 2, "single-quoted string"),
                Arguments.of(NONE, "SELECT 1;\n\nSELECT \"abc;", 3, "double-quoted identifier"),
                Arguments.of(MYSQL, "SELECT 'it\\';", 1, "single-quoted string"),
                Arguments.of(NONE, "SELECT 1;\n/* open\n*/ SELECT 2; /* open again;\n", 3, "block comment"),
                Arguments.of(POSTGRES, "SELECT 1;\n/* a /* b */\nSELECT 2;", 2, "block comment"),
                Arguments.of(POSTGRES, "SELECT 1;\nCREATE FUNCTION f() AS $fn$\nSELECT 1; $$;\n", 2, "$fn$"),
                Arguments.of(MYSQL, "\n\nSELECT `a;", 3, "backtick-quoted identifier"),
                Arguments.of(SplitterFixtures.SQLITE, "SELECT [a;\n", 1, "bracketed identifier"));
    }

    @ParameterizedTest
    @MethodSource("unterminated")
    void anUnterminatedTokenIsAScriptErrorNamingTheLineWhereItStarts(
            SplitterOptions options, String script, int line, String what) {
        RetortException error = assertThrows(RetortException.class, () -> split(options, script));
        assertEquals(RetortException.Kind.SCRIPT, error.kind());
        assertTrue(error.getMessage().contains(what), error.getMessage());
        assertTrue(error.getMessage().contains("line " + line + " "), error.getMessage());
    }

    // --- size -------------------------------------------------------------------------------------

    @Test
    @Timeout(30)
    void splitsAScriptOfSeveralMegabytesInOnePass() {
        StringBuilder script = new StringBuilder();
        int count = 80_000;
        for (int i = 0; i < count; i++) {
            script.append("INSERT INTO t VALUES (").append(i).append(", 'x;y', $$a;b$$); -- note ").append(i).append('\n');
        }
        List<SqlStatement> statements = split(POSTGRES, script.toString());
        assertTrue(script.length() > 4_000_000, "script is " + script.length() + " characters");
        assertEquals(count, statements.size());
        assertEquals(new SqlStatement("INSERT INTO t VALUES (" + (count - 1) + ", 'x;y', $$a;b$$)", count),
                statements.get(count - 1));
    }
}
