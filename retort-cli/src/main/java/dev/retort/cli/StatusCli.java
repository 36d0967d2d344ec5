package dev.retort.cli;

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
            json(Printing.json(status));
            return ExitCodes.OK;
        }
        print(this, status);
        return ExitCodes.OK;
    }

    static void print(SubcommandCli command, Status status) {
        var out = command.out();
        if (status.revisions().isEmpty()) {
            out.println("no revisions yet: create one with 'retort revision -m MESSAGE'");
        }
        for (RevisionInfo info : status.revisions()) {
            String marks = info.marks().isEmpty() ? "" : " " + info.marks();
            out.println(info.id() + marks + ": " + info.message() + " (" + info.location() + ")");
        }
        out.println("current: " + (status.currentHeads().isEmpty() ? "(none)" : String.join(", ", status.currentHeads())));
        out.println(status.pending().size() + " pending" + (status.pending().isEmpty() ? "" : ": " + String.join(", ", status.pending())
                + " (run 'retort upgrade')"));
        status.problems().forEach(p -> out.println("problem: " + p));
    }
}
