package dev.retort.maven;

import dev.retort.Retort;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort:history}: revisions newest first, with {@code (current)} and {@code (head)} marks. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class HistoryMojo extends RetortMojo {

    /** {@code FROM:TO}, either side optional; unset: every revision. */
    @Parameter(property = "retort.range")
    private String range;

    @Override
    void run(Retort retort) {
        retort.history(range).forEach(info -> getLog().info(Reports.history(info)));
    }
}
