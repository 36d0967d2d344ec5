package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.RevisionInfo;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code retort heads}. */
@Command(name = "heads", description = "Show the heads of the revision scripts.")
final class HeadsCli extends SubcommandCli {

    @Override
    public Integer call() {
        List<RevisionInfo> heads = retort().heads();
        if (options().json) {
            json(heads);
        } else {
            heads.forEach(h -> out().println(Reports.line(h)));
        }
        return ExitCodes.OK;
    }
}
