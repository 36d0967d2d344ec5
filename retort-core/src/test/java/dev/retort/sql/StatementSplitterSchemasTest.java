package dev.retort.sql;

import dev.retort.spi.SqlStatement;

import dev.retort.spi.SplitterOptions;
import dev.retort.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static dev.retort.sql.SplitterFixtures.MYSQL;
import static dev.retort.sql.SplitterFixtures.POSTGRES;
import static dev.retort.sql.SplitterFixtures.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Acceptance: splits real schema scripts from {@code testdata/schemas} and checks the result against
 * facts about each file computed here without the splitter: how many lines start a given kind of
 * statement, where each statement starts, which bodies stay whole.
 */
class StatementSplitterSchemasTest {

    @Test
    void sakilaMysqlWithDelimiterBlocksAndTriggers() throws IOException {
        Script script = load("sakila/sakila.mysql.sql", MYSQL);
        script.assertEveryStatementStartsWhereItsLineSays();
        for (String kind : List.of("CREATE\\s+TABLE", "CREATE\\s+VIEW", "CREATE\\s+TRIGGER", "CREATE\\s+PROCEDURE",
                "CREATE\\s+FUNCTION", "SET\\s")) {
            script.assertSameCount(kind);
        }
        // DELIMITER lines are directives, never statement text; every routine and trigger keeps its END.
        assertTrue(script.lineCount("DELIMITER\\s") > 0);
        script.statements().forEach(s -> assertFalse(s.sql().toUpperCase().contains("DELIMITER"), s.sql()));
        script.withPrefix("CREATE\\s+(TRIGGER|PROCEDURE|FUNCTION)")
                .forEach(s -> assertTrue(s.sql().endsWith("END"), s.sql()));
    }

    @Test
    void sakilaPostgres() throws IOException {
        Script script = load("sakila/sakila.postgres.sql", POSTGRES);
        script.assertEveryStatementStartsWhereItsLineSays();
        for (String kind : List.of("CREATE\\s+TABLE", "CREATE\\s+VIEW", "CREATE\\s+FUNCTION", "CREATE\\s+TRIGGER",
                "CREATE\\s+SEQUENCE", "CREATE\\s+(UNIQUE\\s+)?INDEX", "ALTER\\s+TABLE", "ALTER\\s+FUNCTION")) {
            script.assertSameCount(kind);
        }
        script.assertFunctionBodiesWhole();
    }

    @Test
    void sakilaSqliteWithTriggers() throws IOException {
        Script script = load("sakila/sakila.sqlite.sql", SQLITE);
        script.assertEveryStatementStartsWhereItsLineSays();
        for (String kind : List.of("CREATE\\s+TABLE", "CREATE\\s+VIEW", "CREATE\\s+TRIGGER", "CREATE\\s+(UNIQUE\\s+)?INDEX")) {
            script.assertSameCount(kind);
        }
        // Each trigger body holds one UPDATE ending in ';': it must stay inside the trigger.
        List<SqlStatement> triggers = script.withPrefix("CREATE\\s+TRIGGER");
        triggers.forEach(s -> assertTrue(s.sql().endsWith("END") && s.sql().contains(";"), s.sql()));
        assertEquals(0, script.withPrefix("UPDATE").size(), "an UPDATE escaped from a trigger body");
    }

    @Test
    void pagilaWithDollarQuotedFunctions() throws IOException {
        Script script = load("pagila/pagila-schema-pre-pg18-e0e35a6.sql", POSTGRES);
        script.assertEveryStatementStartsWhereItsLineSays();
        for (String kind : List.of("CREATE\\s+TABLE", "CREATE\\s+VIEW", "CREATE\\s+MATERIALIZED\\s+VIEW",
                "CREATE\\s+FUNCTION", "CREATE\\s+TRIGGER", "CREATE\\s+(UNIQUE\\s+)?INDEX", "ALTER\\s+TABLE", "SET\\s")) {
            script.assertSameCount(kind);
        }
        script.assertFunctionBodiesWhole();
    }

    @Test
    void quartzPostgres() throws IOException {
        Script script = load("quartz/tables_postgres.sql", POSTGRES);
        script.assertEveryStatementStartsWhereItsLineSays();
        for (String kind : List.of("CREATE\\s+TABLE", "CREATE\\s+INDEX", "DROP\\s+TABLE", "COMMIT")) {
            script.assertSameCount(kind);
        }
        // No quotes, bodies or comments with ';' here: every line ending in ';' ends one statement.
        assertEquals(script.lineCount(".*;\\s*$"), script.statements().size());
    }

    private static Script load(String file, SplitterOptions options) throws IOException {
        Path path = TestData.schemas().resolve(file);
        String text = Files.readString(path);
        return new Script(file, text, new StatementSplitter(options).split(text));
    }

    /** A script file and what the splitter made of it. */
    private record Script(String file, String text, List<SqlStatement> statements) {

        private static final Pattern COMMENTED_OUT_BLOCK = Pattern.compile("(?ms)^/\\*.*?\\*/");

        /**
         * Lines of the file that start (in column one) with {@code kind}, outside the block comments
         * that start in column one (sakila.sqlite keeps a commented-out CREATE VIEW that way).
         */
        int lineCount(String kind) {
            String uncommented = COMMENTED_OUT_BLOCK.matcher(text).replaceAll("");
            Matcher matcher = Pattern.compile("(?im)^" + kind).matcher(uncommented);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
        }

        List<SqlStatement> withPrefix(String kind) {
            Pattern prefix = Pattern.compile("(?is)^" + kind + ".*");
            return statements.stream().filter(s -> prefix.matcher(s.sql()).matches()).toList();
        }

        void assertSameCount(String kind) {
            int expected = lineCount(kind);
            assertTrue(expected > 0, file + " has no line starting with " + kind + "; the check would prove nothing");
            assertEquals(expected, withPrefix(kind).size(), file + ": statements starting with " + kind);
        }

        /** The 1-based line of each statement, read straight from the file, starts with its first line. */
        void assertEveryStatementStartsWhereItsLineSays() {
            List<String> lines = text.lines().toList();
            assertFalse(statements.isEmpty(), file);
            for (SqlStatement statement : statements) {
                String firstLine = statement.sql().lines().findFirst().orElseThrow();
                String line = lines.get(statement.line() - 1);
                assertTrue(line.strip().startsWith(firstLine), file + " line " + statement.line() + ": " + line);
            }
        }

        /** Every CREATE FUNCTION statement holds its dollar-quoted body, opening and closing tag. */
        void assertFunctionBodiesWhole() {
            Pattern tag = Pattern.compile("\\$[A-Za-z_]*\\$");
            List<SqlStatement> functions = withPrefix("CREATE\\s+FUNCTION");
            assertFalse(functions.isEmpty(), file);
            for (SqlStatement function : functions) {
                Matcher opener = tag.matcher(function.sql());
                assertTrue(opener.find(), function.sql());
                int close = function.sql().indexOf(opener.group(), opener.end());
                assertTrue(close > opener.end(), "body not closed: " + function.sql());
            }
        }
    }
}
