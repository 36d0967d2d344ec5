package dev.retort.cli;

import dev.retort.command.Status;
import picocli.CommandLine.Command;

/** {@code retort check}: exit 1 when the database is not at head. */
@Command(name = "check", description = "Exit 1 when revisions are pending or applied scripts changed; 0 when at head.")
final class CheckCli extends SubcommandCli {

    @Override
    public Integer call() {
        Status status = retort().status();
        if (options().json) {
            json(Printing.json(status));
        } else if (status.upToDate()) {
            info("ok: the database is at head (" + String.join(", ", status.currentHeads()) + ")");
        } else {
            if (!status.pending().isEmpty()) {
                out().println(status.pending().size() + " revision(s) pending: " + String.join(", ", status.pending())
                        + "; run 'retort upgrade'");
            }
            status.problems().forEach(p -> out().println("problem: " + p));
        }
        return status.upToDate() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }
}
