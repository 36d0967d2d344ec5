package dev.retort.maven;

import dev.retort.RetortException;
import java.sql.SQLException;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Retort's errors as Maven's two failures, on the line the command line's exit codes draw: what the project must
 * fix (bad configuration, usage or script; exit 2) is a {@link MojoFailureException}, what went wrong in running
 * it (the database unreachable, a migration failed, the lock held too long; exit 3) a
 * {@link MojoExecutionException}. A check's finding (exit 1) is a {@code MojoFailureException} thrown by the goal.
 * Stateless.
 */
final class Failures {

    private Failures() {
    }

    static AbstractMojoExecutionException of(RetortException e) {
        String message = e.getMessage() + driverHint(e);
        return e.kind().exitCode() == RetortException.Kind.DATABASE.exitCode()
                ? new MojoExecutionException(message, e)
                : new MojoFailureException(message, e);
    }

    /** The JDBC driver is the build's to give, and the only place it can go is the plugin's dependencies. */
    private static String driverHint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && String.valueOf(cause.getMessage()).startsWith("No suitable driver")) {
                return "; the JDBC driver goes in the POM as a <dependency> of retort-maven-plugin (inside its"
                        + " <plugin> element, e.g. org.postgresql:postgresql)";
            }
        }
        return "";
    }
}
