package dev.retort.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.revision.Revision;
import dev.retort.spi.SplitterOptions;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScriptParserTest {

    private static final SplitterOptions ANSI = new SplitterOptions(false, false, false, false, false, false, false, true);

    private static final String SCRIPT = """
            -- retort:revision 3f2a9c1b7d4e
            -- retort:parents 1a2b3c4d5e6f, 9e8d7c6b5a4f
            -- retort:message add user email
            -- retort:created 2026-11-24T10:10:00Z
            -- retort:branch-labels accounts
            -- retort:depends-on 0011aa

            -- retort:upgrade
            ALTER TABLE app_user ADD COLUMN email VARCHAR(255);
            UPDATE app_user SET email = 'x;y';

            -- retort:downgrade
            ALTER TABLE app_user DROP COLUMN email;
            """;

    @Test
    void readsTheHeaderAndBothSections() {
        RevisionScript script = ScriptParser.parse(SCRIPT, "m/x.sql", null);
        Revision revision = script.revision();
        assertEquals("3f2a9c1b7d4e", revision.id());
        assertEquals(List.of("1a2b3c4d5e6f", "9e8d7c6b5a4f"), revision.parents());
        assertEquals("add user email", revision.message());
        assertEquals(Instant.parse("2026-11-24T10:10:00Z"), revision.created());
        assertEquals(Set.of("accounts"), revision.branchLabels());
        assertEquals(List.of("0011aa"), revision.dependsOn());
        assertTrue(script.transactional());
        var upgrade = script.upgradeStatements(ANSI);
        assertEquals(2, upgrade.size());
        assertEquals(9, upgrade.get(0).line(), "line numbers are the file's");
        assertEquals("UPDATE app_user SET email = 'x;y'", upgrade.get(1).sql());
        assertEquals(List.of("ALTER TABLE app_user DROP COLUMN email"),
                script.downgradeStatements(ANSI).stream().map(s -> s.sql()).toList());
    }

    @Test
    void withoutADowngradeSectionTheScriptIsIrreversible() {
        RevisionScript script = ScriptParser.parse("-- retort:revision a\n-- retort:upgrade\nSELECT 1;\n", "a.sql", null);
        assertFalse(script.reversible());
        assertNull(script.downgradeSql());
        assertEquals(List.of(), script.revision().parents());
    }

    @Test
    void theChecksumCoversTheUpgradeOnlyAndIgnoresLayout() {
        String base = ScriptParser.parse(SCRIPT, "a", null).checksum();
        assertEquals(base, ScriptParser.parse(SCRIPT.replace("\n", "  \r\n") + "\n\n", "a", null).checksum());
        assertEquals(base, ScriptParser.parse(SCRIPT.replace("add user email", "reworded"), "a", null).checksum());
        assertEquals(base, ScriptParser.parse(SCRIPT.replace("DROP COLUMN email;", "DROP COLUMN email; -- fixed"), "a", null).checksum());
        assertNotEquals(base, ScriptParser.parse(SCRIPT.replace("VARCHAR(255)", "VARCHAR(256)"), "a", null).checksum());
    }

    @Test
    void malformedHeadersNameTheFileAndLine() {
        assertError("-- retort:upgrade\nSELECT 1;", "x.sql:1: no '-- retort:revision ID' header");
        assertError("-- retort:revision a\nSELECT 1;", "no '-- retort:upgrade' line");
        assertError("-- retort:revision a\n-- retort:colour red\n-- retort:upgrade\n", "x.sql:2: unknown marker");
        assertError("-- retort:revision a b\n-- retort:upgrade\n", "invalid revision id");
        assertError("-- retort:revision a\n-- retort:created yesterday\n-- retort:upgrade\n", "x.sql:2: invalid created time");
        assertError("-- retort:revision a\n-- retort:parents a\n-- retort:upgrade\n", "names itself");
        assertError("-- retort:revision a\n-- retort:downgrade\n-- retort:upgrade\n", "before '-- retort:upgrade'");
        assertError("-- retort:revision a\n-- retort:upgrade\n-- retort:upgrade\n", "a second");
    }

    @Test
    void writerOutputParsesBackToTheSameRevision() {
        Revision revision = new Revision("abc123", List.of("p1", "p2"), List.of("d1"), Set.of("lbl"), "add\nthings",
                Instant.parse("2026-01-02T03:04:05Z"), null);
        String text = ScriptWriter.render(revision, "CREATE TABLE t (id INT);", "DROP TABLE t;");
        Revision back = ScriptParser.parse(text, "w.sql", null).revision();
        assertEquals(revision.id(), back.id());
        assertEquals(revision.parents(), back.parents());
        assertEquals(revision.dependsOn(), back.dependsOn());
        assertEquals(revision.branchLabels(), back.branchLabels());
        assertEquals("add things", back.message());
        assertEquals(revision.created(), back.created());
        assertEquals("20260102030405_abc123_add_things.sql", ScriptWriter.fileName("{created}_{rev}_{slug}", revision));
    }

    @Test
    void aMisspeltMarkerIsAnErrorNotSql() {
        for (String typo : List.of("-- retort:downgrde", "--retort:downgrade", "-- Retort:downgrade",
                "--  retort:downgrade", "-- RETORT:downgrade", "--\tretort:downgrade")) {
            String text = "-- retort:revision a\n-- retort:upgrade\nCREATE TABLE t (id INT);\n" + typo + "\nDROP TABLE t;\n";
            assertError(text, "x.sql:4: ");
        }
        assertError("-- retort:revision a\n--retort:parents b\n-- retort:upgrade\n", "x.sql:2: ");
        assertError("-- retort:revision a\n-- retort:upgrade\n-- retort:message late\n", "x.sql:3: header line");
    }

    @Test
    void aSecondHeaderLineIsAnErrorNotAReplacement() {
        assertError("-- retort:revision a\n-- retort:parents b\n-- retort:parents c\n-- retort:upgrade\n",
                "x.sql:3: a second '-- retort:parents' line");
        assertError("-- retort:revision a\n-- retort:parent b\n-- retort:parents c\n-- retort:upgrade\n",
                "x.sql:3: a second '-- retort:parents' line");
        assertError("-- retort:revision a\n-- retort:message x\n-- retort:message y\n-- retort:upgrade\n",
                "x.sql:3: a second '-- retort:message' line");
    }

    @Test
    void theEndMarkerIsTheLastLineAndAGeneratedScriptNeedsIt() {
        String whole = "-- retort:revision a\n-- retort:generated true\n-- retort:upgrade\nCREATE TABLE t (id INT);\n"
                + "-- retort:downgrade\nDROP TABLE t;\n-- retort:end\n\n";
        RevisionScript script = ScriptParser.parse(whole, "x.sql", null);
        assertEquals("DROP TABLE t;", script.downgradeSql().strip());
        String cut = whole.substring(0, whole.indexOf("-- retort:end"));
        assertError(cut, "no '-- retort:end' line");
        assertError(whole.substring(0, whole.indexOf("DROP")), "no '-- retort:end' line");
        assertError(whole + "DROP TABLE u;\n", "x.sql:9: text after '-- retort:end'");
        String handWritten = "-- retort:revision a\n-- retort:upgrade\nCREATE TABLE t (id INT);\n";
        assertNull(ScriptParser.parse(handWritten, "x.sql", null).downgradeSql(), "hand-written scripts need no end line");
    }

    private static void assertError(String text, String expected) {
        RetortException e = assertThrows(RetortException.class, () -> ScriptParser.parse(text, "x.sql", null));
        assertEquals(RetortException.Kind.SCRIPT, e.kind());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
