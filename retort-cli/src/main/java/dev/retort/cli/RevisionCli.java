package dev.retort.cli;

import dev.retort.command.NewRevision;
import dev.retort.script.RevisionScript;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort revision -m MSG}. */
@Command(name = "revision", description = "Create a new revision script on the head.")
final class RevisionCli extends SubcommandCli {

    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "Build on this revision (head, base, an id, label@head).")
    String head;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Label the new revision (starts a named branch).")
    String branchLabel;

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision this one needs, without descending from it.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of 12 random hex digits.")
    String revisionId;

    @Option(names = "--splice", description = "Allow --head to name a revision that is not a head (starts a branch).")
    boolean splice;

    @Override
    public Integer call() {
        RevisionScript script = retort().revision(new NewRevision(message, head, branchLabel, dependsOn, revisionId,
                splice, "", ""));
        if (options().json) {
            json(java.util.Map.of("revision", script.id(), "path", script.location()));
        } else {
            out().println("created revision " + script.id() + ": " + script.location());
        }
        return ExitCodes.OK;
    }
}
