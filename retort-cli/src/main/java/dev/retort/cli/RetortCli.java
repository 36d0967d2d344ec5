package dev.retort.cli;

import dev.retort.RetortException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code retort} command: parses, runs one subcommand, prints, and exits with a documented code. */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0",
        description = "Schema migration for the JVM: revision scripts, applied in order, safely.",
        subcommands = {InitCli.class, RevisionCli.class, MergeCli.class, UpgradeCli.class, DowngradeCli.class,
                StampCli.class, CurrentCli.class, HeadsCli.class, BranchesCli.class, HistoryCli.class, ShowCli.class,
                StatusCli.class, CheckCli.class, CleanCli.class, DeleteCli.class, RepairCli.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a check found something (pending revisions, drift)",
                "2:bad usage, configuration or script", "3:the database or a migration failed"})
public final class RetortCli implements Runnable {

    @Mixin
    GlobalOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'retort upgrade'; 'retort help' lists them");
    }

    /** Runs the command line and returns the exit code (what {@link #main} exits with). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new RetortCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(RetortCli::exitCode);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            boolean verbose = isVerbose(line);
            PrintWriter errors = line.getErr();
            if (exception instanceof RetortException retort) {
                errors.println("error: " + retort.getMessage());
            } else {
                errors.println("error: " + exception + " (an unexpected failure; please report it with the output of -v)");
            }
            if (verbose) {
                exception.printStackTrace(errors);
            }
            errors.flush();
            return exitCode(exception);
        });
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            PrintWriter errors = exception.getCommandLine().getErr();
            errors.println("error: " + exception.getMessage());
            errors.println("Run 'retort " + exception.getCommandLine().getCommandName().replace("retort", "").strip()
                    + " --help' for usage.");
            errors.flush();
            return ExitCodes.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean isVerbose(CommandLine line) {
        CommandLine root = line;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return ((RetortCli) root.getCommand()).options.verbose;
    }

    static int exitCode(Throwable exception) {
        if (exception instanceof RetortException retort) {
            return retort.kind().exitCode();
        }
        return ExitCodes.DATABASE;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, false);
        PrintWriter err = new PrintWriter(System.err, false);
        System.exit(execute(out, err, args));
    }
}
