package dev.retort.cli;

import dev.retort.StampResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort stamp REV...}. */
@Command(name = "stamp", description = "Record REV (and its ancestors) as applied without running scripts; 'base' clears.")
final class StampCli extends SubcommandCli {

    @Parameters(arity = "1..*", paramLabel = "REV")
    List<String> revisions;

    @Override
    public Integer call() {
        StampResult result = retort().stamp(revisions);
        if (options().json) {
            json(result);
        }
        result.added().forEach(id -> info("stamped " + id));
        result.removed().forEach(id -> info("unstamped " + id));
        if (result.added().isEmpty() && result.removed().isEmpty()) {
            info("nothing to stamp: the version table already says so");
        }
        return ExitCodes.OK;
    }
}
