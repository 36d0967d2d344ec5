package dev.retort.cli;

import dev.retort.HistoryImportResult;
import dev.retort.ImportResult;
import dev.retort.Reports;
import dev.retort.Retort;
import dev.retort.RetortException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code retort import flyway|updown DIR}. */
@Command(name = "import", description = "Write another tool's migrations (flyway, updown) as the project's first revisions;"
        + " with --history, record them as applied as far as that tool's version table says.")
final class ImportCli extends SubcommandCli {

    @Parameters(index = "0", paramLabel = "TOOL", description = "flyway, or updown (golang-migrate, dbmate, goose, pop).")
    String tool;

    @Parameters(index = "1", paramLabel = "DIR", description = "The directory of the tool's migration files.")
    Path directory;

    @Option(names = "--placeholder", paramLabel = "NAME=VALUE", description = "flyway: a ${NAME} placeholder's value (repeatable).")
    Map<String, String> placeholders = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "updown: golang-migrate, dbmate, goose or pop (default: detected).")
    String format;

    @Option(names = "--dialect", paramLabel = "NAME", description = "updown (pop): the files of this dialect (postgres, mysql, sqlite3).")
    String dialect;

    @Option(names = "--history", arity = "0..1", fallbackValue = "", paramLabel = "URL",
            description = "Also record the revisions as applied from the tool's version table on URL (default: the project's database).")
    String history;

    @Option(names = "--history-table", paramLabel = "TABLE", description = "The tool's version table (default: the tool's own name).")
    String historyTable;

    @Override
    public Integer call() {
        Retort retort = retort();
        ImportResult imported = switch (tool) {
            case "flyway" -> retort.importFlyway(directory, placeholders);
            case "updown" -> retort.importUpDown(directory, format, dialect);
            default -> throw new RetortException(RetortException.Kind.USAGE, "unknown tool '" + tool + "' for import: use"
                    + " flyway or updown (golang-migrate, dbmate, goose, pop)");
        };
        imported.notes().forEach(note -> err().println("note: " + note));
        HistoryImportResult recorded = null;
        if (history != null) {
            if (!history.isEmpty()) {
                options().url = history;
            }
            Retort target = retort();
            recorded = tool.equals("flyway")
                    ? target.importFlywayHistory(historyTable == null ? "flyway_schema_history" : historyTable)
                    : target.importUpDownHistory(directory, format, historyTable);
            recorded.problems().forEach(problem -> err().println("warning: " + problem));
            recorded.notes().forEach(note -> err().println("note: " + note));
        }
        err().flush();
        if (options().json) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("revisions", imported.scripts().stream().map(s -> Reports.object("revision", s.id(), "path", s.location())).toList());
            map.put("notes", imported.notes());
            if (recorded != null) {
                map.put("at", recorded.at());
                map.put("stamped", recorded.stamped());
                map.put("problems", recorded.problems());
            }
            json(map);
        } else {
            List<String> ids = imported.scripts().stream().map(s -> s.id()).toList();
            out().println("imported " + ids.size() + " revision(s) from " + tool + ": " + String.join(", ", ids));
            if (recorded != null) {
                out().println(recorded.at() == null ? "recorded nothing: the version table shows no imported revision applied"
                        : "recorded " + recorded.stamped().size() + " revision(s) as applied (nothing was run); the database"
                        + " is at " + recorded.at());
            }
        }
        return recorded != null && !recorded.problems().isEmpty() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
    }
}
