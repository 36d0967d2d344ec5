package dev.retort.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * One in-process run of the command line in a project directory, with what it printed.
 *
 * @param code the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code retort -C directory args…} with captured writers. */
    static CliRun in(Path directory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = Stream.concat(Stream.of("-C", directory.toString()), Stream.of(args)).toArray(String[]::new);
        int code = RetortCli.execute(new PrintWriter(out), new PrintWriter(err), full);
        return new CliRun(code, out.toString(), err.toString());
    }
}
