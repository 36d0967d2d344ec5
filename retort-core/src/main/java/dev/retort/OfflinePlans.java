package dev.retort;

import dev.retort.RetortConfig;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.runtime.OfflineScript;
import dev.retort.runtime.VersionTable;
import dev.retort.script.Scripts;
import dev.retort.spi.Dialect;
import java.util.List;
import java.util.Set;

/**
 * Offline ({@code --sql}) plans: without a database, the starting point comes from the range's FROM
 * side ({@code base} when left out), and the FROM revision itself is not run again. Stateless.
 */
final class OfflinePlans {

    private OfflinePlans() {
    }

    static String render(Scripts scripts, Dialect dialect, RetortConfig config, String appliedBy, String range,
                         Direction direction) {
        RevisionGraph graph = scripts.graph();
        int colon = range.indexOf(':');
        String from = colon < 0 || range.substring(0, colon).isEmpty() ? "base" : range.substring(0, colon);
        String to = colon < 0 ? range : range.substring(colon + 1);
        Set<String> start = graph.stampSet(from);
        String target = to.isEmpty() ? (direction == Direction.UP ? "heads" : "base") : to;
        List<Revision> plan = direction == Direction.UP ? graph.upgradePlan(start, target) : graph.downgradePlan(start, target);
        return OfflineScript.render(dialect, new VersionTable(dialect, config.versionTable(), config.auditTable(),
                config.schemas().size() > 1 ? config.schema() : null),
                scripts, plan, direction, appliedBy);
    }
}
