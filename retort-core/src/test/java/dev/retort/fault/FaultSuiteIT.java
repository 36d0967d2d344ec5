package dev.retort.fault;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.DatabaseState;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.AppliedRevision;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fault suite: a child process upgrading revisions of several statements is killed with {@code kill -9} at
 * seeded random moments, on PostgreSQL (scripts marked {@code transactional false}), MariaDB and SQLite. After each
 * kill the state {@code status} reports must match the tables that really exist, and the documented recovery must
 * bring the database to head. Network faults are in {@link NetworkFaultsIT}; both write
 * {@code target/fault-report.md}.
 */
class FaultSuiteIT {

    static final long SEED = Long.getLong("retort.fault.seed", 20261207L);
    static final FaultReport REPORT = new FaultReport(SEED);
    private static final int REVISIONS = 4;
    private static final int STATEMENTS = 3;
    private static final int TRIALS = Integer.getInteger("retort.fault.trials", 5);

    @AfterAll
    static void writeReport() {
        REPORT.write(Path.of("target", "fault-report.md"));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRES", "MYSQL", "SQLITE"})
    void killDuringUpgradeLeavesAnHonestStateAndARecovery(TestDatabase.Kind kind) throws Exception {
        Random random = new Random(SEED + kind.ordinal());
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < TRIALS; trial++) {
            try (TestDatabase database = TestDatabase.create(kind)) {
                failures.addAll(trial(database, random.nextInt(1800)));
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /**
     * A full disk, injected by SQLite's page limit on the migration connection (the write fails with SQLITE_FULL as on a
     * full disk): the revision that filled it is rolled back, the one before stays, and once there is room again
     * {@code retort upgrade} finishes.
     */
    @org.junit.jupiter.api.Test
    void aFullDiskOnSqliteKeepsWhatCompletedAndTheUpgradeFinishesOnceThereIsRoom() throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            TestProject project = new TestProject(Files.createTempDirectory("retort-full"), database);
            project.tableScript("r01", "", "small");
            project.script("r02", "r01", "CREATE TABLE filler (id INTEGER);\nCREATE TABLE big AS WITH RECURSIVE c(x) AS"
                    + " (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) SELECT x, 'some text to fill pages' AS t FROM c;",
                    "DROP TABLE big;\nDROP TABLE filler;");
            Retort full = retort(project, database, database.url() + "?max_page_count=60");
            dev.retort.RetortException failure = org.junit.jupiter.api.Assertions.assertThrows(dev.retort.RetortException.class,
                    () -> full.upgrade("head"));
            String message = failure.getMessage();
            DatabaseState state = project.retort().databaseState();
            boolean honest = state.applied().equals(java.util.Set.of("r01")) && project.tableExists("small")
                    && !project.tableExists("filler") && !project.tableExists("big");
            project.retort().upgrade("head");
            boolean recovered = project.retort().status().upToDate() && project.tableExists("big");
            REPORT.add(new FaultReport.Entry("sqlite", "disk full (page limit) during statement 2 of r02", describe(state)
                    + "; message: " + message.lines().findFirst().orElse(""), honest, recovered, "free space, then `retort upgrade`"));
            org.junit.jupiter.api.Assertions.assertTrue(message.contains("r02") && message.contains("statement 2")
                    && message.toLowerCase().contains("full"), message);
            org.junit.jupiter.api.Assertions.assertTrue(honest, describe(state));
            org.junit.jupiter.api.Assertions.assertTrue(recovered);
        }
    }

    private List<String> trial(TestDatabase database, int killAfterMillis) throws Exception {
        Path directory = Files.createTempDirectory("retort-fault");
        TestProject project = new TestProject(directory, database);
        workload(project, database.kind());
        Process child = child(directory, database);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = reader(child, lines);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (lines.stream().noneMatch(l -> l.startsWith("starting")) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(killAfterMillis);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the client
        child.waitFor(10, TimeUnit.SECONDS);
        reader.join(2000);
        List<String> done = lines.stream().filter(l -> l.startsWith("done ")).map(l -> l.substring(5)).toList();

        Retort retort = project.retort();
        DatabaseState state = retort.databaseState();
        List<String> problems = retort.status().problems();
        List<String> lies = honesty(project, state, problems, done);
        String found = describe(state) + (done.isEmpty() ? "" : "; reported done: " + String.join(", ", done));

        awaitOrphanedStatement(database);
        String recovery = undoUnfinished(project, database, state);
        boolean recovered;
        try {
            project.retort().upgrade("head");
            recovered = project.retort().status().upToDate() && allTables(project);
        } catch (RuntimeException e) {
            recovered = false;
            lies.add("recovery failed: " + e.getMessage());
        }
        REPORT.add(new FaultReport.Entry(database.kind().name().toLowerCase(), "kill -9 " + killAfterMillis
                + " ms after the first revision started", found, lies.isEmpty() || lies.stream().allMatch(l -> l.startsWith("recovery")),
                recovered, recovery + "`retort upgrade`"));
        List<String> failures = new ArrayList<>();
        lies.forEach(l -> failures.add(database.kind() + " kill after " + killAfterMillis + " ms: " + l + " (state: " + found + ")"));
        if (!recovered && lies.stream().noneMatch(l -> l.startsWith("recovery"))) {
            failures.add(database.kind() + " kill after " + killAfterMillis + " ms: recovery did not reach head");
        }
        return failures;
    }

    /** Four revisions of three slow statements, each statement creating its own table. */
    static void workload(TestProject project, TestDatabase.Kind kind) {
        for (int r = 1; r <= REVISIONS; r++) {
            StringBuilder up = new StringBuilder();
            StringBuilder down = new StringBuilder();
            for (int s = 1; s <= STATEMENTS; s++) {
                up.append("CREATE TABLE ").append(table(r, s)).append(" AS ").append(slowSelect(kind)).append(";\n");
                down.insert(0, "DROP TABLE " + table(r, s) + ";\n");
            }
            String id = String.format("r%02d", r);
            project.write(id, "-- retort:revision " + id + "\n-- retort:parents " + (r == 1 ? "" : String.format("r%02d", r - 1))
                    + "\n-- retort:message fault " + r + "\n-- retort:created 2026-01-01T00:00:0" + r + "Z\n"
                    + (kind == TestDatabase.Kind.POSTGRES ? "-- retort:transactional false\n" : "")
                    + "\n-- retort:upgrade\n" + up + "\n-- retort:downgrade\n" + down);
        }
    }

    static String table(int revision, int statement) {
        return "f" + revision + "_" + statement;
    }

    private static String slowSelect(TestDatabase.Kind kind) {
        return switch (kind) {
            case POSTGRES -> "SELECT g AS id FROM generate_series(1, 1000) g, pg_sleep(0.12) AS pause";
            case MYSQL -> "SELECT SLEEP(0.12) AS pause";
            default -> "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 60000) SELECT x FROM c";
        };
    }

    /** What the version table says, checked against the tables: each mismatch is a lie. */
    static List<String> honesty(TestProject project, DatabaseState state, List<String> problems, List<String> done) {
        List<String> lies = new ArrayList<>();
        for (int r = 1; r <= REVISIONS; r++) {
            String id = String.format("r%02d", r);
            AppliedRevision row = state.byId().get(id);
            for (int s = 1; s <= STATEMENTS; s++) {
                boolean exists = project.tableExists(table(r, s));
                Boolean claimed = claimed(row, s);
                if (claimed != null && claimed != exists) {
                    lies.add(id + " statement " + s + ": version table says " + (claimed ? "committed" : "not committed")
                            + ", table " + (exists ? "exists" : "does not exist"));
                }
            }
            if (done.contains(id) && (row == null || !row.inEffect())) {
                lies.add(id + " was reported done but is not applied");
            }
            if (row != null && row.unfinished() && problems.stream().noneMatch(p -> p.contains(id))) {
                lies.add(id + " is unfinished but status reports no problem");
            }
        }
        return lies;
    }

    /** True/false when the row says the statement committed or not; null when it says it may have. */
    private static Boolean claimed(AppliedRevision row, int statement) {
        if (row == null) {
            return false;
        }
        if (!row.unfinished()) {
            return true;
        }
        AppliedRevision.Progress progress = row.progress();
        if (statement <= progress.statementsDone()) {
            return true;
        }
        return statement == progress.runningStatement() ? null : false;
    }

    static String describe(DatabaseState state) {
        if (state.rows().isEmpty()) {
            return "no revision recorded";
        }
        List<String> parts = new ArrayList<>();
        for (AppliedRevision row : state.rows()) {
            AppliedRevision.Progress progress = row.progress();
            parts.add(row.revision() + " " + row.state().name().toLowerCase()
                    + (row.unfinished() ? " (" + progress.statementsDone() + " committed"
                    + (progress.runningStatement() > 0 ? ", statement " + progress.runningStatement() + " may have" : "")
                    + (row.failedStatement() > 0 ? ", statement " + row.failedStatement() + " failed" : "") + ")" : ""));
        }
        return String.join(", ", parts);
    }

    /**
     * A PostgreSQL server runs a killed client's last statement to its end (it notices the client only when it
     * answers), so the statement that "may have" committed can still commit after the kill; an operator looks at
     * {@code pg_stat_activity} before undoing by hand, and so does this.
     */
    private static void awaitOrphanedStatement(TestDatabase database) throws InterruptedException {
        if (database.kind() != TestDatabase.Kind.POSTGRES) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && !database.column("SELECT pid FROM pg_stat_activity WHERE datname ="
                + " current_database() AND pid <> pg_backend_pid() AND state = 'active' AND application_name LIKE 'retort%'")
                .isEmpty()) {
            Thread.sleep(20);
        }
    }

    /** The documented recovery's manual part: undo what an unfinished upgrade committed (or may have). */
    static String undoUnfinished(TestProject project, TestDatabase database, DatabaseState state) {
        List<String> undone = new ArrayList<>();
        for (AppliedRevision row : state.failed()) {
            int r = Integer.parseInt(row.revision().substring(1));
            int last = Math.max(row.progress().statementsDone(), row.progress().runningStatement());
            for (int s = 1; s <= last; s++) {
                if (project.tableExists(table(r, s))) {
                    database.execute("DROP TABLE " + table(r, s));
                    undone.add(table(r, s));
                }
            }
        }
        if (state.failed().isEmpty()) {
            return "";
        }
        project.retort().repair(false);
        return (undone.isEmpty() ? "" : "drop " + String.join(", ", undone) + " by hand, ") + "`retort repair`, then ";
    }

    private static boolean allTables(TestProject project) {
        for (int r = 1; r <= REVISIONS; r++) {
            for (int s = 1; s <= STATEMENTS; s++) {
                if (!project.tableExists(table(r, s))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Process child(Path directory, TestDatabase database) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), FaultChild.class.getName(),
                directory.toString(), database.url(), String.valueOf(database.user()), String.valueOf(database.password()));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static Thread reader(Process child, List<String> lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        }, "child-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** A Retort on the database through another URL (a proxy), with extra settings. */
    static Retort retort(TestProject project, TestDatabase database, String url, String... settings) {
        RetortBuilder builder = Retort.builder().projectDirectory(project.directory()).readEnvironment(false).url(url);
        if (database.user() != null) {
            builder.user(database.user());
        }
        if (database.password() != null) {
            builder.password(database.password());
        }
        for (int i = 0; i < settings.length; i += 2) {
            builder.set(settings[i], settings[i + 1]);
        }
        return builder.build();
    }
}
