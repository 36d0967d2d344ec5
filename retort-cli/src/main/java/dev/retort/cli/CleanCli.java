package dev.retort.cli;

import dev.retort.RetortException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort clean -y [--drop-all-tables --confirm-drop-all-tables [--drop-dependents-outside]]}. */
@Command(name = "clean", description = "Drop Retort's version and audit tables; with --drop-all-tables every table too.")
final class CleanCli extends SubcommandCli {

    @Option(names = {"-y", "--yes"}, description = "Confirm removing the migration history.")
    boolean yes;

    @Option(names = "--drop-all-tables", description = "Also drop every table and view in the schema, and every other managed schema (all data!).")
    boolean dropAllTables;

    @Option(names = "--confirm-drop-all-tables", description = "Confirm --drop-all-tables.")
    boolean confirmDropAll;

    @Option(names = "--drop-dependents-outside", description = "With --drop-all-tables: also accept that objects of"
            + " other schemas or databases depending on those tables (views, foreign keys...) are dropped with them"
            + " (PostgreSQL) or left broken (MySQL/MariaDB). Without it clean lists them and drops nothing.")
    boolean dropDependentsOutside;

    @Override
    public Integer call() {
        if (!yes) {
            throw new RetortException(RetortException.Kind.USAGE, "clean removes the migration history; run it again with -y to confirm");
        }
        if (dropAllTables != confirmDropAll) {
            throw new RetortException(RetortException.Kind.USAGE, "dropping every table deletes all data; give both"
                    + " --drop-all-tables and --confirm-drop-all-tables to do it");
        }
        if (dropDependentsOutside && !dropAllTables) {
            throw new RetortException(RetortException.Kind.USAGE, "--drop-dependents-outside only goes with"
                    + " --drop-all-tables --confirm-drop-all-tables");
        }
        List<String> statements = retort().clean(dropAllTables, dropDependentsOutside);
        if (options().json) {
            json(Map.of("statements", statements));
        }
        statements.forEach(sql -> info("ran: " + sql));
        info("clean done");
        return ExitCodes.OK;
    }
}
