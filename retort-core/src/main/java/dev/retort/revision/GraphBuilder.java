package dev.retort.revision;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates a set of revisions and builds the {@link RevisionGraph}. Collects every problem it
 * finds and reports them together, so a broken history is fixed in one pass. Used once, by one thread.
 */
final class GraphBuilder {

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Revision> byId = new LinkedHashMap<>();
    private final Map<String, Revision> byLabel = new LinkedHashMap<>();
    private final Map<String, List<String>> prerequisites = new LinkedHashMap<>();
    private final Map<String, List<String>> followers = new LinkedHashMap<>();

    private GraphBuilder() {
    }

    static RevisionGraph build(Collection<Revision> revisions) {
        return new GraphBuilder().run(List.copyOf(revisions));
    }

    private RevisionGraph run(List<Revision> revisions) {
        indexIds(revisions);
        linkEdges();
        indexLabels();
        List<Revision> ordered = Topology.order(byId.keySet(), byId, prerequisites, followers);
        if (ordered.size() < byId.size()) {
            reportCycles(ordered);
        }
        if (!problems.isEmpty()) {
            throw new RetortException(RetortException.Kind.SCRIPT, summary());
        }
        return new RevisionGraph(ordered, byLabel, prerequisites, followers);
    }

    private void indexIds(List<Revision> revisions) {
        Map<String, List<Revision>> sameId = new LinkedHashMap<>();
        for (Revision revision : revisions) {
            sameId.computeIfAbsent(revision.id(), id -> new ArrayList<>()).add(revision);
            byId.putIfAbsent(revision.id(), revision);
        }
        sameId.forEach((id, group) -> {
            if (group.size() > 1) {
                problems.add("revision id " + id + " is defined " + group.size() + " times, by "
                        + group.stream().map(r -> r.source().isEmpty() ? "(unknown source)" : r.source())
                                .collect(Collectors.joining(" and "))
                        + "; give all but one of them a new id, and fix the parent lines that point to it");
            }
        });
        checkIdRule();
    }

    /** Spelling, length, and uniqueness without regard to case (see {@link RevisionIds}). */
    private void checkIdRule() {
        Map<String, List<Revision>> sameFolded = new LinkedHashMap<>();
        for (Revision revision : byId.values()) {
            String problem = RevisionIds.problem(revision.id());
            if (problem != null) {
                problems.add("revision id " + revision.describe() + " " + problem + "; ids use " + RevisionIds.RULE);
            }
            sameFolded.computeIfAbsent(RevisionIds.foldCase(revision.id()), id -> new ArrayList<>()).add(revision);
        }
        sameFolded.values().forEach(group -> {
            if (group.size() > 1) {
                problems.add("revision ids " + group.stream().map(Revision::describe).collect(Collectors.joining(" and "))
                        + " differ only in case, and MySQL/MariaDB would take them for one; give all but one a new id");
            }
        });
    }

    private void indexLabels() {
        for (Revision revision : byId.values()) {
            for (String label : revision.branchLabels()) {
                Revision sameId = byId.get(label);
                Revision sameLabel = byLabel.putIfAbsent(label, revision);
                if (sameId != null) {
                    problems.add("branch label '" + label + "' of revision " + revision.describe()
                            + " is also the id of revision " + sameId.describe() + "; rename the label");
                } else if (sameLabel != null) {
                    problems.add("branch label '" + label + "' is used by both " + sameLabel.describe()
                            + " and " + revision.describe() + "; a label names one revision, so rename one of them");
                }
            }
        }
    }

    // Unknown references are reported and left out, so cycle finding still works on the rest.
    private void linkEdges() {
        for (String id : byId.keySet()) {
            followers.put(id, new ArrayList<>());
        }
        for (Revision revision : byId.values()) {
            Set<String> edges = new LinkedHashSet<>();
            link(revision, revision.parents(), "parent", "the parent line", edges);
            link(revision, revision.dependsOn(), "dependency", "the depends-on line", edges);
            prerequisites.put(revision.id(), List.copyOf(edges));
            for (String prerequisite : edges) {
                followers.get(prerequisite).add(revision.id());
            }
        }
        followers.replaceAll((id, list) -> List.copyOf(list));
    }

    private void link(Revision revision, List<String> refs, String what, String line, Set<String> edges) {
        for (String ref : refs) {
            if (byId.containsKey(ref)) {
                edges.add(ref);
            } else {
                problems.add("revision " + revision.describe() + " names " + what + " " + ref
                        + ", which no script defines; restore the missing script or fix " + line);
            }
        }
    }

    private void reportCycles(List<Revision> ordered) {
        Set<String> leftOut = new HashSet<>(byId.keySet());
        ordered.forEach(revision -> leftOut.remove(revision.id()));
        for (List<String> cycle : Topology.cycles(leftOut, prerequisites)) {
            String path = cycle.stream().map(id -> byId.get(id).describe()).collect(Collectors.joining(" -> "));
            problems.add("revisions form a cycle: " + path + " -> " + cycle.get(0)
                    + " (each names the next as parent or dependency); fix the parent lines so that history runs one way");
        }
    }

    private String summary() {
        if (problems.size() == 1) {
            return problems.get(0);
        }
        return "the revision scripts do not form a valid history; fix these " + problems.size() + " problems:\n  - "
                + String.join("\n  - ", problems);
    }
}
