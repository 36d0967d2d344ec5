package dev.retort.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.DatabaseState;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.Status;
import dev.retort.StepListener;
import dev.retort.AppliedRevision;
import dev.retort.runtime.MigrationFailure;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.VersionTable;
import dev.retort.spi.ConnectionSettings;
import dev.retort.spi.LockTimeoutException;
import dev.retort.sql.ConnectionSource;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One test per defect of the runtime's trustworthiness: crashes, failed downgrades, lock waits, old version tables. */
class RuntimeTrustIT {

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRES", "MYSQL"})
    void aKillDuringAStatementIsReportedAsItIsAndTheRetrySaysWhatCommitted(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            TestProject project = new TestProject(Files.createTempDirectory("retort-trust"), database);
            String sleep = kind == TestDatabase.Kind.POSTGRES ? "SELECT pg_sleep(30) AS pause" : "SELECT SLEEP(30) AS pause";
            project.write("r01", "-- retort:revision r01\n-- retort:parents\n-- retort:message big\n"
                    + "-- retort:transactional false\n\n-- retort:upgrade\nCREATE TABLE big (id INTEGER);\n" + sleep
                    + ";\nCREATE TABLE after_big (id INTEGER);\n\n-- retort:downgrade\nDROP TABLE after_big;\nDROP TABLE big;\n");
            Process child = child(project, database);
            awaitSleep(database);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            killSleep(database);

            Retort retort = project.retort();
            AppliedRevision row = retort.databaseState().byId().get("r01");
            assertEquals(AppliedRevision.State.RUNNING, row.state());
            assertEquals(1, row.progress().statementsDone());
            assertEquals(2, row.progress().runningStatement());
            Status status = retort.status();
            assertEquals(1, status.problems().size(), status.problems().toString());
            String problem = status.problems().get(0);
            assertTrue(problem.contains("statement 1 had committed") && problem.contains("statement 2 (line 8) was running")
                    && problem.contains("statement 3 did not run") && problem.contains("'retort repair'"), problem);
            assertFalse(retort.check().ok());

            MigrationFailure retry = assertThrows(MigrationFailure.class, () -> project.retort().upgrade("head"));
            assertFalse(retry.getMessage().contains("nothing to undo"), retry.getMessage());
            assertTrue(retry.getMessage().contains("had committed statement 1:") && retry.getMessage().contains("CREATE TABLE big")
                    && retry.getMessage().contains("nothing was run")
                    && retry.getMessage().contains("statement 2 was running"), retry.getMessage());
            database.execute("DROP TABLE big");
            Path script = project.migrations().resolve("0001_r01.sql");
            Files.writeString(script, Files.readString(script).replace(sleep + ";\n", ""));
            project.retort().repair(false);
            project.retort().upgrade("head");
            assertTrue(project.retort().status().upToDate());
        }
    }

    @Test
    void sqliteKeepsEveryRevisionReportedDoneWhenTheProcessIsKilled() throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            TestProject project = new TestProject(Files.createTempDirectory("retort-trust"), database);
            project.tableScript("r01", "", "t01");
            project.tableScript("r02", "r01", "t02");
            project.script("r03", "r02", "CREATE TABLE t03 AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c"
                    + " WHERE x < 50000000) SELECT x FROM c;", "DROP TABLE t03;");
            Process child = child(project, database);
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // killed
                }
            });
            reader.setDaemon(true);
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!lines.contains("starting r03") && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(lines.contains("done r02"), lines.toString());
            Thread.sleep(200);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            DatabaseState state = project.retort().databaseState();
            assertEquals(Set.of("r01", "r02"), state.applied(), "revisions reported done stay done");
            assertTrue(project.tableExists("t02"));
            assertFalse(project.tableExists("t03"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"MYSQL", "POSTGRES"})
    void aFailedDowngradeIsAProblemUntilItIsRetried(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            TestProject project = new TestProject(Files.createTempDirectory("retort-trust"), database);
            Path script = project.write("r01", "-- retort:revision r01\n-- retort:parents\n-- retort:message two\n"
                    + "-- retort:transactional false\n\n-- retort:upgrade\nCREATE TABLE d1 (id INTEGER);\nCREATE TABLE d2 (id INTEGER);\n"
                    + "\n-- retort:downgrade\nDROP TABLE d2;\nDROP TABLE no_such_table;\nDROP TABLE d1;\n");
            project.retort().upgrade("head");
            MigrationFailure failure = assertThrows(MigrationFailure.class, () -> project.retort().downgrade("base"));
            assertEquals(2, failure.statementNumber());
            assertTrue(failure.getMessage().contains("DROP TABLE d2"), failure.getMessage());

            Retort retort = project.retort();
            Retort.Check check = retort.check();
            assertFalse(check.ok(), "a failed downgrade is not 'at head'");
            String problem = String.join("\n", check.status().problems());
            assertTrue(problem.contains("r01") && problem.contains("downgrade failed at statement 2")
                    && problem.contains("statement 1 had committed"), problem);
            assertEquals(List.of("r01"), check.status().currentHeads(), "the revision is still in effect, partly undone");

            database.execute("CREATE TABLE d2 (id INTEGER)"); // redo what committed, as the message says
            Files.writeString(script, Files.readString(script).replace("DROP TABLE no_such_table;\n", ""));
            project.retort().downgrade("base");
            assertTrue(project.retort().databaseState().rows().isEmpty());
            assertFalse(project.tableExists("d1"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRES", "MYSQL", "SQLITE"})
    void aWaitForTheLockIsSaidOnceWithItsHolder(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            TestProject project = new TestProject(Files.createTempDirectory("retort-trust"), database);
            project.linear(1);
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread holder = new Thread(() -> migrator(database, "retort holder-test", Duration.ofSeconds(5), StepListener.NONE)
                    .locked(session -> {
                        held.countDown();
                        try {
                            release.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    }));
            holder.start();
            assertTrue(held.await(20, TimeUnit.SECONDS));
            try {
                if (kind == TestDatabase.Kind.POSTGRES) {
                    assertTrue(database.column("SELECT application_name FROM pg_stat_activity").contains("retort holder-test"));
                }
                List<String> said = Collections.synchronizedList(new ArrayList<>());
                Migrator waiter = migrator(database, "retort waiter", Duration.ofMillis(1500), new StepListener() {
                    @Override
                    public void waiting(String message) {
                        said.add(message);
                    }
                });
                long start = System.nanoTime();
                assertThrows(LockTimeoutException.class, () -> waiter.locked(session -> null));
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited >= 1400 && waited < 6000, "waited " + waited + " ms");
                assertEquals(1, said.size(), said.toString());
                assertTrue(said.get(0).contains("waiting up to 1500 ms"), said.get(0));
                if (kind != TestDatabase.Kind.MYSQL || performanceSchema(database)) {
                    assertTrue(said.get(0).contains("retort holder-test"), said.get(0));
                } else {
                    assertTrue(said.get(0).contains("connection "), said.get(0));
                }
            } finally {
                release.countDown();
                holder.join(20_000);
            }
        }
    }

    @Test
    void sqliteWaitsForAnotherWriterAsLongAsLockTimeoutSays() throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            TestProject project = new TestProject(Files.createTempDirectory("retort-trust"), database);
            project.linear(1);
            try (Connection writer = database.connect(); Statement statement = writer.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                statement.execute("CREATE TABLE other_writer (id INTEGER)");
                long start = System.nanoTime();
                RetortException failure = assertThrows(RetortException.class, () -> project.retort(Duration.ofMillis(1500)).upgrade("head"));
                long waited = (System.nanoTime() - start) / 1_000_000;
                assertTrue(waited < 6000, "waited " + waited + " ms with lock_timeout 1500 ms: " + failure.getMessage());
                statement.execute("ROLLBACK");
            }
            Thread releaser;
            try (Connection writer = database.connect(); Statement statement = writer.createStatement()) {
                statement.execute("BEGIN EXCLUSIVE");
                releaser = new Thread(() -> {
                    try {
                        Thread.sleep(11_000);
                        statement.execute("ROLLBACK");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                releaser.start();
                // SQLite's fixed 10 s busy wait would give up before the writer's 11 s are over
                project.retort(Duration.ofSeconds(30)).upgrade("head");
                releaser.join();
            }
            assertTrue(project.tableExists("t01"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRES", "MYSQL", "SQLITE"})
    void aVersionTableOfTheEarlierReleaseIsReadAsItIsAndUpgradedByTheFirstWrite(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind)) {
            TestProject project = new TestProject(Files.createTempDirectory("retort-trust"), database);
            project.linear(2);
            String timestamp = database.dialect().timestampType();
            database.execute("CREATE TABLE retort_version (revision VARCHAR(64) NOT NULL PRIMARY KEY, state VARCHAR(16) NOT NULL,"
                            + " checksum VARCHAR(64) NOT NULL, message VARCHAR(500), applied_at " + timestamp + " NOT NULL,"
                            + " execution_ms BIGINT NOT NULL, applied_by VARCHAR(255), failed_statement INTEGER)",
                    "CREATE TABLE retort_audit (" + database.dialect().identityColumn("id") + ", logged_at " + timestamp
                            + " NOT NULL, revision VARCHAR(64), action VARCHAR(16) NOT NULL, outcome VARCHAR(16) NOT NULL,"
                            + " statement_number INTEGER, error " + database.dialect().textType() + ", execution_ms BIGINT,"
                            + " applied_by VARCHAR(255))",
                    "CREATE TABLE t01 (id INTEGER PRIMARY KEY, name VARCHAR(50))");
            String real = project.retort().upgradeSql("base:r01").lines().filter(l -> l.startsWith("INSERT INTO retort_version"))
                    .findFirst().orElseThrow();
            database.execute(real.substring(0, real.length() - 1));

            Status before = project.retort().status();
            assertEquals(List.of("r01"), before.currentHeads(), "read as it is");
            assertEquals(List.of("r02"), before.pending());
            assertEquals(8, columns(database), "reading changed nothing");

            project.retort().upgrade("head");
            assertEquals(14, columns(database), "progress, parents, downgrade and snapshot checksums added");
            assertEquals(Set.of("r01", "r02"), project.retort().databaseState().applied());
            assertEquals("", project.retort().databaseState().byId().get("r01").parents(),
                    "the row the offline script wrote is filled in by the first write");
            assertEquals("none", project.retort().databaseState().byId().get("r01").snapshotChecksum(),
                    "a hand-written revision has no snapshot, and that is recorded");
            assertTrue(project.retort().status().upToDate());
        }
    }

    private static int columns(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM retort_version WHERE 1 = 0")) {
            return rows.getMetaData().getColumnCount();
        }
    }

    private static boolean performanceSchema(TestDatabase database) {
        return "1".equals(database.column("SELECT @@performance_schema").get(0));
    }

    private static Migrator migrator(TestDatabase database, String name, Duration lockTimeout, StepListener listener) {
        ConnectionSettings settings = new ConnectionSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofSeconds(30), lockTimeout, name);
        var dialect = database.dialect();
        return new Migrator(dialect, ConnectionSource.of(database.url(), database.user(), database.password(),
                dialect.driverClass(), dialect.driverProperties(settings)), List.of(),
                new VersionTable(dialect, "retort_version", "retort_audit"), settings, "tester", listener);
    }

    private static Process child(TestProject project, TestDatabase database) throws java.io.IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FaultChild.class.getName(), project.directory().toString(),
                database.url(), String.valueOf(database.user()), String.valueOf(database.password()));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static void awaitSleep(TestDatabase database) throws InterruptedException {
        String sql = database.kind() == TestDatabase.Kind.POSTGRES
                ? "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%' AND pid <> pg_backend_pid()"
                : "SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(30)%' AND ID <> CONNECTION_ID()";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!"0".equals(database.column(sql).get(0))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the sleeping statement never started");
    }

    /** The killed client's statement goes on sleeping on the server; end it so the lock is free at once. */
    private static void killSleep(TestDatabase database) throws InterruptedException {
        if (database.kind() == TestDatabase.Kind.POSTGRES) {
            database.column("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'"
                    + " AND pid <> pg_backend_pid()");
        } else {
            for (String id : database.column("SELECT ID FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(30)%'"
                    + " AND ID <> CONNECTION_ID()")) {
                database.execute("KILL " + id);
            }
        }
        Thread.sleep(300);
    }
}
