package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on the embedded SQLite default: output, JSON and exit codes. */
class RetortCliTest {

    @TempDir
    Path project;

    CliRun run(String... args) {
        return CliRun.in(project, args);
    }

    @Test
    void aWholeLifecycleThroughTheCommandLine() throws IOException {
        assertEquals(0, run("init").code());
        assertTrue(Files.exists(project.resolve("retort.toml")));
        CliRun first = run("revision", "-m", "create things", "--rev-id", "aaa111");
        assertEquals(0, first.code(), first.err());
        Path script = Files.list(project.resolve("migrations")).findFirst().orElseThrow();
        Files.writeString(script, Files.readString(script).replace("-- retort:upgrade\n", "-- retort:upgrade\nCREATE TABLE things (id INTEGER);\n")
                .replace("-- retort:downgrade\n", "-- retort:downgrade\nDROP TABLE things;\n"));
        assertEquals(0, run("revision", "-m", "second", "--rev-id", "bbb222").code());

        CliRun pending = run("check");
        assertEquals(1, pending.code());
        assertTrue(pending.out().contains("2 revision(s) pending"), pending.out());

        CliRun upgrade = run("upgrade");
        assertEquals(0, upgrade.code(), upgrade.err());
        assertTrue(upgrade.out().contains("upgrade aaa111 create things"), upgrade.out());
        assertEquals(0, run("check").code());

        CliRun status = run("status");
        assertTrue(status.out().contains("bbb222 (current) (head): second"), status.out());
        assertTrue(status.out().contains("0 pending"), status.out());

        CliRun json = run("--json", "status");
        assertTrue(json.out().contains("\"up_to_date\": true"), json.out());
        assertTrue(json.out().contains("\"current\": [\n    \"bbb222\"\n  ]"), json.out());

        CliRun sql = run("upgrade", "--sql", "aaa111:bbb222");
        assertTrue(sql.out().contains("INSERT INTO retort_version"), sql.out());
        assertFalse(sql.out().contains("CREATE TABLE things"), "FROM itself is not rerun: " + sql.out());

        assertEquals(0, run("downgrade", "base").code());
        assertTrue(run("--json", "current").out().contains("\"current\": []"));
        assertEquals(0, run("delete", "bbb222").code());
        assertEquals(1, run("history").out().lines().count());
    }

    @Test
    void exitCodesFollowTheContract() throws IOException {
        assertEquals(0, run("--help").code());
        CliRun unknown = run("frobnicate");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());
        assertEquals(2, run("upgrade", "--no-such-flag").code());

        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/x.sql"), "-- retort:revision x\n-- retort:parents ghost\n-- retort:upgrade\nSELECT 1;\n");
        CliRun badScript = run("upgrade");
        assertEquals(2, badScript.code());
        assertTrue(badScript.err().startsWith("error: "), badScript.err());
        assertTrue(badScript.err().contains("ghost"), badScript.err());
        assertFalse(badScript.err().contains("\tat "), "no stack trace without -v");
        assertTrue(run("-v", "upgrade").err().contains("\tat "), "a stack trace with -v");
        Files.delete(project.resolve("migrations/x.sql"));

        CliRun unreachable = run("--url", "jdbc:postgresql://127.0.0.1:1/none?password=hunter2", "status");
        assertEquals(3, unreachable.code(), unreachable.err());
        assertTrue(unreachable.err().contains("cannot connect"), unreachable.err());
        assertFalse(unreachable.err().contains("hunter2"), unreachable.err());

        CliRun notConfirmed = run("clean");
        assertEquals(2, notConfirmed.code());
        assertTrue(notConfirmed.err().contains("-y"), notConfirmed.err());
    }

    @Test
    void cleanCanBeDisabledForProduction() throws IOException {
        Files.writeString(project.resolve("retort.toml"), "clean_enabled = false\n");
        CliRun refused = run("clean", "-y");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("clean_enabled"), refused.err());
    }

    @Test
    void aCommandWaitingForTheLockSaysSoOnceAndNamesTheHolder() throws Exception {
        assertEquals(0, run("init").code());
        Files.writeString(project.resolve("retort.toml"), "lock_timeout = \"1s\"\n");
        assertEquals(0, run("revision", "-m", "slow", "--rev-id", "ccc333").code());
        Path script = Files.list(project.resolve("migrations")).findFirst().orElseThrow();
        Files.writeString(script, Files.readString(script).replace("-- retort:upgrade\n", "-- retort:upgrade\n"
                + "CREATE TABLE slow AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000000)"
                + " SELECT x FROM c;\n"));
        java.util.concurrent.CompletableFuture<CliRun> holder = java.util.concurrent.CompletableFuture.supplyAsync(() -> run("upgrade"));
        Path lockFile = project.resolve("retort.db-retort.lock");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((!Files.exists(lockFile) || Files.size(lockFile) == 0) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        CliRun waiter = run("upgrade");
        assertEquals(3, waiter.code(), waiter.out() + waiter.err());
        assertEquals(1, waiter.err().lines().filter(l -> l.startsWith("waiting for the migration lock")).count(), waiter.err());
        assertTrue(waiter.err().contains("'retort upgrade'") && waiter.err().contains("waiting up to 1 s"), waiter.err());
        assertEquals(0, holder.get().code(), holder.get().err());
    }
}
