package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.Status;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code retort current}. */
@Command(name = "current", description = "Show the revisions the database is at.")
final class CurrentCli extends SubcommandCli {

    @Override
    public Integer call() {
        Status status = retort().status();
        if (options().json) {
            json(Map.of("current", status.currentHeads()));
        } else if (status.currentHeads().isEmpty()) {
            out().println("(none: no revision is applied)");
        } else {
            status.revisions().stream().filter(r -> r.current()).forEach(r -> out().println(Reports.line(r)));
            status.currentHeads().stream()
                    .filter(id -> status.revisions().stream().noneMatch(r -> r.id().equals(id)))
                    .forEach(id -> out().println(id + " (unknown: no script defines it)"));
        }
        return ExitCodes.OK;
    }
}
