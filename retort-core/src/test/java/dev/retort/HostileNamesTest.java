package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.Revision;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptParser;
import dev.retort.script.ScriptWriter;
import dev.retort.spi.Dialect;
import dev.retort.spi.Dialects;
import dev.retort.spi.SqlStatement;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property test: for generated ops over names, comments and defaults drawn from hostile characters,
 * the written script parses and splits back, with each dialect's own splitter, into exactly the
 * statements rendered; or the writer refuses it, and only for a name holding a marker line.
 */
class HostileNamesTest {

    private static final int CASES = 300;

    @Test
    void everyDialectsScriptSplitsBackIntoExactlyTheRenderedStatements() {
        for (Dialect dialect : Dialects.all()) {
            Random random = new Random(20261207L + dialect.name().hashCode());
            int refused = 0;
            for (int n = 0; n < CASES; n++) {
                HostileRevision hostile = HostileRevision.generate(dialect, random, 1 + random.nextInt(3), true);
                Changes changes = hostile.changes();
                Revision revision = new Revision("r" + n, List.of(), List.of(), Set.of(), "case " + n, null, null);
                String text = ScriptWriter.render(revision, changes.upgradeSql(), changes.downgradeSql());
                String where = dialect.name() + " case " + n + ": " + hostile.tables();
                RevisionScript script;
                try {
                    script = ScriptParser.parse(text, "case.sql", null);
                } catch (RetortException e) {
                    assertTrue(hostile.toString().contains("retort:"), where + " refused without a marker line: " + e);
                    refused++;
                    continue;
                }
                if (!script.upgradeSql().strip().equals(changes.upgradeSql().strip())) {
                    assertTrue(hostile.toString().contains("retort:"), where + ": sections moved\n" + text);
                    refused++;
                    continue;
                }
                assertEquals(statements(changes.upgrade()), sql(script.upgradeStatements(dialect.splitterOptions())), where);
                assertEquals(statements(changes.downgrade()), sql(script.downgradeStatements(dialect.splitterOptions())),
                        where);
            }
            assertTrue(refused < CASES / 2, dialect.name() + ": most cases must be checked, " + refused + " refused");
        }
    }

    private static List<String> statements(List<Changes.Step> steps) {
        return steps.stream().flatMap(step -> step.statements().stream()).map(String::strip).toList();
    }

    private static List<String> sql(List<SqlStatement> statements) {
        return statements.stream().map(s -> s.sql().strip()).toList();
    }
}
