package dev.retort.revision;

import java.util.List;

/**
 * Walks {@code +N} and {@code -N} steps along a single line of parents. The walk follows the graph
 * alone: when it starts from the single current head, no child of that head is applied (else it
 * would not be a head), and no revision above is either (else there would be a second current
 * head), so "children not yet applied" are simply children. Used by one thread.
 */
final class RelativeSteps {

    /**
     * Where a walk ended: at a revision, or, when {@code at} is null, at the empty state; then
     * {@code leftBase} is the base revision the last step went down from (null when going up).
     */
    record Landing(Revision at, Revision leftBase) {
        List<Revision> revisions() {
            return at == null ? List.of() : List.of(at);
        }
    }

    private final RevisionGraph graph;
    private final TargetResolver resolver;

    RelativeSteps(RevisionGraph graph, TargetResolver resolver) {
        this.graph = graph;
        this.resolver = resolver;
    }

    Landing walk(Target.Relative target) {
        Revision start = anchor(target);
        return target.steps() > 0 ? up(target, start) : down(target, start);
    }

    /** The revision the steps start from; null for the empty state. */
    private Revision anchor(Target.Relative target) {
        List<Revision> found = target.anchor().accept(resolver);
        if (found.size() > 1) {
            throw TargetParser.usage("`" + target.text() + "` is ambiguous: the database has " + found.size()
                    + " current heads: " + Describe.all(found) + "; name the one to move from with REV"
                    + (target.steps() > 0 ? "+N" : "-N") + ", e.g. `" + found.get(0).id() + target.text() + "`");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private Landing up(Target.Relative target, Revision start) {
        Revision at = start;
        for (int step = 1; step <= target.steps(); step++) {
            List<Revision> next = at == null ? graph.bases() : graph.childList(at);
            if (next.isEmpty()) {
                throw pastHead(target, start, at, step - 1);
            }
            if (next.size() > 1) {
                throw at == null ? severalBases(target, next) : branchPoint(target, at, next);
            }
            at = next.get(0);
        }
        return new Landing(at, null);
    }

    private Landing down(Target.Relative target, Revision start) {
        if (start == null) {
            throw TargetParser.usage("`" + target.text() + "` goes below base: "
                    + (target.anchor() instanceof Target.Current ? "nothing is applied" : "there is nothing below base")
                    + ", so there is nothing to step down from");
        }
        int steps = -target.steps();
        Revision at = start;
        for (int step = 1; step <= steps; step++) {
            if (at.isMerge()) {
                throw TargetParser.usage("`" + target.text() + "` cannot step down through merge point " + at.describe()
                        + ": it has parents " + Describe.names(at.parents())
                        + "; go down to one of them by name (`retort downgrade " + at.parents().get(0) + "`)");
            }
            if (at.isBase()) {
                if (step == steps) {
                    return new Landing(null, at);
                }
                throw TargetParser.usage("`" + target.text() + "` goes past base: from " + start.describe() + " only "
                        + step + " step" + (step == 1 ? " is" : "s are") + " available, the last one to base");
            }
            at = graph.get(at.parents().get(0));
        }
        return new Landing(at, null);
    }

    private static RuntimeException pastHead(Target.Relative target, Revision start, Revision end, int available) {
        String from = start == null ? "the empty database" : start.describe();
        String tail = end == null ? "; the history has no revisions" : ", ending at head " + end.describe();
        return TargetParser.usage("`" + target.text() + "` goes past the last head: from " + from + " only " + available
                + " step" + (available == 1 ? " is" : "s are") + " available" + tail);
    }

    private static RuntimeException severalBases(Target.Relative target, List<Revision> bases) {
        return TargetParser.usage("`" + target.text() + "` starts from the empty database, which has " + bases.size()
                + " bases: " + Describe.all(bases) + "; name the one to start with (`retort upgrade "
                + bases.get(0).id() + "`)");
    }

    private static RuntimeException branchPoint(Target.Relative target, Revision at, List<Revision> children) {
        return TargetParser.usage("`" + target.text() + "` cannot choose at branch point " + at.describe()
                + ": it has children " + Describe.all(children) + "; name one of them (`retort upgrade "
                + children.get(0).id() + "`) or a branch head with `<label>@head`");
    }
}
