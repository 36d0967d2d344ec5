package dev.retort.cli;

import dev.retort.script.RevisionScript;
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
        RevisionScript script = retort().merge(message, revisions);
        if (options().json) {
            json(Printing.object("revision", script.id(), "parents", script.revision().parents(), "path", script.location()));
            return ExitCodes.OK;
        }
        out().println("created merge revision " + script.id() + " of " + String.join(", ", script.revision().parents())
                + ": " + script.location());
        return ExitCodes.OK;
    }
}
