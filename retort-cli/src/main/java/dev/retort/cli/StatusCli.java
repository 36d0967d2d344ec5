package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.RevisionInfo;
import dev.retort.Status;
import picocli.CommandLine.Command;

/** {@code retort status}. */
@Command(name = "status", description = "Every revision with (current)/(head) marks and file paths, then what is pending.")
final class StatusCli extends SubcommandCli {

    @Override
    public Integer call() {
        Status status = retort().status();
        if (options().json) {
            json(status);
            return ExitCodes.OK;
        }
        print(this, status);
        return ExitCodes.OK;
    }

    static void print(SubcommandCli command, Status status) {
        command.out().print(Reports.text(status));
    }
}
