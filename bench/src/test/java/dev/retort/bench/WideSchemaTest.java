package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WideSchemaTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?s)CREATE TABLE (\\w+) \\((.*)\\)");
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES (\\w+) \\(id\\)");
    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE INDEX (\\w+) ON (\\w+) \\((.*)\\)");

    @Test
    void everyTableHasTenColumnsAUniqueConstraintAForeignKeyAndTwoIndexes() {
        List<String> statements = new WideSchema(1000).statements();
        assertEquals(3000, statements.size());
        for (int number = 1; number <= 1000; number++) {
            String create = statements.get(3 * (number - 1));
            Matcher table = CREATE_TABLE.matcher(create);
            assertTrue(table.matches(), create);
            assertEquals(WideSchema.table(number), table.group(1));
            List<String> parts = List.of(table.group(2).split(",\n"));
            assertEquals(WideSchema.COLUMNS_PER_TABLE + 2, parts.size(), create);
            assertEquals(1, parts.stream().filter(p -> p.contains(" UNIQUE (code)")).count(), create);
            assertEquals(1, parts.stream().filter(p -> p.contains("PRIMARY KEY")).count(), create);
            for (int index = 1; index <= WideSchema.INDEXES_PER_TABLE; index++) {
                Matcher matcher = CREATE_INDEX.matcher(statements.get(3 * (number - 1) + index));
                assertTrue(matcher.matches(), statements.get(3 * (number - 1) + index));
                assertEquals(table.group(1), matcher.group(2));
            }
        }
    }

    @Test
    void foreignKeysPointAtTablesCreatedEarlierOrAtTheFirstTableItself() {
        Set<String> created = new HashSet<>();
        for (String statement : new WideSchema(300).statements()) {
            Matcher table = CREATE_TABLE.matcher(statement);
            if (!table.matches()) {
                continue;
            }
            created.add(table.group(1));
            Matcher reference = REFERENCES.matcher(statement);
            assertTrue(reference.find(), statement);
            assertTrue(created.contains(reference.group(1)), "parent not created yet: " + statement);
        }
        assertEquals(300, created.size());
        assertEquals(1, WideSchema.parent(1));
        assertEquals(1, WideSchema.parent(3));
        assertEquals(500, WideSchema.parent(1000));
    }

    @Test
    void namesAreUniqueAcrossTheSchema() {
        Set<String> names = new HashSet<>();
        Pattern named = Pattern.compile("(?:CONSTRAINT|INDEX) (\\w+)");
        for (String statement : new WideSchema(1000).statements()) {
            Matcher matcher = named.matcher(statement);
            while (matcher.find()) {
                assertTrue(names.add(matcher.group(1)), "twice: " + matcher.group(1));
            }
        }
        assertEquals(1000 * (2 + WideSchema.INDEXES_PER_TABLE), names.size());
    }

    @Test
    void columnTypesRotateSoTablesDiffer() {
        List<String> statements = new WideSchema(2).statements();
        assertTrue(!statements.get(0).substring(statements.get(0).indexOf('('))
                .equals(statements.get(3).substring(statements.get(3).indexOf('('))));
    }

    @Test
    void theScriptIsEveryStatementEndedBySemicolon() {
        WideSchema schema = new WideSchema(5);
        assertEquals(String.join(";\n", schema.statements()) + ";\n", schema.script());
    }

    @Test
    void tooFewOrTooManyTablesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WideSchema(0));
        assertThrows(IllegalArgumentException.class, () -> new WideSchema(10_000));
    }
}
