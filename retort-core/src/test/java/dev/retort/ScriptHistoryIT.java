package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.Revision;
import dev.retort.AppliedRevision;
import dev.retort.script.Checksums;
import dev.retort.script.ScriptWriter;
import dev.retort.spi.Dialect;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the version table remembers of applied scripts, on each database: a table of an earlier
 * release (legacy checksums, no parents or downgrade checksum) is taken over and brought up to date;
 * then a blank line inside a literal, rewired parents and a new statement in a downgrade are all seen.
 */
class ScriptHistoryIT {

    private static final String R1_UP = "CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100));\n"
            + "INSERT INTO notes VALUES (1, 'alice\n\nbob');";

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEarlierReleasesTableIsTakenOverAndEveryEditOfHistoryIsSeen(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            TestProject project = new TestProject(directory.resolve(kind.name()), database);
            Path r1 = project.script("r1", "", R1_UP, "DROP TABLE notes;");
            Path r2 = project.script("r2", "r1", "CREATE TABLE more (id INTEGER);", "DROP TABLE more;");
            project.script("r3", "", "CREATE TABLE other (id INTEGER);", "DROP TABLE other;");
            Dialect dialect = project.retort().dialectSpi();
            applyAsAnEarlierReleaseDid(database, dialect, R1_UP);
            assertEquals(List.of(), project.retort().status().problems(), "a legacy checksum is accepted");

            project.retort().upgrade("r2");
            Map<String, AppliedRevision> rows = project.retort().databaseState().byId();
            assertEquals(Checksums.of(R1_UP), rows.get("r1").checksum(), "the legacy checksum was replaced");
            assertEquals("", rows.get("r1").parents());
            assertEquals(Checksums.of("DROP TABLE notes;"), rows.get("r1").downgradeChecksum());
            assertEquals("r1", rows.get("r2").parents());

            String r1Text = Files.readString(r1);
            Files.writeString(r1, r1Text.replace("'alice\n\nbob'", "'alice\nbob'"));
            assertProblem(project, "r1", "changed after it was applied");
            assertThrows(RetortException.class, () -> project.retort().upgrade("heads"));
            Files.writeString(r1, r1Text);

            String r2Text = Files.readString(r2);
            Files.writeString(r2, r2Text.replace("-- retort:parents r1", "-- retort:parents r3"));
            assertProblem(project, "r2", "other parents than when it was applied (r1 recorded, r3 now)");
            RetortException rewired = assertThrows(RetortException.class, () -> project.retort().upgrade("heads"));
            assertEquals(RetortException.Kind.SCRIPT, rewired.kind());
            Files.writeString(r2, r2Text);

            Files.writeString(r2, r2Text.replace("DROP TABLE more;", "DROP TABLE more;\nDROP TABLE notes;"));
            assertProblem(project, "r2", "downgrade section that changed");
            assertFalse(project.retort().check().ok(), "check reports it (exit 1)");
            project.retort().upgrade("heads");
            assertTrue(project.retort().databaseState().applied().contains("r3"), "a changed downgrade blocks nothing");
            assertEquals(List.of("r2"), project.retort().repair(false).realigned());
            assertEquals(List.of(), project.retort().status().problems());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "H2"})
    void aMisspeltMarkerOrAScriptCutShortIsRefusedBeforeTheDatabaseIsTouched(TestDatabase.Kind kind) throws IOException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            database.execute("CREATE TABLE important (id INTEGER PRIMARY KEY)");
            TestProject project = new TestProject(directory.resolve(kind.name()), database);
            Path typo = project.write("t1", "-- retort:revision t1\n-- retort:upgrade\nCREATE TABLE t1 (id INTEGER);\n"
                    + "-- retort:downgrde\nDROP TABLE important;\n");
            RetortException misspelt = assertThrows(RetortException.class, () -> project.retort().upgrade("heads"));
            assertEquals(2, misspelt.kind().exitCode());
            assertTrue(misspelt.getMessage().contains(typo.getFileName() + ":4:"), misspelt.getMessage());
            assertTrue(project.tableExists("important"));
            assertFalse(project.tableExists("retort_version"));
            Files.delete(typo);

            Revision revision = new Revision("g1", List.of(), List.of(), Set.of(), "cut", null, null);
            String whole = ScriptWriter.render(revision, "CREATE TABLE t1 (id INTEGER);\nCREATE TABLE t2 (id INTEGER);",
                    "DROP TABLE t2;\nDROP TABLE t1;");
            Path cut = project.write("g1", whole.substring(0, whole.indexOf("CREATE TABLE t2")));
            RetortException truncated = assertThrows(RetortException.class, () -> project.retort().upgrade("heads"));
            assertEquals(2, truncated.kind().exitCode());
            assertTrue(truncated.getMessage().contains(cut.getFileName() + ":") && truncated.getMessage().contains("retort:end"),
                    truncated.getMessage());
            assertFalse(project.tableExists("t1"));
            assertFalse(project.tableExists("retort_version"));
        }
    }

    /** The version and audit tables exactly as the release before this one made them, with its row for r1. */
    private static void applyAsAnEarlierReleaseDid(TestDatabase database, Dialect dialect, String upgrade) {
        database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(100))",
                "INSERT INTO notes VALUES (1, 'alice\n\nbob')",
                "CREATE TABLE retort_version (revision VARCHAR(64) NOT NULL PRIMARY KEY, state VARCHAR(16) NOT NULL, "
                        + "checksum VARCHAR(64) NOT NULL, message VARCHAR(500), applied_at " + dialect.timestampType()
                        + " NOT NULL, execution_ms BIGINT NOT NULL, applied_by VARCHAR(255), failed_statement INTEGER)",
                "CREATE TABLE retort_audit (" + dialect.identityColumn("id") + ", logged_at " + dialect.timestampType()
                        + " NOT NULL, revision VARCHAR(64), action VARCHAR(16) NOT NULL, outcome VARCHAR(16) NOT NULL, "
                        + "statement_number INTEGER, error " + dialect.textType() + ", execution_ms BIGINT, "
                        + "applied_by VARCHAR(255))",
                "INSERT INTO retort_version (revision, state, checksum, message, applied_at, execution_ms, applied_by,"
                        + " failed_statement) VALUES ('r1', 'applied', '" + Checksums.legacy(upgrade) + "', 'step r1', "
                        + dialect.now() + ", 5, 'someone', NULL)");
    }

    private static void assertProblem(TestProject project, String revision, String text) {
        List<String> problems = project.retort().status().problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("revision " + revision) && problems.get(0).contains(text), problems.toString());
    }
}
