package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortException;
import java.io.File;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every goal shares: {@code skip}, the settings (POM, {@code -Dretort.*}, {@code retort.toml}), the
 * project's class path, the bridge from Retort's log to Maven's, and the one translation of a
 * {@link RetortException} into Maven's two failures. Not thread-safe; Maven makes one instance per execution.
 */
public abstract class RetortMojo extends AbstractMojo {

    /** The project the goal runs for: its directory, class path and settings (set by Maven). */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** The build the goal runs in, for its user properties ({@code -Dretort.KEY}; set by Maven). */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** This execution of the goal, whose name is the connection's application name (set by Maven). */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** Skips the goal, before any setting is read or database touched. */
    @Parameter(property = "retort.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Settings by their {@code retort.toml} key ({@code <url>}, {@code <lock_timeout>}, lists comma-separated);
     * they override the project's {@code retort.toml} and are overridden by {@code -Dretort.KEY}.
     */
    @Parameter
    private Map<String, String> settings;

    /** A settings file in {@code retort.toml} form read instead of the project's {@code retort.toml}. */
    @Parameter(property = "retort.config_file")
    private File configFile;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("skipped (retort.skip)");
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            if (!ProjectCheck.isProject(project, explicitSettings().locations(), configFile)) {
                getLog().info("skipped: " + project.getBasedir() + " is a POM module without " + ProjectCheck.FILE_NAME
                        + " or revision scripts");
                return;
            }
            runInProject();
        } catch (RetortException e) {
            AbstractMojoExecutionException failure = Failures.of(e);
            if (failure instanceof MojoFailureException projectMustFix) {
                throw projectMustFix;
            }
            throw (MojoExecutionException) failure;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    // "try": the log bridge is held for the goal's length and never named; closing it puts Maven's logging back
    @SuppressWarnings("try")
    private void runInProject() throws MojoExecutionException, MojoFailureException {
        try (ProjectClasspath classpath = ProjectClasspath.of(project, getClass().getClassLoader());
             LogBridge ignored = LogBridge.install(getLog())) {
            Thread.currentThread().setContextClassLoader(classpath.loader());
            run(build(classpath));
        }
    }

    /**
     * The goal's work with a {@code Retort} built from the project's settings.
     *
     * @param retort the project's Retort
     * @throws MojoFailureException   when the goal finds something the project must fix (a check)
     * @throws MojoExecutionException when the goal cannot do its work
     */
    abstract void run(Retort retort) throws MojoExecutionException, MojoFailureException;

    /** The project's base directory. */
    final File basedir() {
        return project.getBasedir();
    }

    /** A path as the user reads it best: relative to the project when it is inside it. */
    final String shown(java.nio.file.Path path) {
        java.nio.file.Path base = basedir().toPath().toAbsolutePath();
        java.nio.file.Path absolute = path.toAbsolutePath();
        return String.valueOf(absolute.startsWith(base) ? base.relativize(absolute) : absolute);
    }

    /** The project's build directory ({@code target}). */
    final File buildDirectory() {
        return new File(project.getBuild().getDirectory());
    }

    private ExplicitSettings explicitSettings() {
        return ExplicitSettings.of(settings, session.getUserProperties());
    }

    private Retort build(ProjectClasspath classpath) {
        ExplicitSettings explicit = explicitSettings();
        var builder = Retort.builder().projectDirectory(basedir().toPath()).classLoader(classpath.loader())
                .applicationName("retort " + mojoExecution.getGoal());
        if (configFile != null) {
            builder.configFile(configFile.toPath());
        }
        explicit.values().forEach(builder::set);
        if (!explicit.values().containsKey("model_classpath")) {
            // the build's own class path, never a stale copy named in retort.toml for the command line
            builder.set("model_classpath", String.join(",", classpath.elements()));
        }
        try {
            return builder.build();
        } catch (RetortException e) {
            throw explicit.explain(e);
        }
    }
}
