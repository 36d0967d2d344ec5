package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.Retort;
import dev.retort.StepResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort downgrade [TARGET]}. */
@Command(name = "downgrade", description = "Undo revisions down to TARGET (default -1).")
final class DowngradeCli extends SubcommandCli {

    @Parameters(arity = "0..1", paramLabel = "TARGET", description = "-N, an id, REV-N, base; with --sql: FROM:TO.")
    String target = "-1";

    @Option(names = "--sql", description = "Print the SQL instead of running it (FROM:TO, no database needed).")
    boolean sql;

    @Option(names = "--output", paramLabel = "FILE", description = "With --sql: write the SQL to FILE.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (sql) {
            UpgradeCli.OfflineOutput.requireWritable(this, output);
        }
        Retort retort = retort();
        if (sql) {
            return UpgradeCli.OfflineOutput.print(this, retort.downgradeSql(target), output);
        }
        List<StepResult> steps = retort.downgrade(target);
        if (options().json) {
            json(Reports.object("target", target, "steps", steps));
        }
        info(steps.isEmpty() ? "nothing to downgrade" : "downgraded " + steps.size() + " revision(s)");
        return ExitCodes.OK;
    }
}
