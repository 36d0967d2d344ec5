package dev.retort.maven;

import dev.retort.Retort;
import dev.retort.RetortException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code retort:clean}: drops Retort's version and audit tables; with {@code drop_all_tables} every table and view
 * of the schema too. Each needs its own confirmation, as on the command line; refused where
 * {@code clean_enabled = false}.
 */
@Mojo(name = "clean", requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME, threadSafe = true)
public final class CleanMojo extends RetortMojo {

    /** Confirms removing the migration history (the command line's {@code -y}). */
    @Parameter(property = "retort.confirm", defaultValue = "false")
    private boolean confirm;

    /** Also drop every table and view of the schema, and every other managed schema (all data). */
    @Parameter(property = "retort.drop_all_tables", defaultValue = "false")
    private boolean dropAllTables;

    /** Confirms {@code drop_all_tables}. */
    @Parameter(property = "retort.confirm_drop_all_tables", defaultValue = "false")
    private boolean confirmDropAllTables;

    /** With {@code drop_all_tables}: accept that objects outside the cleaned schemas that depend on them go too. */
    @Parameter(property = "retort.drop_dependents_outside", defaultValue = "false")
    private boolean dropDependentsOutside;

    @Override
    void run(Retort retort) {
        if (!confirm) {
            throw new RetortException(RetortException.Kind.USAGE, "clean removes the migration history; run it"
                    + " again with -Dretort.confirm to confirm");
        }
        if (dropAllTables != confirmDropAllTables) {
            throw new RetortException(RetortException.Kind.USAGE, "dropping every table deletes all data; give both"
                    + " -Dretort.drop_all_tables and -Dretort.confirm_drop_all_tables to do it");
        }
        if (dropDependentsOutside && !dropAllTables) {
            throw new RetortException(RetortException.Kind.USAGE, "-Dretort.drop_dependents_outside only goes with"
                    + " -Dretort.drop_all_tables -Dretort.confirm_drop_all_tables");
        }
        retort.clean(dropAllTables, dropDependentsOutside).forEach(sql -> getLog().info("ran: " + sql));
        getLog().info("clean done");
    }
}
