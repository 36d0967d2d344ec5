package dev.retort.cli;

import dev.retort.script.RevisionScript;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code retort show REV}. */
@Command(name = "show", description = "Show one revision and its script.")
final class ShowCli extends SubcommandCli {

    @Parameters(paramLabel = "REV")
    String revision;

    @Override
    public Integer call() {
        RevisionScript script = retort().show(revision);
        if (options().json) {
            json(json(script));
            return ExitCodes.OK;
        }
        out().println("Revision: " + script.id());
        out().println("Parents:  " + (script.revision().parents().isEmpty() ? "<base>" : String.join(", ", script.revision().parents())));
        if (!script.revision().branchLabels().isEmpty()) {
            out().println("Labels:   " + String.join(", ", script.revision().branchLabels()));
        }
        if (!script.revision().dependsOn().isEmpty()) {
            out().println("Depends:  " + String.join(", ", script.revision().dependsOn()));
        }
        out().println("Message:  " + script.revision().message());
        out().println("Created:  " + script.revision().created());
        out().println("Path:     " + script.location());
        out().println("Checksum: " + script.checksum());
        out().println();
        out().println("-- upgrade");
        out().println(script.upgradeSql().strip());
        out().println();
        out().println("-- downgrade");
        out().println(script.reversible() ? script.downgradeSql().strip() : "(none: this revision cannot be downgraded)");
        return ExitCodes.OK;
    }

    private static Map<String, Object> json(RevisionScript script) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("revision", script.id());
        map.put("parents", script.revision().parents());
        map.put("branch_labels", script.revision().branchLabels());
        map.put("depends_on", script.revision().dependsOn());
        map.put("message", script.revision().message());
        map.put("created", script.revision().created() == null ? null : script.revision().created().toString());
        map.put("path", script.location());
        map.put("checksum", script.checksum());
        map.put("upgrade_sql", script.upgradeSql().strip());
        map.put("downgrade_sql", script.reversible() ? script.downgradeSql().strip() : null);
        return map;
    }
}
