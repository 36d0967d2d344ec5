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
        java.nio.file.Path deleted = retort().delete(revision);
        if (options().json) {
            json(java.util.Map.of("deleted", deleted.toString()));
        }
        info("deleted " + deleted);
        return ExitCodes.OK;
    }
}
