package dev.retort.maven;

import dev.retort.RepairResult;
import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort:repair}: accepts edited applied scripts and clears failed attempts. */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class RepairMojo extends RetortMojo {

    /** Also remove the version rows of revisions whose scripts are gone. */
    @Parameter(property = "retort.forget_missing", defaultValue = "false")
    private boolean forgetMissing;

    @Override
    void run(Retort retort) {
        RepairResult result = retort.repair(forgetMissing);
        result.realigned().forEach(id -> getLog().info("accepted the edited script of " + id));
        result.cleared().forEach(id -> getLog().info("cleared the failed attempt of " + id));
        result.forgotten().forEach(id -> getLog().info("forgot " + id + " (its script is gone)"));
        result.missing().forEach(id -> getLog().warn("left " + id
                + ": its script is gone; restore it, or add -Dretort.forget_missing"));
        if (result.realigned().isEmpty() && result.cleared().isEmpty() && result.forgotten().isEmpty()
                && result.missing().isEmpty()) {
            getLog().info("nothing to repair");
        }
    }
}
