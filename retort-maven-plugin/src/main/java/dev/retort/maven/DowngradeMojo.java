package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.StepResult;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort:downgrade}: undoes revisions down to the target (default {@code -1}). */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class DowngradeMojo extends RetortMojo {

    /** Where to stop: {@code -N}, an id, {@code REV-N}, {@code base}. */
    @Parameter(property = "retort.target", defaultValue = "-1")
    private String target;

    @Override
    void run(Retort retort) {
        List<StepResult> steps = retort.downgrade(target);
        getLog().info(steps.isEmpty() ? "nothing to downgrade" : "downgraded " + steps.size() + " revision(s)");
    }
}
