package dev.retort;

import dev.retort.ModelSettings.DriftSource;
import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.AppliedRevision;
import dev.retort.runtime.Integrity;
import dev.retort.schema.Schema;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import dev.retort.script.SnapshotFiles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drift for {@code check} and production start-up: the live schema compared with the schema snapshot of the
 * revision the database is at, or with the model, as {@code drift_source} says ({@link DriftSource}). The
 * snapshot needs no model, no scratch database and no right beyond reading the catalog. Stateless.
 *
 * <p>Which snapshot: the database's single current head's. A revision without one (hand-written, a merge) is
 * passed over to its parent only when it has one parent and its upgrade section has no statement, since then
 * it cannot have changed the schema; otherwise drift is not checked, and the note says so and why. A snapshot
 * that changed after its revision was applied (see {@link Integrity}) is not trusted.
 */
final class DriftCheck {

    /**
     * What drift check found. Immutable.
     *
     * @param changes what differs (null: not compared)
     * @param note    what was compared, or why nothing was; null when drift is not checked and nothing need be said
     * @param against what the database was compared with, for messages ("the model", "the schema snapshot of …")
     */
    record Result(Changes changes, String note, String against) {
        static Result notChecked(String note) {
            return new Result(null, note, null);
        }
    }

    /** A snapshot to compare with, or the reason there is none. */
    private record Found(Schema schema, String revision, String location, String problem) {
    }

    private DriftCheck() {
    }

    /** Drift of the database as it is now (the scripts and state read by the caller). */
    static Result run(Retort retort, Scripts scripts, DatabaseState state) {
        DriftSource source = retort.config().model().driftSource();
        Modelling modelling = retort.modelling();
        if (source == DriftSource.MODEL) {
            return modelling.configured() ? fromModel(retort, null)
                    : Result.notChecked("drift_source = \"model\", but no model is configured: drift not checked");
        }
        // A project with neither model nor drift_source set looks at its head's snapshot only (one file lookup at
        // every start), not down the history, which costs a split per revision on projects that have no snapshots.
        boolean walk = source == DriftSource.SNAPSHOT || modelling.configured();
        Found found = find(retort, scripts, state, walk);
        if (found.schema() != null) {
            Schema live = retort.migrator().read(modelling::live);
            String against = "the schema snapshot of revision " + found.revision();
            return new Result(modelling.changes(live, found.schema(), AutogenerateOptions.defaults()),
                    "compared with " + against + " (" + found.location() + ")", against);
        }
        if (source == DriftSource.AUTO) {
            // The model, as before snapshots existed; without one, nothing was ever compared, so nothing is said.
            return modelling.configured() ? fromModel(retort, found.problem() + "; compared with the model instead")
                    : Result.notChecked(null);
        }
        return Result.notChecked(found.problem() + ": drift not checked");
    }

    private static Result fromModel(Retort retort, String note) {
        Modelling modelling = retort.modelling();
        Modelling.Sides sides = modelling.sides(retort.migrator());
        Schema model = sides.model();
        Schema live = sides.live();
        return new Result(modelling.changes(live, model, AutogenerateOptions.defaults()),
                note == null ? "compared with the model" : note, "the model");
    }

    private static Found find(Retort retort, Scripts scripts, DatabaseState state, boolean walk) {
        RevisionGraph graph = scripts.graph();
        Set<String> known = state.applied().stream().filter(id -> graph.find(id).isPresent()).collect(Collectors.toSet());
        List<Revision> current = graph.currentHeads(known);
        if (current.isEmpty()) {
            return problem("no revision is applied, so there is no schema snapshot to compare with");
        }
        if (current.size() > 1) {
            return problem("the database is at several heads (" + current.stream().map(Revision::id)
                    .collect(Collectors.joining(", ")) + ") and a schema snapshot describes one revision; merge them"
                    + " ('retort merge -m MSG heads') and generate the next revision with autogenerate");
        }
        Revision at = current.get(0);
        Revision revision = at;
        while (true) {
            RevisionScript script = scripts.get(revision.id());
            SnapshotFiles.Snapshot snapshot = scripts.snapshots().find(script);
            if (snapshot != null) {
                return usable(retort, state, scripts, script, snapshot, at);
            }
            boolean unchanged = walk && revision.parents().size() == 1
                    && script.upgradeStatements(retort.dialectSpi().splitterOptions()).isEmpty();
            if (!unchanged) {
                return problem("no schema snapshot for revision " + revision.id()
                        + (revision == at ? "" : " (the nearest revision below " + at.id() + " that changes the schema)")
                        + ", as " + (revision.isMerge() ? "it is a merge revision" : "it was not written by autogenerate")
                        + ": only 'retort revision --autogenerate' records one, and the next autogenerated revision"
                        + " will have one");
            }
            revision = graph.get(revision.parents().get(0));
        }
    }

    private static Found usable(Retort retort, DatabaseState state, Scripts scripts, RevisionScript script,
                                SnapshotFiles.Snapshot snapshot, Revision at) {
        String id = script.id();
        AppliedRevision row = state.byId().get(id);
        if (row != null && Integrity.snapshotChanged(scripts, script, row)) {
            return problem("the schema snapshot of revision " + id + " (" + snapshot.location() + ") changed after the"
                    + " revision was applied, so it is not trusted; restore it from version control, or accept it with"
                    + " 'retort repair'");
        }
        try {
            Schema schema = Snapshots.read(snapshot.text(), retort.dialectSpi());
            String shown = id.equals(at.id()) ? id : id + " (revisions since, up to " + at.id() + ", change nothing)";
            return new Found(schema, shown, snapshot.location(), null);
        } catch (Snapshots.Unreadable e) {
            return problem("the schema snapshot of revision " + id + " (" + snapshot.location() + ") cannot be used: "
                    + e.getMessage());
        }
    }

    private static Found problem(String text) {
        return new Found(null, null, null, text);
    }
}
