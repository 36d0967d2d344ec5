package dev.retort.cli;

import dev.retort.RepairResult;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort repair [--forget-missing]}. */
@Command(name = "repair", description = "Accept edited applied scripts' checksums and clear failed attempts.")
final class RepairCli extends SubcommandCli {

    @Option(names = "--forget-missing", description = "Also remove version rows of revisions whose scripts are gone.")
    boolean forgetMissing;

    @Override
    public Integer call() {
        RepairResult result = retort().repair(forgetMissing);
        if (options().json) {
            json(result);
            return ExitCodes.OK;
        }
        result.realigned().forEach(id -> info("accepted the edited script of " + id));
        result.cleared().forEach(id -> info("cleared the failed attempt of " + id));
        result.forgotten().forEach(id -> info("forgot " + id + " (its script is gone)"));
        result.missing().forEach(id -> out().println("left " + id + ": its script is gone; restore it, or add --forget-missing"));
        if (result.realigned().isEmpty() && result.cleared().isEmpty() && result.forgotten().isEmpty() && result.missing().isEmpty()) {
            info("nothing to repair");
        }
        return ExitCodes.OK;
    }
}
