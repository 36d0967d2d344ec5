package dev.retort.runtime;

import dev.retort.AppliedRevision;
import dev.retort.DatabaseState;
import dev.retort.Direction;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionTableTest {

    private static final Set<String> FIRST_RELEASE = Set.of("revision", "state", "checksum", "message", "applied_at",
            "execution_ms", "applied_by", "failed_statement");

    @Test
    void aTableOfTheFirstReleaseGetsTheLaterColumns() {
        VersionTable table = new VersionTable(new PostgresDialect(), "retort_version", "retort_audit");
        assertEquals(List.of("ALTER TABLE retort_version ADD COLUMN direction VARCHAR(16)",
                "ALTER TABLE retort_version ADD COLUMN statements_done INTEGER",
                "ALTER TABLE retort_version ADD COLUMN running_statement INTEGER",
                "ALTER TABLE retort_version ADD COLUMN parents VARCHAR(1000)",
                "ALTER TABLE retort_version ADD COLUMN downgrade_checksum VARCHAR(64)",
                "ALTER TABLE retort_version ADD COLUMN snapshot_checksum VARCHAR(64)"),
                table.upgradeStatements(FIRST_RELEASE));
    }

    @Test
    void aCurrentTableNeedsNothingAndANewOneHasEveryColumn() {
        VersionTable table = new VersionTable(new SqliteDialect(), "retort_version", "retort_audit");
        Set<String> all = new java.util.HashSet<>(FIRST_RELEASE);
        all.addAll(Set.of("direction", "statements_done", "running_statement", "parents", "downgrade_checksum",
                "snapshot_checksum"));
        assertTrue(table.upgradeStatements(all).isEmpty());
        String create = table.createStatements().get(0);
        all.forEach(column -> assertTrue(create.contains(column + " "), column + " in " + create));
    }

    @Test
    void progressIsWrittenBeforeAndAfterEachStatement() {
        VersionTable table = new VersionTable(new PostgresDialect(), "retort_version", "retort_audit");
        assertEquals("UPDATE retort_version SET state = 'running', direction = 'downgrade', statements_done = 2,"
                + " running_statement = 3 WHERE revision = 'r1'", table.progress("r1", Direction.DOWN, 2, 3));
        assertEquals("UPDATE retort_version SET state = 'failed', direction = 'upgrade', statements_done = 1,"
                + " running_statement = NULL, failed_statement = 2, execution_ms = 7 WHERE revision = 'r1'",
                table.fail("r1", Direction.UP, 2, 7));
    }

    @Test
    void anUnfinishedDowngradeKeepsItsRevisionInEffectAndAnUnfinishedUpgradeDoesNot() {
        AppliedRevision down = new AppliedRevision("r1", AppliedRevision.State.FAILED, "c", "m", "t", 0, "u", 2,
                new AppliedRevision.Progress(Direction.DOWN, 1, 0));
        AppliedRevision up = new AppliedRevision("r2", AppliedRevision.State.RUNNING, "c", "m", "t", 0, "u", 0,
                new AppliedRevision.Progress(Direction.UP, 1, 2));
        assertTrue(down.inEffect() && down.unfinished());
        assertFalse(up.inEffect());
        assertTrue(up.unfinished());
        DatabaseState state = new DatabaseState(true, List.of(down, up));
        assertEquals(Set.of("r1"), state.applied());
        assertEquals(List.of(up), state.failed());
        assertEquals(List.of(down, up), state.unfinished());
    }
}
