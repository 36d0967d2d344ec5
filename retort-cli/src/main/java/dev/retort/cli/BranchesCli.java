package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.RevisionInfo;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code retort branches}. */
@Command(name = "branches", description = "Show branch points: revisions with more than one child.")
final class BranchesCli extends SubcommandCli {

    @Override
    public Integer call() {
        Map<RevisionInfo, List<String>> branches = retort().branches();
        if (options().json) {
            json(branches.entrySet().stream().map(entry -> {
                Map<String, Object> point = Reports.fields(entry.getKey());
                point.put("children", entry.getValue());
                return point;
            }).toList());
            return ExitCodes.OK;
        }
        if (branches.isEmpty()) {
            info("no branch points");
        }
        branches.forEach((point, children) -> {
            out().println(Reports.line(point));
            children.forEach(child -> out().println("  -> " + child));
        });
        return ExitCodes.OK;
    }
}
