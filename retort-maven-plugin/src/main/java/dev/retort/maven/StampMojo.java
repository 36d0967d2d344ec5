package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.StampResult;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort:stamp}: records revisions (and their ancestors) as applied without running them; {@code base} clears. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class StampMojo extends RetortMojo {

    /** The revisions to record, comma-separated in {@code -Dretort.revisions}. */
    @Parameter(property = "retort.revisions")
    private List<String> revisions = new ArrayList<>();

    @Override
    void run(Retort retort) {
        if (revisions.isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "stamp needs the revisions to record: give"
                    + " -Dretort.revisions=REV (an id, head, or base to clear)");
        }
        StampResult result = retort.stamp(revisions);
        result.added().forEach(id -> getLog().info("stamped " + id));
        result.removed().forEach(id -> getLog().info("unstamped " + id));
        if (result.added().isEmpty() && result.removed().isEmpty()) {
            getLog().info("nothing to stamp: the version table already says so");
        }
    }
}
