package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * On MariaDB, where DDL commits itself and the version table's key ignores case, ids the version table
 * could not hold apart are refused before any revision runs, instead of failing after its DDL committed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MysqlRevisionIdsIT {

    TestDatabase database;

    @TempDir
    Path directory;

    @BeforeAll
    void createDatabase() {
        database = TestDatabase.create(TestDatabase.Kind.MYSQL);
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void tooLongAndCaseBlindDuplicateIdsAreRefusedBeforeAnythingRuns() {
        TestProject project = new TestProject(directory.resolve("long"), database);
        String longId = "a".repeat(65);
        project.tableScript(longId, "", "t_long");
        RetortException tooLong = assertThrows(RetortException.class, () -> project.retort().upgrade("head"));
        assertEquals(2, tooLong.kind().exitCode());
        assertTrue(tooLong.getMessage().contains("more than the version table's 64"), tooLong.getMessage());
        assertFalse(project.tableExists("t_long"), "nothing ran");

        TestProject cased = new TestProject(directory.resolve("cased"), database);
        cased.tableScript("abc", "", "t_lower");
        cased.tableScript("ABC", "abc", "t_upper");
        RetortException sameKey = assertThrows(RetortException.class, () -> cased.retort().upgrade("head"));
        assertTrue(sameKey.getMessage().contains("differ only in case"), sameKey.getMessage());
        assertFalse(cased.tableExists("t_lower"), "nothing ran");
    }
}
