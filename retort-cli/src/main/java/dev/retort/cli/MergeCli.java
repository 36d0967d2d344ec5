package dev.retort.cli;

import dev.retort.ScriptInfo;
import dev.retort.Reports;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort merge -m MSG REV...}. */
@Command(name = "merge", description = "Create a revision that joins several heads (e.g. 'heads').")
final class MergeCli extends SubcommandCli {

    @Option(names = {"-m", "--message"}, required = true, description = "What the merge is for.")
    String message;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "Revisions to join, or 'heads'.")
    List<String> revisions;

    @Override
    public Integer call() {
        ScriptInfo script = retort().merge(message, revisions);
        if (options().json) {
            json(Reports.object("revision", script.id(), "parents", script.parents(), "path", script.location()));
            return ExitCodes.OK;
        }
        out().println("created merge revision " + script.id() + " of " + String.join(", ", script.parents())
                + ": " + script.location());
        return ExitCodes.OK;
    }
}
