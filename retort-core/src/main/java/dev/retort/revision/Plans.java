package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Upgrade, downgrade and range plans over a {@link RevisionGraph}. Stateless. */
final class Plans {

    private Plans() {
    }

    static List<Revision> upgrade(RevisionGraph graph, Set<String> applied, List<Revision> targets) {
        Set<String> todo = graph.walkUp(ids(targets), true);
        todo.removeAll(applied);
        return List.copyOf(graph.order(todo));
    }

    static List<Revision> downgrade(RevisionGraph graph, Set<String> applied, Target target) {
        graph.requireKnown(applied);
        TargetResolver resolver = new TargetResolver(graph, applied);
        List<Revision> targets;
        if (target instanceof Target.Relative && ((Target.Relative) target).steps() < 0) {
            RelativeSteps.Landing landing = new RelativeSteps(graph, resolver).walk((Target.Relative) target);
            if (landing.at() == null) {
                // Below the base of one line: that line goes, other branches stay.
                return unapply(graph, applied, graph.walkDown(List.of(landing.leftBase().id()), true));
            }
            targets = landing.revisions();
        } else {
            targets = target.accept(resolver);
        }
        if (targets.isEmpty()) {
            return unapply(graph, applied, applied);
        }
        for (Revision revision : targets) {
            if (!applied.contains(revision.id())) {
                throw TargetParser.usage("revision " + revision.describe() + " is not applied; nothing to downgrade to."
                        + " Current heads: " + Describe.all(graph.currentHeads(applied))
                        + "; to go there, run `retort upgrade " + revision.id() + "`");
            }
        }
        Set<String> remove = graph.walkDown(ids(targets), false);
        remove.removeAll(graph.walkUp(ids(targets), true));
        return unapply(graph, applied, remove);
    }

    static List<Revision> range(RevisionGraph graph, Set<String> applied, TargetRange range) {
        graph.requireKnown(applied);
        TargetResolver resolver = new TargetResolver(graph, applied);
        List<String> from = ids(range.from().accept(resolver));
        List<String> to = ids(range.to().accept(resolver));
        Set<String> inside = graph.walkUp(to, true);
        if (!from.isEmpty()) {
            inside.retainAll(graph.walkDown(from, true));
        }
        if (inside.isEmpty() && !from.isEmpty() && !to.isEmpty()
                && !Collections.disjoint(graph.walkDown(to, true), from)) {
            throw TargetParser.usage("range '" + range.text() + "' runs backwards: " + range.from().text()
                    + " comes after " + range.to().text() + "; write the older end first, `"
                    + range.to().text() + ":" + range.from().text() + "`");
        }
        return newestFirst(graph, inside);
    }

    private static List<Revision> unapply(RevisionGraph graph, Set<String> applied, Collection<String> candidates) {
        Set<String> remove = new HashSet<>(candidates);
        remove.retainAll(applied);
        return newestFirst(graph, remove);
    }

    private static List<Revision> newestFirst(RevisionGraph graph, Set<String> ids) {
        List<Revision> plan = new ArrayList<>(graph.order(ids));
        Collections.reverse(plan);
        return List.copyOf(plan);
    }

    private static List<String> ids(List<Revision> revisions) {
        List<String> ids = new ArrayList<>(revisions.size());
        revisions.forEach(revision -> ids.add(revision.id()));
        return ids;
    }
}
