package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Retort;
import dev.retort.RetortException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad URLs carrying passwords, pointed at the real PostgreSQL and MariaDB of the tests: neither the command
 * line's output (in-process, streams captured, with and without {@code -v}), nor anything the drivers print
 * meanwhile, nor the library's exception (message and printed chain) shows the password.
 */
class SecretsIT {

    @TempDir
    Path project;

    /** An empty project: the command line refuses a directory that is none. */
    @BeforeEach
    void emptyProject() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
    }

    /** A URL or flags to try, the secret they carry, and the exit code expected. */
    record Case(String secret, int exit, String... args) {
    }

    @Test
    void postgresUrlsWithPasswordsNeverShowThem() {
        String server = hostAndPort("RETORT_TEST_POSTGRES_URL");
        check(List.of(
                new Case("S3cretPg1", 3, "--url", "jdbc:postgresql://" + server + "/test?password=S3cretPg1&sslmode=bogus"),
                new Case("S3cretPg2", 3, "--url", "jdbc:postgresql://" + host(server) + ":99999/test?password=S3cretPg2"),
                new Case("S3cretPg3", 3, "--url", "jdbc:postgresql://postgres:S3cretPg3@" + server + "/test"),
                new Case("S3cretPg4", 3, "--url", "jdbc:postgresql://" + server + "/test?user=postgres&sslpassword=S3cretPg4"
                        + "&sslmode=require"),
                new Case("S3cretPg5", 3, "--url", "jdbc:postgresql://" + server + "/no_such_db_rt?PassWord=S3cretPg5"),
                new Case("S3cretPg6", 3, "--url", "jdbc:postgresql://" + server + "/no_such_db_rt", "--user", "postgres",
                        "--password", "S3cretPg6")));
    }

    @Test
    void mariadbUrlsWithPasswordsNeverShowThem() {
        String server = hostAndPort("RETORT_TEST_MYSQL_URL");
        check(List.of(
                new Case("S3cretMy1", 3, "--url", "jdbc:mariadb://root:S3cretMy1@" + server + "/test"),
                new Case("S3cretMy2", 3, "--url", "jdbc:mariadb://" + server + "/test?user=root&password=S3cretMy2&connectTimeout=x"),
                new Case("S3cretMy3", 3, "--url", "jdbc:mariadb://" + server + "/test?user=nobody_rt&password=S3cretMy3"),
                new Case("S3cretMy4", 3, "--url", "jdbc:mariadb://" + server + "/test?user=root&pwd=S3cretMy4&sslMode=bogus"),
                new Case("S3cretMy5", 3, "--url", "jdbc:mysql://" + server + "/test?user=root&password=S3cretMy5&sslMode=bogus"),
                new Case("S3cretOra", 2, "--url", "jdbc:oracle:thin:scott/S3cretOra@" + server + ":orcl"),
                new Case("S3cretH2x", 3, "--url", "jdbc:h2:mem:rt;PASSWORD=S3cretH2x;NO_SUCH_SETTING=1")));
    }

    private void check(List<Case> cases) {
        List<String> leaks = new ArrayList<>();
        for (Case c : cases) {
            for (boolean verbose : List.of(false, true)) {
                String[] args = verbose ? concat(new String[] {"-v", "current"}, c.args()) : concat(new String[] {"current"}, c.args());
                Captured run = runCli(args);
                assertEquals(c.exit(), run.code(), String.join(" ", args) + "\n" + Shown.masked(run.err(), c.secret()));
                assertTrue(run.err().startsWith("error: "), run.err());
                if ((run.out() + run.err() + run.process()).contains(c.secret())) {
                    leaks.add("CLI " + String.join(" ", args).replace(c.secret(), "<SECRET>") + ":\n"
                            + Shown.masked(run.err() + run.process(), c.secret()));
                }
            }
            RetortException failure = assertThrows(RetortException.class, () -> library(c.args()).status());
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            if (trace.toString().contains(c.secret())) {
                leaks.add("library " + c.secret() + ":\n" + Shown.masked(trace.toString(), c.secret()));
            }
        }
        assertEquals(List.of(), leaks, "secrets shown (replaced here by <SECRET>)");
    }

    /** The CLI's flags as builder settings, as an application would configure the library. */
    private Retort library(String... args) {
        var builder = Retort.builder().projectDirectory(project).readEnvironment(false);
        for (int i = 0; i < args.length; i += 2) {
            builder.set(args[i].substring(2), args[i + 1]);
        }
        return builder.build();
    }

    record Captured(int code, String out, String err, String process) {
    }

    /** One in-process run; what drivers log to the process's standard streams meanwhile is captured too. */
    private Captured runCli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream systemErr = System.err;
        PrintStream systemOut = System.out;
        ByteArrayOutputStream process = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(process, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        try {
            String[] full = concat(new String[] {"-C", project.toString()}, args);
            int code = RetortCli.execute(new PrintWriter(out), new PrintWriter(err), full);
            return new Captured(code, out.toString(), err.toString(), process.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(systemErr);
            System.setOut(systemOut);
        }
    }

    private static String hostAndPort(String variable) {
        String url = System.getenv(variable);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(variable + " is not set: run the tests through bin/test");
        }
        int start = url.indexOf("//") + 2;
        int end = url.indexOf('/', start);
        return url.substring(start, end < 0 ? url.length() : end);
    }

    private static String host(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    /** Failure output with the test's own secret replaced, so that the report does not repeat it. */
    private static final class Shown {
        static String masked(String text, String secret) {
            return text.replace(secret, "<SECRET>");
        }
    }
}
