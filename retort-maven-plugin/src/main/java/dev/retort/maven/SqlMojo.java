package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort:sql}: the SQL an upgrade (or downgrade) would run, version-table statements included, written
 * to a file under {@code target/} for a DBA to review or run; no database is needed.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class SqlMojo extends RetortMojo {

    /** {@code [FROM:]TO} for an upgrade (default: base to {@code head}); {@code FROM:TO} for a downgrade. */
    @Parameter(property = "retort.range", defaultValue = "head")
    private String range;

    /** The downgrade's SQL instead of the upgrade's. */
    @Parameter(property = "retort.downgrade", defaultValue = "false")
    private boolean downgrade;

    /** The file written; default {@code target/retort/upgrade.sql} ({@code downgrade.sql}). */
    @Parameter(property = "retort.output")
    private File output;

    @Override
    void run(Retort retort) throws MojoExecutionException {
        String script = downgrade ? retort.downgradeSql(range) : retort.upgradeSql(range);
        Path file = (output != null ? output
                : new File(new File(buildDirectory(), "retort"), downgrade ? "downgrade.sql" : "upgrade.sql")).toPath();
        if (Files.isDirectory(file)) {
            throw new RetortException(RetortException.Kind.USAGE, "output " + file + " is a directory; name a file"
                    + " in it, e.g. -Dretort.output=" + file.resolve("upgrade.sql"));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, script);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage()
                    + "; check that the directory is writable", e);
        }
        getLog().info("wrote " + shown(file));
    }
}
