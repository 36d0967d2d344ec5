package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.ScriptInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}. */
@Command(name = "show", description = "Show one revision and its script.")
final class ShowCli extends SubcommandCli {

    @Parameters(paramLabel = "REV")
    String revision;

    @Override
    public Integer call() {
        ScriptInfo script = retort().show(revision);
        if (options().json) {
            json(script);
            return ExitCodes.OK;
        }
        out().print(Reports.text(script));
        return ExitCodes.OK;
    }
}
