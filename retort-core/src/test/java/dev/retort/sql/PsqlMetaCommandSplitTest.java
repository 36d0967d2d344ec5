package dev.retort.sql;

import dev.retort.spi.SqlStatement;

import dev.retort.spi.SplitterOptions;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** psql meta-command lines: statements of their own with the option on, nowhere else. */
class PsqlMetaCommandSplitTest {

    private static final SplitterOptions PSQL = SplitterFixtures.POSTGRES;

    private static List<SqlStatement> split(String script) {
        return new StatementSplitter(PSQL).split(script);
    }

    @Test
    void aBackslashLineBetweenStatementsIsAStatementOfItsOwnWithItsLine() {
        List<SqlStatement> statements = split("\\set ON_ERROR_STOP 1\nBEGIN;\n  \\i other.sql\nCREATE TABLE t (id int);\n\\unset X");
        assertEquals(List.of("\\set ON_ERROR_STOP 1", "BEGIN", "\\i other.sql", "CREATE TABLE t (id int)", "\\unset X"),
                statements.stream().map(SqlStatement::sql).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), statements.stream().map(SqlStatement::line).toList());
        assertTrue(SplitterOptions.isMetaCommand(statements.get(0)));
        assertFalse(SplitterOptions.isMetaCommand(statements.get(1)));
    }

    @Test
    void backslashesInsideQuotesDollarQuotesAndCommentsAreSql() {
        String script = "SELECT 'a\n\\set x';\nCREATE FUNCTION f() RETURNS text AS $$\n\\i nothing\n$$ LANGUAGE sql;\n"
                + "/* \n\\c other */ SELECT 1;\n-- \\c other\nSELECT 2;";
        List<SqlStatement> statements = split(script);
        assertEquals(4, statements.size());
        assertTrue(statements.stream().noneMatch(SplitterOptions::isMetaCommand));
    }

    @Test
    void aBackslashLineInsideAStatementStaysInIt() {
        List<SqlStatement> statements = split("SELECT 1,\n\\x\n2;");
        assertEquals(List.of("SELECT 1,\n\\x\n2"), statements.stream().map(SqlStatement::sql).toList());
    }

    @Test
    void withoutTheOptionABackslashLineIsPartOfTheNextStatement() {
        SplitterOptions plain = SplitterFixtures.POSTGRES.withPsqlMetaCommands(false);
        assertEquals(List.of("\\set ON_ERROR_STOP 1\nBEGIN"),
                new StatementSplitter(plain).split("\\set ON_ERROR_STOP 1\nBEGIN;").stream().map(SqlStatement::sql).toList());
    }
}
