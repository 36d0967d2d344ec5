package dev.retort.cli;

import dev.retort.RenameSuggestion;
import dev.retort.AutogenerateOptions;
import dev.retort.Changes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort diff}: what autogenerate would write, written nowhere. */
@Command(name = "diff", description = "Print the operations and SQL that would bring the database to the model; writes nothing.")
final class DiffCli extends SubcommandCli {

    @Option(names = "--rename-table", paramLabel = "OLD=NEW", description = "A renamed table, not a drop and an add.")
    List<String> renameTables = new ArrayList<>();

    @Option(names = "--rename-column", paramLabel = "TABLE.OLD=NEW", description = "A renamed column.")
    List<String> renameColumns = new ArrayList<>();

    @Override
    public Integer call() {
        Changes changes = retort().diff(new AutogenerateOptions(renameTables, renameColumns, false));
        if (options().json) {
            json(changes);
            return ExitCodes.OK;
        }
        if (changes.isEmpty()) {
            out().println("no changes: the database matches the model");
        } else {
            out().println("-- upgrade (" + changes.upgrade().size() + " operations)");
            out().print(changes.upgradeSql());
            out().println();
            out().println("-- downgrade");
            out().print(changes.downgradeSql());
        }
        warn(this, changes);
        return ExitCodes.OK;
    }

    /** Destructive steps, skipped objects and likely renames, on standard error. */
    static void warn(SubcommandCli command, Changes changes) {
        changes.destructive().forEach(step -> command.err().println("warning: destructive: " + step.destructiveReason()));
        changes.skipped().forEach(skip -> command.err().println("note: not compared: " + skip.describe()));
        changes.suggestions().forEach(s -> command.err().println("hint: " + s.description() + "? If so, pass "
                + (s.kind() == RenameSuggestion.Kind.TABLE ? "--rename-table " : "--rename-column ") + s.hint()));
        command.err().flush();
    }
}
