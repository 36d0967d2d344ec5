package dev.retort.script;

import dev.retort.RetortException;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All revision scripts of a project and the graph they form. Immutable and thread-safe.
 */
public final class Scripts {

    private final Map<String, RevisionScript> byId;
    private final RevisionGraph graph;
    private final SnapshotFiles snapshots;

    private Scripts(Map<String, RevisionScript> byId, RevisionGraph graph, SnapshotFiles snapshots) {
        this.byId = byId;
        this.graph = graph;
        this.snapshots = snapshots;
    }

    /** Builds the graph; a broken graph (missing parent, cycle, …) is an error naming the scripts. */
    public static Scripts of(Collection<RevisionScript> scripts) {
        Map<String, RevisionScript> byId = new LinkedHashMap<>();
        scripts.forEach(s -> byId.put(s.id(), s));
        List<Revision> revisions = scripts.stream().map(RevisionScript::revision).toList();
        return new Scripts(Map.copyOf(byId), RevisionGraph.of(revisions), SnapshotFiles.NONE);
    }

    /** The same scripts, whose schema snapshots are found by {@code files}. */
    public Scripts withSnapshots(SnapshotFiles files) {
        return files == snapshots ? this : new Scripts(byId, graph, files);
    }

    /** Where the scripts' schema snapshots are found ({@link SnapshotFiles#NONE} for scripts built in memory). */
    public SnapshotFiles snapshots() {
        return snapshots;
    }

    public RevisionGraph graph() {
        return graph;
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public int size() {
        return byId.size();
    }

    /** The script of a revision known to the graph. */
    public RevisionScript get(String id) {
        RevisionScript script = byId.get(id);
        if (script == null) {
            throw new RetortException(RetortException.Kind.SCRIPT, "no script defines revision " + id
                    + "; run 'retort history' to list the known revisions");
        }
        return script;
    }

    /** The script of a revision, or null. */
    public RevisionScript find(String id) {
        return byId.get(id);
    }
}
