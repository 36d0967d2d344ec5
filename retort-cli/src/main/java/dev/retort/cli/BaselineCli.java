package dev.retort.cli;

import dev.retort.BaselineOptions;
import dev.retort.BaselineResult;
import dev.retort.Reports;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort baseline}. */
@Command(name = "baseline", description = "Write the first revision from the database as it is and record it as applied"
        + " here (nothing is run).")
final class BaselineCli extends SubcommandCli {

    @Option(names = {"-m", "--message"}, description = "The revision's message (default: baseline).")
    String message = "baseline";

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex digits.")
    String revisionId;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only tables matching (repeatable; * and ?).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out tables matching (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Override
    public Integer call() {
        BaselineResult result = retort().baseline(new BaselineOptions(message, revisionId, include, exclude));
        result.changes().skipped().forEach(skip -> err().println("warning: not reproduced by the baseline: "
                + skip.describe()));
        err().flush();
        if (options().json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("revision", result.script().id());
            map.put("path", result.script().location());
            map.put("stamped", true);
            map.putAll(Reports.fields(result.changes()));
            json(map);
            return ExitCodes.OK;
        }
        out().println("created base revision " + result.script().id() + " with " + result.changes().upgrade().size()
                + " operation(s): " + result.script().location());
        out().println("stamped " + result.script().id() + " as applied (nothing was run)");
        return ExitCodes.OK;
    }
}
