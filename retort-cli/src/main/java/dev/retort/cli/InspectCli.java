package dev.retort.cli;

import dev.retort.Reports;
import dev.retort.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort inspect}. */
@Command(name = "inspect", description = "Print the database schema as Retort reads it (--json: docs/inspect-json.md).")
final class InspectCli extends SubcommandCli {

    @Option(names = "--include", paramLabel = "GLOB", description = "Only tables matching (repeatable; * and ?).")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out tables matching (repeatable).")
    List<String> exclude = new ArrayList<>();

    @Override
    public Integer call() {
        Schema schema = retort().inspect(include, exclude);
        out().println(options().json ? Reports.json(schema) : Reports.text(schema));
        return ExitCodes.OK;
    }
}
