package dev.retort;

import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.Target;
import dev.retort.script.Scripts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Refuses a target that points the wrong way for its command — {@code upgrade -1}, {@code upgrade} to a
 * revision below where the database stands, {@code downgrade +1} — instead of reporting that there was
 * nothing to do, which reads as if the database were where the user asked. Stateless.
 */
final class TargetDirection {

    private TargetDirection() {
    }

    /** Refuses, before anything is read, the upgrade target that can only lie below: {@code -N}. */
    static void requireUpward(String target) {
        Target parsed = Target.parse(target);
        if (parsed instanceof Target.Relative relative && relative.anchor() instanceof Target.Current
                && relative.steps() < 0) {
            throw new RetortException(RetortException.Kind.USAGE, "upgrade moves the database up, but " + target
                    + " lies below where it is; to go down, run `retort downgrade " + target + "`");
        }
    }

    /** Refuses {@code +N} for a downgrade. */
    static void requireDownward(String target) {
        Target parsed = Target.parse(target);
        if (parsed instanceof Target.Relative relative && relative.anchor() instanceof Target.Current
                && relative.steps() > 0) {
            throw new RetortException(RetortException.Kind.USAGE, "downgrade moves the database down, but " + target
                    + " lies above where it is; to go up, run `retort upgrade " + target + "`");
        }
    }

    /**
     * A check of the database's state that refuses an upgrade target below its current heads: an applied
     * revision that is not a current head, or {@code base} once anything is applied (on an empty database
     * {@code upgrade base} is rightly nothing to do).
     */
    static Consumer<DatabaseState> notBelow(Scripts scripts, String target) {
        boolean base = Target.parse(target) instanceof Target.Base;
        return state -> {
            RevisionGraph graph = scripts.graph();
            Set<String> applied = state.applied();
            if (base && !applied.isEmpty()) {
                throw new RetortException(RetortException.Kind.USAGE, "upgrade moves the database up, but base is"
                        + " below where it is; to go down, run `retort downgrade base`");
            }
            if (applied.isEmpty() || !applied.stream().allMatch(id -> graph.find(id).isPresent())) {
                return; // nothing below, or a database ahead of the scripts, which integrity reports
            }
            Set<String> heads = new HashSet<>();
            graph.currentHeads(applied).forEach(revision -> heads.add(revision.id()));
            List<Revision> resolved = graph.resolveTarget(target, applied);
            for (Revision revision : resolved) {
                if (applied.contains(revision.id()) && !heads.contains(revision.id())) {
                    throw new RetortException(RetortException.Kind.USAGE, "upgrade moves the database up, but "
                            + revision.id() + " is below where it is (" + String.join(", ", heads) + "); to go back"
                            + " to it, run `retort downgrade " + revision.id() + "`");
                }
            }
        };
    }
}
