package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.Direction;
import dev.retort.Retort;
import dev.retort.StepListener;
import dev.retort.StepResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the global options, the writers, and a configured {@link Retort}. */
abstract class SubcommandCli implements Callable<Integer> {

    @ParentCommand
    RetortCli root;

    @Spec
    CommandSpec spec;

    GlobalOptions options() {
        return root.options;
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Progress lines, unless quiet or printing JSON. */
    void info(String line) {
        if (!options().quiet && !options().json) {
            out().println(line);
        }
    }

    void json(Object value) {
        out().println(Reports.json(value));
    }

    /**
     * The project's {@link Retort}, after making sure the directory is a project: a typo in {@code -C}
     * or a command run in the wrong directory is named as such, instead of reading (or, with SQLite,
     * creating) a database that has nothing to do with the project.
     */
    Retort retort() {
        ProjectDirectory.requireExists(options().directory);
        Retort retort = options().retort(listener(), spec.name());
        ProjectDirectory.requireProject(retort.config());
        return retort;
    }

    private StepListener listener() {
        return new StepListener() {
            @Override
            public void starting(String revision, String message, Direction direction) {
                if (!options().quiet && !options().json) {
                    out().print(direction.verb() + " " + revision + " " + message + " ... ");
                    out().flush();
                }
            }

            @Override
            public void finished(StepResult result) {
                if (!options().quiet && !options().json) {
                    out().println("done (" + result.statements() + (result.statements() == 1 ? " statement, " : " statements, ")
                            + result.executionMillis() + " ms)");
                }
            }

            @Override
            public void waiting(String message) {
                if (!options().quiet) {
                    err().println(message);
                    err().flush();
                }
            }
        };
    }
}
