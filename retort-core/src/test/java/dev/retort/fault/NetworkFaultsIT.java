package dev.retort.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.DatabaseState;
import dev.retort.Retort;
import dev.retort.AppliedRevision;
import dev.retort.runtime.MigrationFailure;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network faults between Retort and PostgreSQL or MariaDB, injected by a loopback {@link TcpProxy}: the network
 * going silent in the middle of a revision, and connections cut. Retort must fail in bounded time with the real
 * error, the revision, its file and the statement; the server must free the lock; the state must be honest and the
 * documented recovery must finish.
 */
class NetworkFaultsIT {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "network-fault");
        thread.setDaemon(true); // a hang on today's code must not keep the test JVM alive
        return thread;
    });

    @AfterAll
    static void writeReport() {
        FaultSuiteIT.REPORT.write(Path.of("target", "fault-report.md"));
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRES", "MYSQL"})
    void aSilentNetworkFailsInBoundedTimeAndTheServerFreesTheLock(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); TcpProxy proxy = proxy(database)) {
            TestProject project = project(database);
            Path script = sleepyRevision(project, kind);
            Retort proxied = FaultSuiteIT.retort(project, database, proxied(database, proxy), "socket_timeout", "1s",
                    "statement_socket_timeout", "2s", "lock_timeout", "20s");
            Future<?> upgrade = THREADS.submit(() -> proxied.upgrade("head"));
            awaitSleep(database);
            proxy.stopForwarding();
            long start = System.nanoTime();
            MigrationFailure failure = failure(upgrade, 20);
            long failedAfter = millisSince(start);
            assertWhere(failure, script);
            assertTrue(failedAfter < 10_000, "failed after " + failedAfter + " ms");

            // The server ends the lost session (idle limit twice the socket timeout), which frees the lock.
            start = System.nanoTime();
            DatabaseState state = project.retort().databaseState();
            String found = FaultSuiteIT.describe(state);
            boolean honest = honest(project, kind, state);
            String recovery = recover(project, database, state);
            long recoveredAfter = millisSince(start);
            FaultSuiteIT.REPORT.add(new FaultReport.Entry(kind.name().toLowerCase(), "network silent during statement 2 of"
                    + " r02 (socket_timeout 1s, statement_socket_timeout 2s): failed after " + failedAfter + " ms",
                    found, honest, true, recovery + "`retort upgrade` (lock freed by the server; done after "
                    + recoveredAfter + " ms)"));
            assertTrue(honest, found);
            assertTrue(recoveredAfter < 15_000, "recovery took " + recoveredAfter + " ms");
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"POSTGRES", "MYSQL"})
    void aCutConnectionReportsTheRealErrorWithTheRevisionFileAndStatement(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase database = TestDatabase.create(kind); TcpProxy proxy = proxy(database)) {
            TestProject project = project(database);
            Path script = sleepyRevision(project, kind);
            Retort proxied = FaultSuiteIT.retort(project, database, proxied(database, proxy));
            Future<?> upgrade = THREADS.submit(() -> proxied.upgrade("head"));
            awaitSleep(database);
            proxy.cutAll();
            MigrationFailure failure = failure(upgrade, 20);
            assertWhere(failure, script);
            assertFalse(failure.getMessage().contains("setAutoCommit"), failure.getMessage());
            assertTrue(failure.getMessage().toLowerCase().contains("i/o") || failure.getMessage().contains("onnection"),
                    failure.getMessage());

            DatabaseState state = project.retort().databaseState();
            String found = FaultSuiteIT.describe(state);
            boolean honest = honest(project, kind, state);
            String recovery = recover(project, database, state);
            FaultSuiteIT.REPORT.add(new FaultReport.Entry(kind.name().toLowerCase(), "connection cut during statement 2"
                    + " of r02", found, honest, true, recovery + "`retort upgrade`"));
            assertTrue(honest, found);
        }
    }

    private static MigrationFailure failure(Future<?> upgrade, int seconds) throws InterruptedException {
        try {
            upgrade.get(seconds, TimeUnit.SECONDS);
            return fail("the upgrade succeeded through a broken network");
        } catch (TimeoutException e) {
            upgrade.cancel(true);
            return fail("the upgrade still hangs after " + seconds + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MigrationFailure failure) {
                return failure;
            }
            throw new AssertionError("not a migration failure: " + e.getCause(), e.getCause());
        }
    }

    private static void assertWhere(MigrationFailure failure, Path script) {
        assertEquals("r02", failure.revision(), failure.getMessage());
        assertEquals(2, failure.statementNumber(), failure.getMessage());
        assertTrue(failure.getMessage().contains(script.getFileName().toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("statement 2"), failure.getMessage());
    }

    /** r01 a table; r02 a table, a statement that sleeps 1.5 s, another table. */
    private static Path sleepyRevision(TestProject project, TestDatabase.Kind kind) {
        project.tableScript("r01", "", "n1");
        String sleep = kind == TestDatabase.Kind.POSTGRES ? "SELECT pg_sleep(1.5) AS pause" : "SELECT SLEEP(1.5) AS pause";
        return project.script("r02", "r01", "CREATE TABLE n2a (id INTEGER);\n" + sleep + ";\nCREATE TABLE n2b (id INTEGER);",
                "DROP TABLE n2b;\nDROP TABLE n2a;");
    }

    /** Waits until the sleeping statement runs on the server. */
    private static void awaitSleep(TestDatabase database) throws InterruptedException {
        String sql = database.kind() == TestDatabase.Kind.POSTGRES
                ? "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(1.5)%' AND pid <> pg_backend_pid()"
                : "SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'SELECT SLEEP(1.5)%' AND ID <> CONNECTION_ID()";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!"0".equals(database.column(sql).get(0))) {
                return;
            }
            Thread.sleep(20);
        }
        fail("the revision's sleeping statement never started");
    }

    /** Whether the version table's story matches the tables n2a and n2b. */
    private static boolean honest(TestProject project, TestDatabase.Kind kind, DatabaseState state) {
        AppliedRevision row = state.byId().get("r02");
        boolean n2a = project.tableExists("n2a");
        boolean n2b = project.tableExists("n2b");
        if (row == null) {
            return !n2a && !n2b;
        }
        if (!row.unfinished()) {
            return n2a && n2b;
        }
        AppliedRevision.Progress progress = row.progress();
        return n2a == progress.statementsDone() >= 1 && !n2b && progress.statementsDone() <= 2;
    }

    /**
     * The documented recovery over a direct connection: once the server has freed the lock, 'retort upgrade'; where
     * an unfinished row lists committed statements, the retry first says so truthfully, then they are undone by hand.
     */
    private static String recover(TestProject project, TestDatabase database, DatabaseState state) {
        Retort direct = FaultSuiteIT.retort(project, database, database.url(), "lock_timeout", "20s");
        AppliedRevision row = state.byId().get("r02");
        String undo = "";
        if (row != null && row.unfinished() && project.tableExists("n2a")) {
            try {
                direct.upgrade("head");
                fail("a retry over a committed statement ran");
            } catch (MigrationFailure retry) {
                assertFalse(retry.getMessage().contains("nothing to undo"), retry.getMessage());
                assertTrue(retry.getMessage().contains("An earlier attempt") && retry.getMessage().contains("CREATE TABLE n2a"),
                        retry.getMessage());
            }
            database.execute("DROP TABLE n2a");
            direct.repair(false);
            undo = "the retry refuses, naming the committed statement; drop n2a by hand, `retort repair`, then ";
        }
        direct.upgrade("head");
        assertTrue(direct.status().upToDate(), direct.status().problems().toString());
        assertTrue(project.tableExists("n2b"));
        return undo;
    }

    private static TestProject project(TestDatabase database) throws java.io.IOException {
        return new TestProject(Files.createTempDirectory("retort-net"), database);
    }

    private static TcpProxy proxy(TestDatabase database) throws java.io.IOException {
        URI uri = URI.create(database.url().substring("jdbc:".length()));
        return new TcpProxy(uri.getHost(), uri.getPort());
    }

    private static String proxied(TestDatabase database, TcpProxy proxy) {
        URI uri = URI.create(database.url().substring("jdbc:".length()));
        return database.url().replace(uri.getHost() + ":" + uri.getPort(), "127.0.0.1:" + proxy.port());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

}
