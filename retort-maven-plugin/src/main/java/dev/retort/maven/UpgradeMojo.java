package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.StepResult;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort:upgrade}: applies pending revisions up to the target, under the database's migration lock. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class UpgradeMojo extends RetortMojo {

    /** Where to stop: {@code head}, {@code heads}, an id, {@code +N}, {@code label@head}. */
    @Parameter(property = "retort.target", defaultValue = "head")
    private String target;

    @Override
    void run(Retort retort) {
        List<StepResult> steps = retort.upgrade(target);
        getLog().info(steps.isEmpty() ? "nothing to upgrade: the database is at " + target
                : "upgraded " + steps.size() + " revision(s)");
    }
}
