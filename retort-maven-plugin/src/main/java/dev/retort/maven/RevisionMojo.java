package dev.retort.maven;

import dev.retort.AutogenerateOptions;
import dev.retort.NewRevision;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.ScriptInfo;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort:revision}: a new revision script on the head; with {@code autogenerate}, filled from the
 * difference between the model and the database. Runs {@code compile} first, so a Java or entity model is
 * the one in the sources now.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public final class RevisionMojo extends RetortMojo {

    /** What the revision does; required, except with {@code autogenerate} (default {@code model changes}). */
    @Parameter(property = "retort.message")
    private String message;

    /** Fill the revision from the model's difference with the database. */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    private boolean autogenerate;

    /** Build on this revision (head, base, an id, label@head). */
    @Parameter(property = "retort.head")
    private String head;

    /** Label the new revision (starts a named branch). */
    @Parameter(property = "retort.branch_label")
    private String branchLabel;

    /** Revisions this one needs without descending from them. */
    @Parameter(property = "retort.depends_on")
    private List<String> dependsOn = new ArrayList<>();

    /** This id instead of 12 random hex digits. */
    @Parameter(property = "retort.rev_id")
    private String revId;

    /** Allow {@code head} to name a revision that is not a head (starts a branch). */
    @Parameter(property = "retort.splice", defaultValue = "false")
    private boolean splice;

    /** With {@code autogenerate}: write a revision even when nothing differs. */
    @Parameter(property = "retort.allow_empty", defaultValue = "false")
    private boolean allowEmpty;

    /** With {@code autogenerate}: renamed tables, {@code OLD=NEW}. */
    @Parameter(property = "retort.rename_tables")
    private List<String> renameTables = new ArrayList<>();

    /** With {@code autogenerate}: renamed columns, {@code TABLE.OLD=NEW}. */
    @Parameter(property = "retort.rename_columns")
    private List<String> renameColumns = new ArrayList<>();

    @Override
    void run(Retort retort) {
        if (autogenerate) {
            autogenerate(retort);
            return;
        }
        if (message == null || message.isBlank()) {
            throw new RetortException(RetortException.Kind.USAGE, "a revision needs a message: give"
                    + " -Dretort.message=\"what it does\" (or <message> in the plugin's configuration)");
        }
        ScriptInfo script = retort.revision(new NewRevision(message, head, branchLabel, dependsOn, revId, splice,
                "", ""));
        getLog().info("created revision " + script.id() + ": " + shown(java.nio.file.Path.of(script.location())));
    }

    private void autogenerate(Retort retort) {
        Retort.Generated generated = retort.autogenerate(message == null || message.isBlank() ? "model changes" : message,
                new AutogenerateOptions(renameTables, renameColumns, allowEmpty));
        Reports.warnings(generated.changes()).forEach(getLog()::warn);
        if (generated.script() == null) {
            getLog().info("no changes: the database matches the model, so no revision was written"
                    + " (-Dretort.allow_empty writes one anyway)");
            return;
        }
        getLog().info("created revision " + generated.script().id() + " with " + generated.changes().upgrade().size()
                + " operation(s): " + shown(java.nio.file.Path.of(generated.script().location())));
    }
}
