package dev.retort.cli;

import dev.retort.script.RevisionScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}. */
@Command(name = "show", description = "Show one revision and its script.")
final class ShowCli extends SubcommandCli {

    @Parameters(paramLabel = "REV")
    String revision;

    @Override
    public Integer call() {
        RevisionScript script = retort().show(revision);
        out().println("Revision: " + script.id());
        out().println("Parents:  " + (script.revision().parents().isEmpty() ? "<base>" : String.join(", ", script.revision().parents())));
        if (!script.revision().branchLabels().isEmpty()) {
            out().println("Labels:   " + String.join(", ", script.revision().branchLabels()));
        }
        if (!script.revision().dependsOn().isEmpty()) {
            out().println("Depends:  " + String.join(", ", script.revision().dependsOn()));
        }
        out().println("Message:  " + script.revision().message());
        out().println("Created:  " + script.revision().created());
        out().println("Path:     " + script.location());
        out().println("Checksum: " + script.checksum());
        out().println();
        out().println("-- upgrade");
        out().println(script.upgradeSql().strip());
        out().println();
        out().println("-- downgrade");
        out().println(script.reversible() ? script.downgradeSql().strip() : "(none: this revision cannot be downgraded)");
        return ExitCodes.OK;
    }
}
