package dev.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort delete REV}. */
@Command(name = "delete", description = "Delete the script of a revision that is not applied and has no children.")
final class DeleteCli extends SubcommandCli {

    @Parameters(paramLabel = "REV")
    String revision;

    @Override
    public Integer call() {
        info("deleted " + retort().delete(revision));
        return ExitCodes.OK;
    }
}
