package dev.retort;

import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.AppliedRevision;
import dev.retort.runtime.Integrity;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Status, history and the other read-only reports. Stateless. */
final class Reporting {

    private Reporting() {
    }

    static Status status(Scripts scripts, DatabaseState state, dev.retort.spi.SplitterOptions options) {
        RevisionGraph graph = scripts.graph();
        Set<String> applied = state.applied();
        List<String> unknown = applied.stream().filter(id -> graph.find(id).isEmpty()).toList();
        Set<String> known = applied.stream().filter(id -> graph.find(id).isPresent()).collect(Collectors.toSet());
        List<String> current = new ArrayList<>(graph.currentHeads(known).stream().map(Revision::id).toList());
        current.addAll(unknown);
        List<String> heads = graph.heads().stream().map(Revision::id).toList();
        List<String> problems = new ArrayList<>();
        for (Integrity.Problem problem : Integrity.problems(scripts, state)) {
            problems.add(problem.describe());
        }
        for (AppliedRevision unfinished : state.unfinished()) {
            problems.add(Unfinished.describe(unfinished, scripts.find(unfinished.revision()), options));
        }
        List<String> pending = unknown.isEmpty()
                ? graph.upgradePlan(known, "heads").stream().map(Revision::id).toList() : List.of();
        return new Status(revisions(scripts, state, graph.revisions()), current, heads, pending, problems);
    }

    /** Revisions in a range ({@code FROM:TO}, either side optional), newest first; null or blank: all. */
    static List<RevisionInfo> history(Scripts scripts, DatabaseState state, String range) {
        List<Revision> revisions = scripts.graph().revisions();
        if (range != null && !range.isBlank()) {
            revisions = new ArrayList<>(scripts.graph().range(range, state.applied()));
            Collections.reverse(revisions);
        }
        return revisions(scripts, state, revisions);
    }

    /** Revisions with more than one child, and those children. */
    static Map<RevisionInfo, List<String>> branches(Scripts scripts, DatabaseState state) {
        RevisionGraph graph = scripts.graph();
        Map<RevisionInfo, List<String>> result = new java.util.LinkedHashMap<>();
        for (RevisionInfo point : revisions(scripts, state, graph.branchPoints())) {
            result.put(point, graph.children(point.id()).stream().map(Revision::id).toList());
        }
        return result;
    }

    /** Revisions newest first, with marks. */
    static List<RevisionInfo> revisions(Scripts scripts, DatabaseState state, List<Revision> revisions) {
        Set<String> applied = state.applied();
        Set<String> current = scripts.graph().currentHeads(applied.stream()
                        .filter(id -> scripts.graph().find(id).isPresent()).collect(Collectors.toSet()))
                .stream().map(Revision::id).collect(Collectors.toSet());
        Set<String> heads = scripts.graph().heads().stream().map(Revision::id).collect(Collectors.toSet());
        Map<String, AppliedRevision> rows = state.byId();
        List<RevisionInfo> infos = new ArrayList<>();
        for (Revision revision : revisions) {
            RevisionScript script = scripts.find(revision.id());
            AppliedRevision row = rows.get(revision.id());
            infos.add(RevisionInfo.of(revision, script == null ? null : script.location(), applied.contains(revision.id()),
                    current.contains(revision.id()), heads.contains(revision.id()), row != null && row.unfinished()));
        }
        Collections.reverse(infos);
        return infos;
    }
}
