package dev.retort;

import dev.retort.schema.Schema;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import java.util.List;

/**
 * {@code retort baseline}: the first revision of a project, written from a database that already holds a schema,
 * and recorded as applied there without running it. Like Flyway's baseline it starts a history where there is
 * none: a database that already has Retort's version rows, or a project that already has revisions, is refused
 * (the second is what {@code stamp} is for). Stateless.
 */
final class Baselining {

    private Baselining() {
    }

    static BaselineResult run(Retort retort, BaselineOptions options) {
        Scripts scripts = retort.scripts();
        if (!scripts.graph().revisions().isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "the project already has " + scripts.graph().revisions().size()
                    + " revision(s) (heads: " + String.join(", ", scripts.graph().heads().stream().map(r -> r.id()).toList())
                    + "); baseline writes a project's first revision; to mark this database as being at one of them,"
                    + " run 'retort stamp REV' (nothing is run)");
        }
        DatabaseState state = retort.migrator().state();
        if (!state.rows().isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "the database already has Retort history ("
                    + state.rows().size() + " row(s) in " + retort.config().versionTable() + ": "
                    + String.join(", ", state.rows().stream().map(AppliedRevision::revision).limit(5).toList())
                    + "); baseline starts a history where there is none; use 'retort status' to see where it stands");
        }
        ModelSettings settings = retort.config().model();
        List<String> include = options.include().isEmpty() ? settings.includeTables() : options.include();
        List<String> exclude = options.exclude().isEmpty() ? settings.excludeTables() : options.exclude();
        Modelling modelling = retort.modelling();
        Schema live = retort.migrator().read(session -> retort.dialectSpi().schemaReader()
                .read(session, modelling.reflectOptions(include, exclude)));
        Schema creatable = retort.migrator().read(session -> live.with(live.tables(), live.objects().stream()
                .map(object -> creatable(BaselineSequences.withStatement(session, retort.dialect(), object))).toList()));
        Changes changes = Autogenerate.changes(retort.dialectSpi(), Schema.empty(), creatable, include, exclude,
                modelling.ownTables(), AutogenerateOptions.defaults());
        if (changes.upgrade().isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "nothing to baseline: the database holds no table, view,"
                    + " routine or other object Retort covers" + (include.isEmpty() && exclude.isEmpty() ? ""
                    : " (include " + include + ", exclude " + exclude + ")") + "; start the project with"
                    + " 'retort revision -m MESSAGE' instead");
        }
        List<String[]> owned = retort.migrator().read(session -> BaselineSequences.ownership(session, retort.dialect(),
                creatable.objects().stream().filter(o -> o.definition() != null).toList()));
        StringBuilder ownedBy = new StringBuilder();
        StringBuilder released = new StringBuilder();
        for (String[] statement : owned) {
            ownedBy.append("\n").append(statement[0]).append(";");
            released.append(statement[1]).append(";\n");
        }
        RevisionScript script = Authoring.create(scripts, retort.writableDirectory(), retort.config().fileTemplate(),
                new NewRevision(options.message(), null, null, List.of(), options.revisionId(), false,
                        notReproduced(changes) + changes.upgradeSql() + ownedBy, released + changes.downgradeSql()));
        Snapshots.write(script, retort.dialectSpi(), live); // check compares the database with it from now on
        try {
            retort.stamp(List.of(script.revision().id()));
        } catch (RuntimeException e) {
            // a revision the database does not record would read as pending and run over the existing schema
            Authoring.deleteQuietly(script.path());
            Authoring.deleteQuietly(dev.retort.script.SnapshotFiles.pathOf(script.path()));
            throw e;
        }
        return new BaselineResult(ScriptInfo.of(script), changes);
    }

    /**
     * A live object with the statement the catalog re-creates it with as its definition: a model's objects carry the
     * statements that made them, a reflected database only its catalog's print.
     */
    private static dev.retort.schema.SchemaObject creatable(dev.retort.schema.SchemaObject object) {
        if (object.definition() != null || object.catalog() == null || object.catalog().statement() == null) {
            return object;
        }
        return new dev.retort.schema.SchemaObject(object.kind(), object.name(), object.table(), object.catalog().statement(),
                object.catalog());
    }

    /** What the database has that the revision does not make, as comments at the top of its upgrade: never silent. */
    private static String notReproduced(Changes changes) {
        StringBuilder out = new StringBuilder();
        for (Skipped skipped : changes.skipped()) {
            out.append("-- NOT REPRODUCED: ").append(skipped.describe().replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ")).append('\n');
        }
        return out.length() == 0 ? "" : out.append('\n').toString();
    }
}
