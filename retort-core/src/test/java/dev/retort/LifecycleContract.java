package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.AppliedRevision;
import dev.retort.runtime.MigrationFailure;
import dev.retort.spi.TransactionStyle;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifecycle every dialect must get right, run against the real database: one subclass per dialect.
 * Each test starts from an empty schema (the previous test's tables are dropped through {@code clean}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LifecycleContract {

    TestDatabase database;
    TestProject project;

    @TempDir
    Path directory;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void createDatabase() {
        database = TestDatabase.create(kind());
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyDatabase() {
        project = new TestProject(directory, database);
        project.retort().clean(true);
    }

    Set<String> applied() {
        return new TreeSet<>(project.retort().databaseState().applied());
    }

    boolean transactionalDdl() {
        return database.dialect().transactionStyle() != TransactionStyle.STATEMENT_AUTOCOMMIT;
    }

    @Test
    void aDatabaseWithoutRetortsTablesReadsAsEmptyAndUpgrades() {
        project.linear(2);
        Retort retort = project.retort();
        assertFalse(retort.databaseState().tableExists(), "clean removed the version table");
        assertEquals(List.of("r01", "r02"), retort.status().pending());
        assertEquals(2, retort.upgrade("head").size());
        assertTrue(retort.databaseState().tableExists());
        assertEquals(List.of(), retort.upgrade("head"), "a second upgrade finds nothing to do");
    }

    @Test
    void linearHistoryUpAndDownWithRelativeTargets() {
        project.linear(4);
        Retort retort = project.retort();
        List<StepResult> steps = retort.upgrade("+2");
        assertEquals(List.of("r01", "r02"), steps.stream().map(StepResult::revision).toList());
        assertEquals(List.of("r02"), retort.status().currentHeads());
        assertEquals(List.of("r03", "r04"), retort.status().pending());
        retort.upgrade("head");
        assertEquals(Set.of("r01", "r02", "r03", "r04"), applied());
        assertTrue(project.tableExists("t04"));
        assertTrue(retort.status().upToDate());

        retort.downgrade("-1");
        assertEquals(List.of("r03"), retort.status().currentHeads());
        assertFalse(project.tableExists("t04"));
        retort.downgrade("r01");
        assertEquals(Set.of("r01"), applied());
        assertFalse(project.tableExists("t02"));
        retort.upgrade("r01+2");
        assertEquals(List.of("r03"), retort.status().currentHeads());
        retort.downgrade("base");
        assertEquals(Set.of(), applied());
        assertFalse(project.tableExists("t01"));
        assertTrue(retort.upgrade("base").isEmpty() || applied().isEmpty());
    }

    @Test
    void branchesNeedANameOrAMerge() {
        project.tableScript("root", "", "t_root");
        project.write("left", "-- retort:revision left\n-- retort:parents root\n-- retort:branch-labels lefty\n"
                + "-- retort:message left\n\n-- retort:upgrade\nCREATE TABLE t_left (id INTEGER);\n"
                + "-- retort:downgrade\nDROP TABLE t_left;\n");
        project.tableScript("right", "root", "t_right");
        Retort retort = project.retort();
        RetortException several = assertThrows(RetortException.class, () -> retort.upgrade("head"));
        assertTrue(several.getMessage().contains("left") && several.getMessage().contains("right"), several.getMessage());
        assertTrue(several.getMessage().contains("merge"), several.getMessage());
        assertEquals(Set.of(), applied(), "a refused upgrade changes nothing");

        retort.upgrade("lefty@head");
        assertEquals(Set.of("root", "left"), applied());
        retort.upgrade("heads");
        assertEquals(Set.of("root", "left", "right"), applied());
        assertEquals(Set.of("left", "right"), new TreeSet<>(retort.status().currentHeads()));

        var merge = retort.merge("join", List.of("heads"));
        assertEquals(Set.of("left", "right"), Set.copyOf(merge.parents()));
        retort.upgrade("head");
        assertEquals(List.of(merge.id()), retort.status().currentHeads());
        retort.downgrade("root");
        assertEquals(Set.of("root"), applied());
        assertFalse(project.tableExists("t_left"));
        assertFalse(project.tableExists("t_right"));
    }

    @Test
    void offlineSqlDoesWhatTheOnlineUpgradeDoes() throws Exception {
        project.linear(3);
        Retort retort = project.retort();
        String sql = retort.upgradeSql("head");
        assertTrue(sql.contains("CREATE TABLE t03"), sql);
        assertEquals(Set.of(), applied(), "rendering SQL touches no database");
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            for (var piece : new dev.retort.sql.StatementSplitter(database.dialect().splitterOptions()).split(sql)) {
                if (!piece.sql().startsWith("DELIMITER")) {
                    statement.execute(piece.sql());
                }
            }
        }
        DatabaseState offline = retort.databaseState();
        assertEquals(Set.of("r01", "r02", "r03"), offline.applied());
        assertTrue(project.tableExists("t03"));
        assertTrue(retort.upgrade("head").isEmpty(), "online sees the offline result as at head");
        List<String> checksums = offline.rows().stream().map(AppliedRevision::checksum).toList();

        String down = retort.downgradeSql("head:base");
        assertTrue(down.contains("DROP TABLE t01"), down);
        retort.downgrade("base");
        retort.upgrade("head");
        assertEquals(checksums, retort.databaseState().rows().stream().map(AppliedRevision::checksum).toList());
    }

    @Test
    void aFailureInTheMiddleOfARevisionIsRecordedPrecisely() throws IOException {
        project.tableScript("r01", "", "t01");
        Path broken = project.script("r02", "r01",
                "CREATE TABLE t02 (id INTEGER PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\nCREATE TABLE t03 (id INTEGER);",
                "DROP TABLE t03;\nDROP TABLE t02;");
        Retort retort = project.retort();
        MigrationFailure failure = assertThrows(MigrationFailure.class, () -> retort.upgrade("head"));
        assertEquals("r02", failure.revision());
        assertEquals(2, failure.statementNumber());
        assertTrue(failure.getMessage().contains("no_such_table"), failure.getMessage());
        assertTrue(failure.getMessage().contains(broken.getFileName().toString()), failure.getMessage());
        assertEquals(Set.of("r01"), applied());
        assertFalse(project.tableExists("t03"));
        List<String> audit = project.column("SELECT outcome FROM retort_audit WHERE revision = 'r02'");
        assertEquals(List.of("failed"), audit);
        if (transactionalDdl()) {
            assertFalse(project.tableExists("t02"), "the revision's transaction was rolled back");
            assertTrue(failure.getMessage().contains("rolled back"), failure.getMessage());
        } else {
            assertTrue(project.tableExists("t02"), "DDL committed before the failure");
            assertTrue(failure.getMessage().contains("CREATE TABLE t02"), failure.getMessage());
            AppliedRevision row = retort.databaseState().byId().get("r02");
            assertEquals(AppliedRevision.State.FAILED, row.state());
            assertEquals(2, row.failedStatement());
            database.execute("DROP TABLE t02");
            // statement 1 had committed: only the user knows it is undone, and says so with repair
            assertThrows(MigrationFailure.class, () -> project.retort().upgrade("head"));
            retort.repair(false);
        }
        Files.writeString(broken, Files.readString(broken).replace("INSERT INTO no_such_table VALUES (1);", ""));
        retort.upgrade("head");
        assertEquals(Set.of("r01", "r02"), applied());
        assertTrue(project.tableExists("t03"));
    }

    @Test
    void anEditedOrVanishedAppliedScriptStopsWritingCommands() throws IOException {
        project.linear(2);
        Path third = project.tableScript("r03", "r02", "t03");
        Retort retort = project.retort();
        retort.upgrade("r02");
        Path first = project.migrations().resolve("0001_r01.sql");
        Files.writeString(first, Files.readString(first).replace("name VARCHAR(50)", "name VARCHAR(60)"));
        RetortException edited = assertThrows(RetortException.class, () -> retort.upgrade("head"));
        assertEquals(RetortException.Kind.SCRIPT, edited.kind());
        assertTrue(edited.getMessage().contains("r01") && edited.getMessage().contains("repair"), edited.getMessage());
        assertFalse(project.tableExists("t03"), "nothing ran");
        assertFalse(retort.status().upToDate());

        Files.writeString(first, Files.readString(first) + "\n\n   \n");
        assertThrows(RetortException.class, () -> retort.downgrade("-1"));
        assertEquals(List.of("r01"), retort.repair(false).realigned());
        retort.upgrade("head");
        assertTrue(project.tableExists("t03"));

        Files.delete(third);
        RetortException vanished = assertThrows(RetortException.class, () -> retort.downgrade("-1"));
        assertTrue(vanished.getMessage().contains("r03") && vanished.getMessage().contains("no script"), vanished.getMessage());
    }

    @Test
    void whitespaceOnlyEditsKeepTheChecksum() throws IOException {
        project.linear(1);
        Retort retort = project.retort();
        retort.upgrade("head");
        Path first = project.migrations().resolve("0001_r01.sql");
        Files.writeString(first, Files.readString(first).replace("\n", "  \r\n"));
        assertTrue(retort.upgrade("head").isEmpty());
    }

    @Test
    void malformedScriptsAreRejectedBeforeTheDatabaseIsTouched() throws IOException {
        project.linear(1);
        Path bad = project.write("bad", "-- retort:revision bad\n-- retort:parnets r01\n-- retort:upgrade\nSELECT 1;\n");
        assertMessage(RetortException.Kind.SCRIPT, "retort:parnets");
        Files.delete(bad);

        Path orphan = project.tableScript("orphan", "nowhere", "t_orphan");
        assertMessage(RetortException.Kind.SCRIPT, "nowhere");
        Files.delete(orphan);

        Path a = project.tableScript("cyc_a", "cyc_b", "t_a");
        Path b = project.tableScript("cyc_b", "cyc_a", "t_b");
        assertMessage(RetortException.Kind.SCRIPT, "cyc_a");
        Files.delete(a);
        Files.delete(b);

        Path copy = project.tableScript("r01", "", "t_copy");
        RetortException duplicate = assertMessage(RetortException.Kind.SCRIPT, "r01");
        assertTrue(duplicate.getMessage().contains(copy.getFileName().toString()), duplicate.getMessage());
        Files.delete(copy);

        project.write("quote", "-- retort:revision quote\n-- retort:parents r01\n-- retort:upgrade\nINSERT INTO t01 VALUES (1, 'open;\n");
        assertMessage(RetortException.Kind.SCRIPT, "line");
        assertFalse(project.tableExists("t01"), "r01 did not run either");
        assertFalse(project.retort().databaseState().tableExists(), "no version table was created");
    }

    private RetortException assertMessage(RetortException.Kind kind, String text) {
        RetortException e = assertThrows(RetortException.class, () -> project.retort().upgrade("head"));
        assertEquals(kind, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
        return e;
    }

    @Test
    void stampRecordsWithoutRunning() {
        project.linear(3);
        Retort retort = project.retort();
        retort.stamp(List.of("r02"));
        assertEquals(Set.of("r01", "r02"), applied());
        assertFalse(project.tableExists("t01"));
        assertEquals(AppliedRevision.State.STAMPED, retort.databaseState().byId().get("r01").state());
        retort.upgrade("head");
        assertTrue(project.tableExists("t03"));
        assertFalse(project.tableExists("t01"));
        retort.stamp(List.of("base"));
        assertEquals(Set.of(), applied());
    }

    @Test
    void aHeldLockMakesOthersWaitAndThenTimeOutWithAMessage() throws Exception {
        project.linear(1);
        try (var connection = database.connect()) {
            var session = new dev.retort.spi.JdbcSession(connection);
            database.dialect().prepare(session, null);
            var request = new dev.retort.spi.LockRequest(session, () -> {
                var other = new dev.retort.spi.JdbcSession(database.connect());
                database.dialect().prepare(other, null);
                return other;
            }, "retort_version", java.time.Duration.ofSeconds(5));
            var lock = database.dialect().lock(request);
            try (lock) {
                RetortException e = assertThrows(RetortException.class,
                        () -> project.retort(java.time.Duration.ofMillis(300)).upgrade("head"));
                assertEquals(RetortException.Kind.LOCK, e.kind(), e.getMessage());
                assertTrue(e.getMessage().contains("lock"), e.getMessage());
                if (kind() == TestDatabase.Kind.POSTGRES || kind() == TestDatabase.Kind.MYSQL) {
                    assertTrue(e.getMessage().contains("held by"), e.getMessage());
                }
            }
        }
        project.retort().upgrade("head");
        assertEquals(Set.of("r01"), applied());
    }

    @Test
    void concurrentUpgradesApplyEachRevisionOnce() throws Exception {
        project.linear(20);
        int threads = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<List<StepResult>>> runs = new java.util.ArrayList<>();
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < threads; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return project.retort().upgrade("head");
                }));
            }
            start.countDown();
            int total = 0;
            for (var run : runs) {
                total += run.get().size();
            }
            assertEquals(20, total, "each revision ran exactly once across all threads");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(20, applied().size());
        assertEquals(List.of("20"), project.column("SELECT COUNT(*) FROM retort_audit WHERE action = 'upgrade' AND outcome = 'ok'"));
    }

    @Test
    void concurrentProcessesApplyEachRevisionOnce() throws Exception {
        project.linear(10);
        // H2 shares a file between processes only through the AUTO_SERVER of a process that keeps it open.
        java.sql.Connection owner = database.connect();
        List<Process> processes = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), UpgradeMain.class.getName(), directory.toString(),
                    database.url(), String.valueOf(database.user()), String.valueOf(database.password()))
                    .redirectErrorStream(true).start());
        }
        for (Process process : processes) {
            String output = new String(process.getInputStream().readAllBytes());
            assertEquals(0, process.waitFor(), output);
        }
        owner.close();
        assertEquals(10, applied().size());
        assertEquals(List.of("10"), project.column("SELECT COUNT(*) FROM retort_audit WHERE action = 'upgrade' AND outcome = 'ok'"));
    }

    @Test
    void cleanDropsRetortTablesAndOnRequestEverything() {
        project.linear(2);
        Retort retort = project.retort();
        retort.upgrade("head");
        retort.clean(false);
        assertTrue(project.tableExists("t02"));
        assertFalse(retort.databaseState().tableExists());
        retort.clean(true);
        assertFalse(project.tableExists("t01"));
        assertFalse(project.tableExists("t02"));
    }

    @Test
    void downgradeRefusesScriptsWithoutADowngradeSection() {
        project.script("r01", "", "CREATE TABLE t01 (id INTEGER);", null);
        Retort retort = project.retort();
        retort.upgrade("head");
        RetortException e = assertThrows(RetortException.class, () -> retort.downgrade("base"));
        assertTrue(e.getMessage().contains("r01") && e.getMessage().contains("stamp"), e.getMessage());
        assertTrue(project.tableExists("t01"));
    }
}
