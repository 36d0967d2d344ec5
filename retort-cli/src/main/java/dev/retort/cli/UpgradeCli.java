package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.StartupOptions;
import dev.retort.StartupReport;
import dev.retort.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort upgrade [TARGET]}. */
@Command(name = "upgrade", description = "Apply pending revisions up to TARGET (default head).")
final class UpgradeCli extends SubcommandCli {

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "head, heads, an id, +N, label@head; with --sql: [FROM:]TO.")
    String target = "head";

    @Option(names = "--sql", description = "Print the SQL instead of running it (no database needed).")
    boolean sql;

    @Option(names = "--output", paramLabel = "FILE", description = "With --sql: write the SQL to FILE.")
    Path output;

    @Option(names = "--autogenerate", description = "Development start-up flow: apply pending revisions, then generate"
            + " and apply a revision for model changes (none when nothing changed).")
    boolean autogenerate;

    @Option(names = {"-m", "--message"}, description = "With --autogenerate: message of a generated revision.")
    String message = "model changes";

    @Option(names = "--allow-destructive", description = "With --autogenerate: allow generated steps that may lose data.")
    boolean allowDestructive;

    @Override
    public Integer call() throws IOException {
        if (sql) {
            OfflineOutput.requireWritable(this, output);
        }
        Retort retort = retort();
        if (sql) {
            return OfflineOutput.print(this, retort.upgradeSql(target), output);
        }
        if (autogenerate) {
            StartupReport report = retort.initAndUpgrade(StartupOptions.development()
                    .withAllowDestructive(allowDestructive).withMessage(message));
            if (options().json) {
                Map<String, Object> map = Reports.object("target", "heads", "steps", report.applied());
                map.put("generated", report.generated() == null ? null
                        : Reports.object("revision", report.generated().id(), "path", report.generated().location()));
                json(map);
            } else if (report.generated() != null) {
                info("generated and applied revision " + report.generated().id() + ": " + report.generated().location());
            } else {
                info(report.applied().isEmpty() ? "nothing to do: at head and matching the model"
                        : "upgraded " + report.applied().size() + " revision(s); the model matches");
            }
            return ExitCodes.OK;
        }
        List<StepResult> steps = retort.upgrade(target);
        if (options().json) {
            json(Reports.object("target", target, "steps", steps));
        } else if (steps.isEmpty()) {
            info("nothing to upgrade: the database is at " + target);
        } else {
            info("upgraded " + steps.size() + " revision(s)");
        }
        return ExitCodes.OK;
    }

    /** Writes offline SQL to a file or standard output. */
    static final class OfflineOutput {
        private OfflineOutput() {
        }

        /** Refuses, before any work, an --output whose directory is missing or that names a directory. */
        static void requireWritable(SubcommandCli command, Path output) {
            if (output == null) {
                return;
            }
            Path file = command.options().directory.resolve(output).toAbsolutePath().normalize();
            if (Files.isDirectory(file)) {
                throw new RetortException(RetortException.Kind.USAGE, "--output " + output + " is a directory;"
                        + " name a file in it, e.g. --output " + output.resolve("upgrade.sql"));
            }
            Path parent = file.getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new RetortException(RetortException.Kind.USAGE, "--output " + output + ": the directory "
                        + parent + " does not exist; create it first or write the file elsewhere");
            }
        }

        static int print(SubcommandCli command, String script, Path output) {
            if (output != null) {
                Path file = command.options().directory.resolve(output);
                try {
                    Files.writeString(file, script);
                } catch (IOException e) {
                    throw new RetortException(RetortException.Kind.USAGE, "cannot write --output " + output + ": "
                            + e.getMessage() + "; check that the directory exists and is writable", e);
                }
                command.info("wrote " + output);
            }
            if (command.options().json) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("output", output == null ? null : output.toString());
                map.put("sql", output == null ? script : null);
                command.json(map);
            } else if (output == null) {
                command.out().print(script);
            }
            return ExitCodes.OK;
        }
    }
}
