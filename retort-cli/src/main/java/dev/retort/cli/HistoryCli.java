package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort history [-r RANGE]}. */
@Command(name = "history", description = "List revisions, newest first.")
final class HistoryCli extends SubcommandCli {

    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", description = "FROM:TO, either side optional.")
    String range;

    @Override
    public Integer call() {
        List<RevisionInfo> revisions = retort().history(range);
        if (options().json) {
            json(revisions);
        } else {
            revisions.forEach(r -> out().println(Reports.line(r)));
        }
        return ExitCodes.OK;
    }
}
