package dev.retort.sql;

import dev.retort.spi.SqlStatement;

import dev.retort.RetortException;
import dev.retort.spi.SplitterOptions;
import dev.retort.sql.SplitterFixtures.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static dev.retort.sql.SplitterFixtures.MYSQL;
import static dev.retort.sql.SplitterFixtures.POSTGRES;
import static dev.retort.sql.SplitterFixtures.SQLITE;
import static dev.retort.sql.SplitterFixtures.only;
import static dev.retort.sql.SplitterFixtures.split;
import static dev.retort.sql.SplitterFixtures.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MySQL {@code DELIMITER} lines and {@code BEGIN … END} bodies in {@link StatementSplitter}. */
class StatementSplitterBlocksTest {

    private static final SplitterOptions MYSQL_WITHOUT_BLOCKS = only(Rule.BACKSLASH_ESCAPES, Rule.HASH_COMMENTS,
            Rule.BACKTICKS, Rule.DELIMITER);
    private static final SplitterOptions MYSQL_WITHOUT_DELIMITER = only(Rule.BACKSLASH_ESCAPES, Rule.HASH_COMMENTS,
            Rule.BACKTICKS, Rule.COMPOUND_BLOCKS);
    private static final SplitterOptions SQLITE_WITHOUT_BLOCKS = only(Rule.BACKTICKS, Rule.BRACKETS);

    // --- DELIMITER ----------------------------------------------------------------------------

    private static final String PROCEDURE = "CREATE PROCEDURE p()\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND";
    private static final String DELIMITED = "DELIMITER //\n" + PROCEDURE + " //\nDELIMITER ;\nSELECT 3;\n";

    @Test
    void aDelimiterDirectiveMakesSlashesTheTerminatorUntilSemicolonReturns() {
        assertEquals(List.of(new SqlStatement(PROCEDURE, 2), new SqlStatement("SELECT 3", 8)),
                split(MYSQL_WITHOUT_BLOCKS, DELIMITED));
    }

    @Test
    void withoutTheDirectiveRuleTheDelimiterLineIsOrdinaryText() {
        assertEquals(List.of("DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  SELECT 1", "SELECT 2",
                        "END //\nDELIMITER", "SELECT 3"),
                texts(only(Rule.BACKSLASH_ESCAPES, Rule.HASH_COMMENTS, Rule.BACKTICKS), DELIMITED));
    }

    @Test
    void aMultiCharacterDelimiterEndsAStatementEvenWhenGluedToAWord() {
        String script = "delimiter $$\nCREATE FUNCTION f() RETURNS INT\nBEGIN\n  RETURN 1;\nEND$$\n"
                + "SELECT 'a$$b'$$\nDelimiter ;;\nSELECT 2;;SELECT 3;;\n  DELIMITER ;\nSELECT 4";
        assertEquals(List.of("CREATE FUNCTION f() RETURNS INT\nBEGIN\n  RETURN 1;\nEND", "SELECT 'a$$b'",
                "SELECT 2", "SELECT 3", "SELECT 4"), texts(MYSQL, script));
    }

    @Test
    void aChosenDelimiterEndsTheStatementEvenWhereTheBlockCountIsFooled() {
        // BEGIN and END are not reserved in MySQL, so a column may be called begin; the mysql client
        // does not count blocks at all, it only looks for the delimiter.
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW BEGIN\n  INSERT INTO spans (begin) VALUES (1);\nEND";
        assertEquals(List.of(trigger, "SELECT 2"), texts(MYSQL, "DELIMITER //\n" + trigger + " //\nSELECT 2 //\n"));
    }

    @Test
    void aDelimiterWordInsideAStatementIsNotADirective() {
        assertEquals(List.of("SELECT 1\nDELIMITER //", "SELECT delimiter FROM t"),
                texts(MYSQL, "SELECT 1\nDELIMITER //\n; SELECT delimiter FROM t;"));
    }

    @Test
    void aDelimiterDirectiveWithoutADelimiterIsAScriptError() {
        RetortException error = assertThrows(RetortException.class,
                () -> split(MYSQL, "SELECT 1;\nDELIMITER\nSELECT 2;"));
        assertEquals(RetortException.Kind.SCRIPT, error.kind());
        assertTrue(error.getMessage().contains("line 2 "), error.getMessage());
    }

    // --- compound blocks ------------------------------------------------------------------------

    private static final String SQLITE_TRIGGER = "CREATE TRIGGER audit AFTER INSERT ON a\nBEGIN\n"
            + "  UPDATE a SET x = 1 WHERE id = new.id;\n"
            + "  INSERT INTO log VALUES (new.id, CASE WHEN new.x > 0 THEN 'pos' ELSE 'neg' END);\n"
            + "  DELETE FROM b WHERE id = new.id;\nEND";

    @Test
    void aSqliteTriggerBodyKeepsItsStatements() {
        assertEquals(List.of(new SqlStatement(SQLITE_TRIGGER, 1), new SqlStatement("SELECT 1", 7)),
                split(SQLITE, SQLITE_TRIGGER + ";\nSELECT 1;"));
    }

