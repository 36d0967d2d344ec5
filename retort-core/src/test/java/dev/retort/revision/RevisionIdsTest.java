package dev.retort.revision;

import static dev.retort.revision.Fixtures.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revision ids fit the version table and stay distinct on databases that ignore case. */
class RevisionIdsTest {

    @Test
    void theRuleIsAnAsciiAlphabetAndTheColumnsWidth() {
        assertNull(RevisionIds.problem("3f2a9c1b7d4e"));
        assertNull(RevisionIds.problem("V1_2.add-users"));
        assertNull(RevisionIds.problem("a".repeat(64)));
        assertTrue(RevisionIds.problem("a".repeat(65)).contains("65 characters"));
        assertTrue(RevisionIds.problem("caf\u00e9").contains("'\u00e9'"));
        assertTrue(RevisionIds.problem("a/b").contains("'/'"));
    }

    @Test
    void theGraphRefusesIdsTooLongForTheVersionTable() {
        String longId = "x".repeat(65);
        RetortException error = assertThrows(RetortException.class, () -> RevisionGraph.of(List.of(rev(longId))));
        assertEquals(RetortException.Kind.SCRIPT, error.kind());
        assertTrue(error.getMessage().contains(longId + ".sql") && error.getMessage().contains("more than the version"
                + " table's 64"), error.getMessage());
    }

    @Test
    void theGraphRefusesIdsThatDifferOnlyInCase() {
        RetortException error = assertThrows(RetortException.class,
                () -> RevisionGraph.of(List.of(rev("abc1"), rev("ABC1", "abc1"))));
        assertTrue(error.getMessage().contains("abc1 (abc1.sql) and ABC1 (ABC1.sql) differ only in case"),
                error.getMessage());
    }
}
