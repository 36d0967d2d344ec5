package dev.retort.cli;

import dev.retort.ScriptInfo;
import dev.retort.Reports;
import dev.retort.AutogenerateOptions;
import dev.retort.NewRevision;
import dev.retort.Retort;
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

    @Option(names = "--autogenerate", description = "Fill the revision from the difference between the model and the database.")
    boolean autogenerate;

    @Option(names = "--rename-table", paramLabel = "OLD=NEW", description = "With --autogenerate: a renamed table, not a drop and an add.")
    List<String> renameTables = new ArrayList<>();

    @Option(names = "--rename-column", paramLabel = "TABLE.OLD=NEW", description = "With --autogenerate: a renamed column.")
    List<String> renameColumns = new ArrayList<>();

    @Option(names = "--allow-empty", description = "With --autogenerate: write a revision even when nothing differs.")
    boolean allowEmpty;

    @Override
    public Integer call() {
        if (autogenerate) {
            return autogenerate();
        }
        ScriptInfo script = retort().revision(new NewRevision(message, head, branchLabel, dependsOn, revisionId,
                splice, "", ""));
        if (options().json) {
            json(Reports.object("revision", script.id(), "path", script.location()));
        } else {
            out().println("created revision " + script.id() + ": " + script.location());
        }
        return ExitCodes.OK;
    }

    private int autogenerate() {
        Retort.Generated generated = retort().autogenerate(message,
                new AutogenerateOptions(renameTables, renameColumns, allowEmpty));
        DiffCli.warn(this, generated.changes());
        if (options().json) {
            java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
            map.put("revision", generated.script() == null ? null : generated.script().id());
            map.put("path", generated.script() == null ? null : generated.script().location());
            map.putAll(Reports.fields(generated.changes()));
            json(map);
            return ExitCodes.OK;
        }
        if (generated.script() == null) {
            out().println("no changes: the database matches the model, so no revision was written"
                    + " (--allow-empty writes one anyway)");
            return ExitCodes.OK;
        }
        out().println("created revision " + generated.script().id() + " with " + generated.changes().upgrade().size()
                + " operation(s): " + generated.script().location());
        return ExitCodes.OK;
    }
}
