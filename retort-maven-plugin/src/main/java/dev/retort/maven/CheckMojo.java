package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort:check}: fails the build when revisions are pending, an applied script changed or vanished, or
 * (with a model) the database drifted from it. Bound to {@code verify} when listed in the POM's executions; a
 * Java or entity model is read from the compiled classes, so run it after {@code compile}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class CheckMojo extends RetortMojo {

    @Override
    void run(Retort retort) throws MojoFailureException {
        Retort.Check check = retort.check();
        if (check.ok()) {
            Reports.checkPassed(check).forEach(getLog()::info);
            return;
        }
        throw new MojoFailureException(String.join(System.lineSeparator(), Reports.checkFailed(check)));
    }
}
