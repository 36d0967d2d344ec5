package dev.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves a {@link Target} to the revisions it stands for, given a graph and an applied set the
 * caller has already checked. An empty list means the empty database ({@code base}). Stateless
 * apart from its inputs; used by one thread.
 */
final class TargetResolver implements Target.Visitor<List<Revision>> {

    private final RevisionGraph graph;
    private final Set<String> applied;

    TargetResolver(RevisionGraph graph, Set<String> applied) {
        this.graph = graph;
        this.applied = applied;
    }

    @Override
    public List<Revision> base(Target.Base target) {
        return List.of();
    }

    @Override
    public List<Revision> head(Target.Head target) {
        List<Revision> heads = graph.heads();
        if (heads.size() > 1) {
            throw TargetParser.usage("`head` is ambiguous: there are " + heads.size() + " heads: "
                    + Describe.all(heads) + ". " + wayOut(heads, true));
        }
        return heads;
    }

    @Override
    public List<Revision> heads(Target.Heads target) {
        return graph.heads();
    }

    @Override
    public List<Revision> current(Target.Current target) {
        return graph.currentHeads(applied);
    }

    @Override
    public List<Revision> named(Target.Named target) {
        return List.of(graph.resolve(target.ref()));
    }

    @Override
    public List<Revision> labelHead(Target.LabelHead target) {
        Revision labelled = graph.resolve(target.label());
        List<Revision> heads = headsAbove(labelled);
        if (heads.size() > 1) {
            throw TargetParser.usage("`" + target.text() + "` is ambiguous: " + heads.size() + " heads descend from "
                    + labelled.describe() + ": " + Describe.all(heads) + ". " + wayOut(heads, false));
        }
        return heads;
    }

    @Override
    public List<Revision> relative(Target.Relative target) {
        return new RelativeSteps(graph, this).walk(target).revisions();
    }

    // Branches follow parents only: a revision that merely depends on the labelled one is on another branch.
    private List<Revision> headsAbove(Revision start) {
        Set<String> seen = new HashSet<>();
        Set<String> heads = new HashSet<>();
        Deque<Revision> todo = new ArrayDeque<>(List.of(start));
        seen.add(start.id());
        while (!todo.isEmpty()) {
            Revision at = todo.pop();
            List<Revision> children = graph.childList(at);
            if (children.isEmpty()) {
                heads.add(at.id());
            }
            for (Revision child : children) {
                if (seen.add(child.id())) {
                    todo.push(child);
                }
            }
        }
        return graph.order(heads);
    }

    private static String wayOut(List<Revision> heads, boolean mentionLabels) {
        List<String> ids = new ArrayList<>();
        heads.forEach(head -> ids.add(head.id()));
        return "Name one (`retort upgrade " + ids.get(0) + "`), use `heads` for all of them"
                + (mentionLabels ? ", `<label>@head` for the head of a labelled branch" : "")
                + ", or join them with `retort merge -m \"merge\" " + String.join(" ", ids) + "`";
    }
}