    @Test
    void withoutCompoundBlocksATriggerBodyIsCutAtEverySemicolon() {
        assertEquals(5, texts(SQLITE_WITHOUT_BLOCKS, SQLITE_TRIGGER + ";\nSELECT 1;").size());
    }

    @Test
    void mysqlControlFlowClosersAreNotCountedButEndCaseIs() {
        String procedure = "CREATE PROCEDURE p(n INT)\nproc: BEGIN\n  DECLARE i INT DEFAULT 0;\n"
                + "  IF n > 0 THEN SET i = 1; END IF;\n"
                + "  l1: LOOP SET i = i + 1; IF i > n THEN LEAVE l1; END IF; END LOOP l1;\n"
                + "  WHILE i < 10 DO SET i = i + 1; END WHILE;\n"
                + "  REPEAT SET i = i - 1; UNTIL i = 0 END REPEAT;\n"
                + "  CASE n WHEN 1 THEN SELECT 1; ELSE SELECT 2; END CASE;\n"
                + "  SELECT CASE WHEN i = 0 THEN 'zero' END, (CASE i WHEN 1 THEN 2 END);\n"
                + "  BEGIN SELECT 'inner'; END;\nEND proc";
        assertEquals(List.of(procedure, "SELECT 'after'"), texts(MYSQL_WITHOUT_DELIMITER, procedure + ";\nSELECT 'after';"));
    }

    @Test
    void plainBeginAndTransactionStatementsAreOrdinary() {
        assertEquals(List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT", "BEGIN TRANSACTION", "END", "SELECT begin FROM t"),
                texts(SQLITE, "BEGIN;\nINSERT INTO t VALUES (1);\nCOMMIT;\nBEGIN TRANSACTION;\nEND;\nSELECT begin FROM t;"));
    }

    @Test
    void mariadbBeginNotAtomicIsACompoundBlock() {
        String block = "BEGIN NOT ATOMIC\n  DECLARE x INT;\n  SET x = 1;\nEND";
        String script = block + ";\nSELECT 1;";
        assertEquals(List.of(block, "SELECT 1"), texts(MYSQL, script));
        assertEquals(4, texts(MYSQL_WITHOUT_BLOCKS, script).size());
    }

    @Test
    void postgresBeginAtomicBodiesStayWhole() {
        String function = "CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND";
        assertEquals(List.of(function, "SELECT 3"), texts(POSTGRES, function + ";\nSELECT 3;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET x = 1; SET y = 2; END",
        "CREATE OR REPLACE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET x = 1; SET y = 2; END",
        "CREATE DEFINER=`root`@`%` TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET x = 1; SET y = 2; END",
        "CREATE DEFINER = 'root'@'localhost' PROCEDURE p() BEGIN SET x = 1; SET y = 2; END",
        "CREATE DEFINER=CURRENT_USER FUNCTION f() RETURNS INT BEGIN SET x = 1; RETURN x; END",
        "CREATE DEFINER=root@localhost EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN SET x = 1; SET y = 2; END",
        "CREATE TEMP TRIGGER IF NOT EXISTS t AFTER DELETE ON a BEGIN DELETE FROM b; DELETE FROM c; END",
        "CREATE TEMPORARY TRIGGER t AFTER DELETE ON a BEGIN DELETE FROM b; DELETE FROM c; END",
        "CREATE TRIGGER IF NOT EXISTS t AFTER DELETE ON a FOR EACH ROW BEGIN DELETE FROM b; DELETE FROM c; END",
        "CREATE AGGREGATE FUNCTION agg(x INT) RETURNS INT BEGIN DECLARE s INT DEFAULT 0; RETURN s; END",
        "create or replace procedure p() begin select 1; select 2; end"})
    void everyRoutineHeaderFormKeepsItsBody(String routine) {
        assertEquals(List.of(routine, "SELECT 9"), texts(MYSQL_WITHOUT_DELIMITER, routine + ";\nSELECT 9;"));
    }

    @Test
    void otherCreateStatementsEndAtTheirFirstSemicolonWhateverTheirWords() {
        assertEquals(List.of("CREATE VIEW v AS SELECT CASE WHEN a THEN 1 END AS begin FROM t", "END", "SELECT 2"),
                texts(SQLITE, "CREATE VIEW v AS SELECT CASE WHEN a THEN 1 END AS begin FROM t;\nEND;\nSELECT 2"));
    }

    @Test
    void qualifiedNamesThatLookLikeKeywordsDoNotOpenBlocks() {
        String trigger = "CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE b SET x = new.begin, y = new.case; END";
        assertEquals(List.of(trigger, "SELECT 1"), texts(SQLITE, trigger + ";\nSELECT 1;"));
    }

    @Test
    void keywordsInsideQuotesAndCommentsAreNotCounted() {
        String trigger = "CREATE TRIGGER t AFTER INSERT ON a\nBEGIN\n  INSERT INTO log VALUES ('BEGIN', \"end\"); -- BEGIN\n"
                + "  /* CASE */ SELECT [end];\nEND";
        assertEquals(List.of(trigger, "SELECT 1"), texts(SQLITE, trigger + ";\nSELECT 1;"));
    }
}
