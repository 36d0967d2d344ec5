package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HistoryTest {

    private static final Pattern CREATE_TABLE = Pattern.compile("(?s)CREATE TABLE (\\w+) \\((.*)\\)");
    private static final Pattern CREATE_INDEX = Pattern.compile("CREATE (UNIQUE )?INDEX (\\w+) ON (\\w+) \\((.*)\\)");

    @Test
    void hasTheRequestedNumberOfRevisionsNumberedFromOne() {
        List<History.Change> changes = History.generate(100, 42, false).changes();
        assertEquals(100, changes.size());
        for (int i = 0; i < changes.size(); i++) {
            assertEquals(i + 1, changes.get(i).number());
            assertEquals(1, changes.get(i).upgrade().size(), "one small DDL statement per revision");
            assertEquals(1, changes.get(i).downgrade().size());
        }
    }

    @Test
    void isTheSameForTheSameSeedAndDifferentForAnother() {
        assertEquals(History.generate(100, 42, false).changes(), History.generate(100, 42, false).changes());
        assertNotEquals(History.generate(100, 42, false).changes(), History.generate(100, 43, false).changes());
    }

    @Test
    void mixesTablesColumnsAndIndexes() {
        Map<String, Integer> kinds = new HashMap<>();
        for (History.Change change : History.generate(100, 42, false).changes()) {
            String sql = change.upgrade().get(0);
            String kind = sql.startsWith("CREATE TABLE") ? (sql.contains("FOREIGN KEY") ? "child" : "table")
                    : sql.contains(" ADD COLUMN ") ? "column" : sql.startsWith("CREATE UNIQUE INDEX") ? "unique" : "index";
            kinds.merge(kind, 1, Integer::sum);
        }
        assertEquals(Set.of("table", "child", "column", "index", "unique"), kinds.keySet(), kinds.toString());
        assertEquals(40, kinds.get("table") + kinds.get("child"), kinds.toString());
        assertEquals(40, kinds.get("column"), kinds.toString());
        assertEquals(20, kinds.get("index") + kinds.get("unique"), kinds.toString());
    }

    @Test
    void createdTablesHaveFiveToTenColumnsAndUniqueNames() {
        Set<String> names = new HashSet<>();
        for (History.Change change : History.generate(100, 42, false).changes()) {
            Matcher matcher = CREATE_TABLE.matcher(change.upgrade().get(0));
            if (matcher.matches()) {
                assertTrue(names.add(matcher.group(1)), "duplicate table " + matcher.group(1));
                long columns = matcher.group(2).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("CONSTRAINT")).count();
                assertTrue(columns >= 5 && columns <= 10, matcher.group(1) + " has " + columns + " columns");
                assertEquals("DROP TABLE " + matcher.group(1), change.downgrade().get(0));
            }
        }
    }

    @Test
    void neverIndexesTheSameColumnsOfATableTwice() {
        Set<String> indexed = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (History.Change change : History.generate(100, 42, true).changes()) {
            Matcher matcher = CREATE_INDEX.matcher(change.upgrade().get(0));
            if (matcher.matches()) {
                assertTrue(names.add(matcher.group(2)), "duplicate index name " + matcher.group(2));
                assertTrue(indexed.add(matcher.group(3) + "(" + matcher.group(4) + ")"), change.toString());
            }
        }
        assertEquals(20, names.size());
    }

    @Test
    void mariadbDropsIndexesOnTheirTable() {
        for (History.Change change : History.generate(100, 42, true).changes()) {
            Matcher matcher = CREATE_INDEX.matcher(change.upgrade().get(0));
            if (matcher.matches()) {
                assertEquals("DROP INDEX " + matcher.group(2) + " ON " + matcher.group(3), change.downgrade().get(0));
            }
        }
        History.Change portable = History.generate(100, 42, false).changes().stream()
                .filter(c -> c.upgrade().get(0).contains("INDEX")).findFirst().orElseThrow();
        assertTrue(portable.downgrade().get(0).matches("DROP INDEX \\w+"), portable.downgrade().get(0));
    }
}
