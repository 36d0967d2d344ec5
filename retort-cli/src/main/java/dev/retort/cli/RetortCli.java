package dev.retort.cli;

import dev.retort.RetortException;
import dev.retort.Redaction;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code retort} command: parses, runs one subcommand, prints, and exits with a documented code. */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0",
        description = "Schema migration for the JVM: revision scripts, applied in order, safely.")
public final class RetortCli implements Runnable {

    /** The exit codes as every usage message lists them, in the order of {@link ExitCodes}. */
    private static final Map<String, String> EXIT_CODES = exitCodes();

    /** Every subcommand, by name, created only when needed (see {@link #register}). */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    /** Options that take a value, so their value is not mistaken for the subcommand's name. */
    private static final Set<String> VALUED_OPTIONS = Set.of("-C", "--url", "--user", "--password");

    @Mixin
    GlobalOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'retort upgrade'; 'retort help' lists them");
    }

    /**
     * Runs the command line; output without colours.
     *
     * @param out  where results go
     * @param err  where messages and errors go
     * @param args the command line's arguments
     * @return the exit code, what {@link #main} exits with
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, CommandLine.Help.Ansi.OFF, args);
    }

    /** As {@link #execute(PrintWriter, PrintWriter, String...)}, with help in colour when {@code ansi} allows. */
    static int execute(PrintWriter out, PrintWriter err, CommandLine.Help.Ansi ansi, String... args) {
        CommandLine commandLine = new CommandLine(new RetortCli());
        register(commandLine, args);
        listExitCodes(commandLine.getCommandSpec());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(ansi));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(RetortCli::exitCode);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            boolean verbose = isVerbose(line);
            PrintWriter errors = line.getErr();
            // the one place errors leave the command line: secrets masked, the configured ones literally too
            java.util.Set<String> secrets = root(line).options.secrets();
            if (exception instanceof RetortException retort) {
                errors.println(Redaction.mask("error: " + retort.getMessage(), secrets));
            } else {
                errors.println(Redaction.mask("error: " + exception, secrets)
                        + " (an unexpected failure; please report it with the output of -v)");
            }
            if (verbose) {
                java.io.StringWriter trace = new java.io.StringWriter();
                exception.printStackTrace(new PrintWriter(trace));
                errors.print(Redaction.mask(trace.toString(), secrets));
            }
            errors.flush();
            return exitCode(exception);
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            PrintWriter errors = exception.getCommandLine().getErr();
            java.io.StringWriter usage = new java.io.StringWriter();
            UsageErrors.print(exception, new PrintWriter(usage));
            errors.print(Redaction.mask(usage.toString()));
            errors.flush();
            return ExitCodes.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The names of every subcommand, in the order usage lists them. */
    static Set<String> commandNames() {
        return SUBCOMMANDS.keySet();
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(String.valueOf(ExitCodes.OK), "done");
        codes.put(String.valueOf(ExitCodes.CHECK_FAILED), "a check found something (pending revisions, drift)");
        codes.put(String.valueOf(ExitCodes.USAGE), "bad usage, configuration or script");
        codes.put(String.valueOf(ExitCodes.DATABASE), "the database or a migration failed");
        return codes;
    }

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> map = new LinkedHashMap<>();
        map.put("init", InitCli::new);
        map.put("revision", RevisionCli::new);
        map.put("merge", MergeCli::new);
        map.put("upgrade", UpgradeCli::new);
        map.put("downgrade", DowngradeCli::new);
        map.put("stamp", StampCli::new);
        map.put("current", CurrentCli::new);
        map.put("heads", HeadsCli::new);
        map.put("branches", BranchesCli::new);
        map.put("history", HistoryCli::new);
        map.put("show", ShowCli::new);
        map.put("status", StatusCli::new);
        map.put("check", CheckCli::new);
        map.put("clean", CleanCli::new);
        map.put("delete", DeleteCli::new);
        map.put("repair", RepairCli::new);
        map.put("inspect", InspectCli::new);
        map.put("diff", DiffCli::new);
        map.put("help", CommandLine.HelpCommand::new);
        return map;
    }

    /**
     * Adds only the subcommand the arguments name. Picocli builds a model of every registered command by
     * reflection; for all seventeen that was a third of the start-up time of a command that needs one.
     * Without a recognisable subcommand (help, a typo) every one is registered, so usage and suggestions
     * stay complete.
     */
    static void register(CommandLine commandLine, String[] args) {
        String name = subcommandName(args);
        if (name != null && !name.equals("help")) {
            commandLine.addSubcommand(name, SUBCOMMANDS.get(name).get());
        } else {
            SUBCOMMANDS.forEach((key, factory) -> commandLine.addSubcommand(key, factory.get()));
        }
        commandLine.getSubcommands().values().forEach(RetortCli::addHelpOption);
    }

    /** {@code -h}/{@code --help} and the exit codes on every subcommand's usage ({@code help} has its own option). */
    private static void addHelpOption(CommandLine subcommand) {
        CommandLine.Model.CommandSpec spec = subcommand.getCommandSpec();
        if (spec.findOption("--help") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .description("Show this help message and exit.").build());
        }
        listExitCodes(spec);
    }

    private static void listExitCodes(CommandLine.Model.CommandSpec spec) {
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
    }

    private static String subcommandName(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (VALUED_OPTIONS.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return SUBCOMMANDS.containsKey(arg) ? arg : null;
            }
        }
        return null;
    }

    private static boolean isVerbose(CommandLine line) {
        return root(line).options.verbose;
    }

    private static RetortCli root(CommandLine line) {
        CommandLine root = line;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return (RetortCli) root.getCommand();
    }

    static int exitCode(Throwable exception) {
        if (exception instanceof RetortException retort) {
            return retort.kind().exitCode();
        }
        return ExitCodes.DATABASE;
    }

    /**
     * The {@code retort} command: runs it and exits with its exit code.
     *
     * @param args the command line's arguments
     */
    public static void main(String[] args) {
        java.util.List<String> flags = java.util.Arrays.asList(args);
        boolean verbose = flags.contains("-v") || flags.contains("--verbose");
        CliLoggerFinder.configure(verbose, flags.contains("-q") || flags.contains("--quiet"));
        DriverLogging.configure(verbose);
        // what reaches standard error besides Retort's own lines (drivers' logs with -v) is masked too
        java.io.PrintStream errors = MaskingStream.around(System.err);
        System.setErr(errors);
        PrintWriter out = new PrintWriter(System.out, false);
        PrintWriter err = new PrintWriter(errors, false);
        int code = execute(out, err, Terminal.ansi(System.console() != null, System.getenv()), args);
        errors.close();
        System.exit(code);
    }
}
