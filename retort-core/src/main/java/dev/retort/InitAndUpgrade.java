package dev.retort;

import dev.retort.ddl.SchemaTracker;
import dev.retort.op.MigrationOp;
import dev.retort.revision.Revision;
import dev.retort.runtime.LockedSession;
import dev.retort.runtime.MigrationFailure;
import dev.retort.schema.Schema;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import dev.retort.script.SnapshotFiles;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The start-up call of an application (DB-GPT's {@code _ddl_init_and_upgrade}, done right): under one
 * hold of the lock, apply pending revisions; in development also generate a revision for model changes
 * and apply it — nothing when nothing changed, nothing destructive unless allowed, and a generated
 * revision that fails is removed again with its effects undone. Stateless apart from its logger.
 */
final class InitAndUpgrade {

    private static final System.Logger LOG = System.getLogger("dev.retort");

    /** The seed's solutions, rewritten for Retort. */
    static final String REMEDIES = """

              How to go on:
                1. Fix the cause above and start again (or run 'retort upgrade'): Retort carries on from where it stopped.
                2. If the database already has these changes (made by hand), record them without running anything:
                   'retort stamp <revision>'.
                3. To restart the migration history but keep the data: 'retort clean -y', then 'retort stamp <revision>'
                   for the revision the schema matches.
                4. Development databases only, this DELETES ALL DATA: 'retort clean -y --drop-all-tables
                   --confirm-drop-all-tables', then start again.
              A database shared by several instances: every instance must ship the same revision scripts. Generate
              revisions while developing ('retort revision --autogenerate'), ship them with the application, and run
              the instances in production mode (StartupOptions.production()), which only applies them.""";

    private InitAndUpgrade() {
    }

    static StartupReport run(Retort retort, StartupOptions options) {
        if (!options.enabled()) {
            LOG.log(Level.INFO, "Retort start-up migration is disabled: the database is neither checked nor changed");
            return StartupReport.disabled();
        }
        if (options.mode() == StartupOptions.Mode.DEVELOPMENT) {
            LOG.log(Level.WARNING, "Retort runs in development mode: model changes become revisions at start-up."
                    + " Production instances should run StartupOptions.production() and ship their revisions.");
        }
        if (options.mode() == StartupOptions.Mode.PRODUCTION || !retort.modelling().configured()) {
            // A plain upgrade, which finds a database at head without taking the lock; then, in production, drift
            // from the schema snapshot of the revision the database is at (no model, no scratch database) or, as
            // drift_source says, from the model.
            Scripts scripts = retort.scripts();
            List<StepResult> applied;
            try {
                applied = retort.migrator().upgrade(scripts, "heads", state -> requireKnownRevisions(scripts, state));
            } catch (MigrationFailure failure) {
                throw new RetortException(RetortException.Kind.MIGRATION, failure.getMessage() + REMEDIES, failure);
            }
            if (options.mode() != StartupOptions.Mode.PRODUCTION) {
                return new StartupReport(true, applied, null, null);
            }
            DriftCheck.Result drift = DriftCheck.run(retort, scripts, retort.migrator().state());
            reportDrift(drift, options);
            return new StartupReport(true, applied, null, drift.changes(), drift.note());
        }
        return retort.migrator().locked(locked -> {
            // Read the scripts only now, under the lock: another instance may have just written one.
            Scripts scripts = retort.scripts();
            requireKnownRevisions(scripts, locked.state());
            List<StepResult> applied = new ArrayList<>(upgrade(locked, scripts, "heads"));
            Modelling modelling = retort.modelling();
            if (!modelling.configured()) {
                return new StartupReport(true, applied, null, null);
            }
            Schema live = modelling.live(locked.session());
            Schema model = modelling.model(() -> DatabaseProducts.of(locked.session()));
            Changes changes = modelling.changes(live, model, AutogenerateOptions.defaults());
            if (changes.isEmpty()) {
                LOG.log(Level.INFO, "The database matches the model: no revision generated");
                return new StartupReport(true, applied, null, changes);
            }
            requireSafe(changes, options);
            RevisionScript script = Authoring.create(scripts, retort.writableDirectory(), retort.config().fileTemplate(),
                    new NewRevision(options.message(), null, null, List.of(), null, false, changes.upgradeSql(),
                            changes.downgradeSql()));
            LOG.log(Level.INFO, "Generated revision {0} ({1}) for {2} model change(s)", script.id(), script.location(),
                    changes.upgrade().size());
            Snapshots.write(script, retort.dialectSpi(), model);
            applied.addAll(applyGenerated(retort, locked, script, changes, live));
            return new StartupReport(true, applied, ScriptInfo.of(script), changes);
        });
    }

    private static List<StepResult> upgrade(LockedSession locked, Scripts scripts, String target) {
        try {
            return locked.upgrade(scripts, target);
        } catch (MigrationFailure failure) {
            throw new RetortException(RetortException.Kind.MIGRATION, failure.getMessage() + REMEDIES, failure);
        }
    }

    private static void requireKnownRevisions(Scripts scripts, DatabaseState state) {
        List<String> unknown = state.applied().stream().filter(id -> scripts.find(id) == null).toList();
        if (!unknown.isEmpty()) {
            throw new RetortException(RetortException.Kind.SCRIPT, "the database is at revision(s) " + unknown
                    + ", which this instance does not have: another instance (or a newer release) generated or applied"
                    + " them. Nothing was changed. Give every instance the same revision scripts (copy the missing ones"
                    + " into " + String.join(", ", scriptsLocations(scripts)) + "), or deploy the release that has them."
                    + REMEDIES);
        }
    }

    private static List<String> scriptsLocations(Scripts scripts) {
        List<String> heads = scripts.graph().heads().stream().map(Revision::source).distinct().toList();
        return heads.isEmpty() ? List.of("the migrations directory") : heads;
    }

    private static void reportDrift(DriftCheck.Result drift, StartupOptions options) {
        Changes changes = drift.changes();
        if (changes == null || changes.isEmpty()) {
            if (drift.note() != null) {
                LOG.log(changes == null ? Level.WARNING : Level.INFO, "Retort drift check: " + drift.note());
            }
            return;
        }
        StringBuilder message = new StringBuilder("the database differs from " + drift.against() + " in "
                + changes.upgrade().size() + " way(s) after applying every shipped revision:");
        changes.upgrade().forEach(step -> message.append("\n  ").append(step.op().describe()));
        message.append("\n  Production start-up never generates revisions: write one while developing ('retort revision"
                + " --autogenerate -m MSG'), review it and ship it with the application.");
        if (options.onDrift() == StartupOptions.DriftAction.FAIL) {
            throw new RetortException(RetortException.Kind.MIGRATION, message.toString());
        }
        LOG.log(Level.WARNING, message.toString());
    }

    private static void requireSafe(Changes changes, StartupOptions options) {
        List<Changes.Step> destructive = changes.destructive();
        if (destructive.isEmpty() || options.allowDestructive()) {
            return;
        }
        StringBuilder message = new StringBuilder("the model changes would lose data, so no revision was generated and"
                + " nothing was changed:");
        destructive.forEach(step -> message.append("\n  ").append(step.op().destructiveReason()));
        message.append("\n  If that is intended, generate the revision by hand and review it ('retort revision"
                + " --autogenerate -m MSG', then 'retort upgrade'), or allow destructive changes at start-up"
                + " (StartupOptions.withAllowDestructive(true), 'retort upgrade --autogenerate --allow-destructive').");
        throw new RetortException(RetortException.Kind.USAGE, message.toString());
    }

    /** Applies the generated revision; if it fails, undoes what committed and removes the file again. */
    private static List<StepResult> applyGenerated(Retort retort, LockedSession locked, RevisionScript script,
                                                   Changes changes, Schema live) {
        try {
            return locked.upgrade(retort.scripts(), script.id());
        } catch (MigrationFailure failure) {
            String undone = "";
            if (!retort.dialectSpi().transactions().transactionalDdl()) {
                undone = compensate(retort, locked, changes, live, failure.statementNumber());
            }
            locked.forget(script.id(), "generated at start-up, failed, removed");
            delete(script);
            throw new RetortException(RetortException.Kind.MIGRATION, failure.getMessage() + undone
                    + "\n  The generated revision " + script.location() + " was removed again, so the next start is not"
                    + " stuck behind it." + REMEDIES, failure);
        }
    }

    /**
     * On databases where each DDL statement commits, runs the reverse of every op whose statements had
     * committed before the failure, last first, so the database is as it was before the revision.
     */
    private static String compensate(Retort retort, LockedSession locked, Changes changes, Schema live, int failedStatement) {
        List<MigrationOp> committed = new ArrayList<>();
        int seen = 0;
        for (Changes.Step step : changes.upgrade()) {
            if (seen >= failedStatement - 1) {
                break;
            }
            committed.add(step.op());
            seen += step.statements().size();
        }
        List<String> undone = new ArrayList<>();
        Schema schema = SchemaTracker.applyAll(live, committed);
        for (int i = committed.size() - 1; i >= 0; i--) {
            MigrationOp reverse = committed.get(i).reverse();
            try {
                retort.dialectSpi().ddlRenderer().render(List.of(reverse), schema).forEach(locked.session()::execute);
                undone.add(reverse.describe());
            } catch (RetortException e) {
                return "\n  Undoing the committed steps failed at '" + reverse.describe() + "': " + e.getMessage()
                        + "\n  Undo by hand: " + String.join("; ", committed.subList(0, i + 1).stream()
                        .map(op -> op.reverse().describe()).toList());
            }
            schema = SchemaTracker.apply(schema, reverse);
        }
        return undone.isEmpty() ? "" : "\n  Undid the steps that had committed: " + String.join("; ", undone);
    }

    private static void delete(RevisionScript script) {
        try {
            if (script.path() != null) {
                Files.deleteIfExists(script.path());
                SnapshotFiles.delete(script.path());
            }
        } catch (IOException e) {
            LOG.log(Level.ERROR, "Could not remove the failed generated revision " + script.location()
                    + ": delete it by hand before the next start", e);
        }
    }
}
