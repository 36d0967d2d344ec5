package dev.retort;

import dev.retort.RetortConfig;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.VersionTable;
import dev.retort.schema.Schema;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptLoader;
import dev.retort.script.Scripts;
import dev.retort.spi.Dialect;
import dev.retort.spi.ReflectOptions;
import dev.retort.sql.ConnectionSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything the command line does, for applications and tests: the one entry point of the library.
 *
 * <pre>{@code
 * Retort retort = Retort.builder().dataSource(dataSource).locations("classpath:db/migrations").build();
 * retort.upgrade("head");
 * }</pre>
 *
 * Immutable and thread-safe: every call reads the scripts and opens its own connection; writing calls
 * take the database's migration lock, so several instances may call {@link #upgrade} at once.
 */
public final class Retort {

    private final RetortConfig config;
    private final Dialect dialect;
    private final Migrator migrator;
    private final ScriptLoader loader;
    private final String appliedBy;
    private final Modelling modelling;

    Retort(RetortConfig config, Dialect dialect, ConnectionSource connections, ClassLoader classLoader,
                   StepListener listener, String appliedBy, dev.retort.spi.ConnectionSettings settings,
                   dev.retort.model.ModelSource modelSource, List<java.nio.file.Path> modelLibraries) {
        requireSearchPath(config, dialect);
        this.config = config;
        this.dialect = dialect;
        this.appliedBy = appliedBy;
        this.loader = new ScriptLoader(config.projectDirectory(), classLoader);
        this.migrator = new Migrator(dialect, connections, config.managedSchemas(),
                new VersionTable(dialect, config.versionTable(), config.auditTable(),
                        config.schemas().size() > 1 ? config.schema() : null, loader.snapshots()), settings, appliedBy,
                new StepLog(listener));
        this.modelling = new Modelling(config, dialect, classLoader, new Modelling.ModelSources(modelSource,
                modelLibraries, () -> migrator.read(DatabaseProducts::of)));
    }

    /**
     * Several schemas need a search path across them; where Retort sets none (MySQL's schemas are
     * databases, SQLite has one, H2's path is not used), a project names one, and saying so beats working
     * in the first alone.
     */
    private static void requireSearchPath(RetortConfig config, Dialect dialect) {
        if (config.schemas().size() > 1 && dialect.useSchemas(config.schemas()).isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "schemas " + config.schemas() + ": Retort"
                    + " keeps several schemas in one project only where it can set a search path across them"
                    + " (PostgreSQL); on " + dialect.name() + " a project works in one schema (on MySQL/MariaDB, one"
                    + " database): set schema = \"" + config.schemas().get(0) + "\" instead of schemas, and keep a"
                    + " project per schema");
        }
    }

    /**
     * A builder. It reads only what it is pointed at: the database ({@code dataSource} or {@code url}) and the
     * scripts' {@code locations}, or a project directory's {@code retort.toml} ({@code projectDirectory}), or a
     * settings file ({@code configFile}); the environment only when asked ({@code readEnvironment(true)}).
     *
     * @return a new builder
     */
    public static RetortBuilder builder() {
        return new RetortBuilder();
    }

    /**
     * The settings this instance was built with.
     *
     * @return the frozen configuration
     */
    public RetortConfig config() {
        return config;
    }

    /**
     * The name of the database dialect chosen from the URL or the data source: {@code sqlite}, {@code postgres},
     * {@code mysql}, {@code h2}, or the name of a dialect added through {@link dev.retort.spi.Dialect}.
     *
     * @return the dialect's name
     */
    public String dialect() {
        return dialect.name();
    }

    Dialect dialectSpi() {
        return dialect;
    }

    /** Every revision script of the configured locations, with their graph, read now (or from this process's cache). */
    Scripts scripts() {
        if (config.locations().isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "no locations for revision scripts: name"
                    + " them (builder .locations(\"classpath:db/migrations\")) or give a project directory"
                    + " (.projectDirectory(dir), whose retort.toml and migrations/ are then used)");
        }
        return loader.load(config.locations(), config.locationsConfigured());
    }

    /**
     * Applies pending revisions up to the target ({@code head}, {@code heads}, an id, {@code +N}, …). A target
     * below where the database stands ({@code -1}, {@code base}, an applied ancestor) is refused.
     *
     * @param target where to stop
     * @return one result per revision applied, in order (empty when there was nothing to do)
     */
    public List<StepResult> upgrade(String target) {
        TargetDirection.requireUpward(target);
        Scripts scripts = scripts();
        return migrator.upgrade(scripts, target, TargetDirection.notBelow(scripts, target));
    }

    /**
     * Undoes revisions down to the target ({@code -1}, an id, {@code base}, …); {@code +N} is refused.
     *
     * @param target where to stop
     * @return one result per revision undone, in order
     */
    public List<StepResult> downgrade(String target) {
        TargetDirection.requireDownward(target);
        return migrator.downgrade(scripts(), target);
    }

    /**
     * The SQL an upgrade over the range ({@code [FROM:]TO}) would run, without touching the database.
     *
     * @param range the revisions to render
     * @return the script, version-table statements included
     */
    public String upgradeSql(String range) {
        return OfflinePlans.render(scripts(), dialect, config, appliedBy, range, Direction.UP);
    }

    /**
     * The SQL a downgrade over the range ({@code FROM:TO}) would run, without touching the database.
     *
     * @param range the revisions to render; both ends are required
     * @return the script, version-table statements included
     */
    public String downgradeSql(String range) {
        if (!range.contains(":")) {
            throw new RetortException(RetortException.Kind.USAGE, "offline downgrade needs FROM:TO (e.g. 'head:base' or"
                    + " 'ae10:-1'): without a database Retort cannot know where it stands");
        }
        return OfflinePlans.render(scripts(), dialect, config, appliedBy, range, Direction.DOWN);
    }

    /**
     * Records the targets and their ancestors as applied, without running scripts.
     *
     * @param targets revisions (or {@code head}, {@code base}, …) the database is to be marked at
     * @return what was recorded and removed
     */
    public StampResult stamp(List<String> targets) {
        return migrator.stamp(scripts(), targets);
    }

    /**
     * Writes the first revision of a project from the database as it is — its upgrade creates every table, key,
     * index, view, routine, trigger, sequence, type and comment Retort reads, in dependency order, its downgrade
     * drops them — with its schema snapshot, and records it as applied here without running it. Refused when the
     * database already has Retort history or the project already has revisions ({@code stamp} is for that).
     *
     * @param options the tables covered, the message and id
     * @return the revision written and what it holds, with what could not be reproduced
     */
    public BaselineResult baseline(BaselineOptions options) {
        return Baselining.run(this, options);
    }

    /**
     * Writes Flyway's SQL migrations of a directory as this project's first revisions, a linear chain in Flyway's
     * version order ({@code V1_1__x.sql} becomes revision {@code V1.1}; see {@code FlywayImport} for undo, baseline and
     * repeatable scripts). Nothing is run and the database is not touched.
     *
     * @param directory    the directory of {@code V…__*.sql} files (subdirectories included)
     * @param placeholders values of the scripts' {@code ${name}} placeholders; one without a value is refused by name
     * @return the revisions written and what needs attention
     */
    public ImportResult importFlyway(Path directory, Map<String, String> placeholders) {
        return FlywayImport.run(this, directory, placeholders, "flyway_schema_history");
    }

    /**
     * Records the revisions a Flyway import wrote as applied on this database as far as Flyway's history table says
     * they are (nothing is run); failed rows and gaps are reported and their revisions stay pending.
     *
     * @param table Flyway's history table ({@code flyway_schema_history}, or {@code schema.table})
     * @return what was stamped and what stays pending, and why
     */
    public HistoryImportResult importFlywayHistory(String table) {
        return FlywayHistory.run(this, table);
    }

    /**
     * Writes the up/down SQL migrations of golang-migrate, pop, dbmate or goose as this project's first revisions, a
     * linear chain in version order ({@code 20240101_x.up.sql} becomes revision {@code v20240101}). Nothing is run.
     *
     * @param directory the directory of migration files
     * @param format    {@code golang-migrate}, {@code pop}, {@code dbmate} or {@code goose}; null: detected
     * @param dialect   pop's dialect whose files to take ({@code postgres}, {@code mysql}, {@code sqlite3}); else null
     * @return the revisions written and what needs attention
     */
    public ImportResult importUpDown(Path directory, String format, String dialect) {
        return UpDownImport.run(this, directory, format, dialect);
    }

    /**
     * Records the revisions an up/down import wrote as applied on this database as far as the tool's version table
     * says ({@code schema_migrations}, {@code schema_migration}, {@code goose_db_version}); nothing is run.
     *
     * @param directory the migration directory (for its format)
     * @param format    the format, or null to detect it
     * @param table     the tool's version table, or null for its default
     * @return what was stamped and what stays pending, and why
     */
    public HistoryImportResult importUpDownHistory(Path directory, String format, String table) {
        return UpDownImport.history(this, directory, format, table);
    }

    /**
     * Accepts edited checksums, clears failed attempts, and optionally forgets vanished scripts.
     *
     * @param forgetMissing whether to delete the version rows of scripts that no longer exist
     * @return what was repaired
     */
    public RepairResult repair(boolean forgetMissing) {
        return migrator.repair(scripts(), forgetMissing);
    }

    /**
     * Where the database stands: every revision, marks, pending and problems.
     *
     * @return the status, read now
     */
    public Status status() {
        Scripts scripts = scripts();
        return Reporting.status(scripts, migrator.state(), migrator.dialect().splitterOptions());
    }

    /**
     * The database's version table as it is.
     *
     * @return the applied revisions and their rows, read without a lock
     */
    public DatabaseState databaseState() {
        return migrator.state();
    }

    /**
     * Revisions in a range ({@code FROM:TO}, either side optional), newest first; null range: all.
     *
     * @param range the range, or null for every revision
     * @return the revisions, newest first
     */
    public List<RevisionInfo> history(String range) {
        return Reporting.history(scripts(), migrator.state(), range);
    }

    /**
     * The heads of the scripts.
     *
     * @return the revisions no other revision builds on
     */
    public List<RevisionInfo> heads() {
        return status().revisions().stream().filter(RevisionInfo::head).toList();
    }

    /**
     * Revisions with more than one child, and those children.
     *
     * @return each branch point with the ids of its children
     */
    public Map<RevisionInfo, List<String>> branches() {
        return Reporting.branches(scripts(), migrator.state());
    }

    /**
     * A new, empty (or given) revision script in the first location.
     *
     * @param request the message, parents and optional content of the revision
     * @return the script as written
     */
    public ScriptInfo revision(NewRevision request) {
        return ScriptInfo.of(Authoring.create(scripts(), writableDirectory(), config.fileTemplate(), request));
    }

    /**
     * A revision joining the given revisions.
     *
     * @param message the merge revision's message
     * @param revisions the heads to join
     * @return the merge script as written
     */
    public ScriptInfo merge(String message, List<String> revisions) {
        return ScriptInfo.of(Authoring.merge(scripts(), writableDirectory(), config.fileTemplate(), message, revisions));
    }

    /**
     * Deletes the script of an unapplied revision nothing builds on.
     *
     * @param revision the revision's id or a unique prefix
     * @return the deleted file
     */
    public Path delete(String revision) {
        Scripts scripts = scripts();
        return Authoring.delete(scripts, migrator.state().applied(), revision);
    }

    /**
     * The script of a revision.
     *
     * @param revision an id, a unique prefix or a symbolic target
     * @return the parsed script
     */
    public ScriptInfo show(String revision) {
        Scripts scripts = scripts();
        return ScriptInfo.of(scripts.get(scripts.graph().resolve(revision).id()));
    }

    /**
     * The live schema as Retort reads it, Retort's own tables left out.
     *
     * @param include table glob patterns to keep (empty: all)
     * @param exclude table glob patterns to leave out
     * @return the schema, read now
     */
    public Schema inspect(List<String> include, List<String> exclude) {
        ReflectOptions options = modelling.reflectOptions(include, exclude);
        return migrator.read(session -> dialect.schemaReader().read(session, options));
    }

    /**
     * The desired-state model of the configuration (SQL files or a Java {@code SchemaModel}).
     *
     * @return the model as a schema
     */
    public Schema model() {
        return modelling.model();
    }

    /**
     * What the model would change in the database now; nothing is written.
     *
     * @param options what to compare and how
     * @return the changes, empty when the database matches the model
     */
    public Changes diff(AutogenerateOptions options) {
        Modelling.Sides sides = modelling.sides(migrator);
        return modelling.changes(sides.live(), sides.model(), options);
    }

    /**
     * Writes a revision that brings the database to the model, with the downgrade that brings it back.
     * Writes nothing when the database already matches (unless {@code allowEmpty}). The database must be
     * at head first: a revision generated against a database that lags would repeat pending work.
     *
     * @param message the new revision's message
     * @param options what to compare and how
     * @return the new script (null when nothing differs) and the changes
     */
    public Generated autogenerate(String message, AutogenerateOptions options) {
        Scripts scripts = scripts();
        requireAtHead(scripts, migrator.state(), migrator.dialect().splitterOptions());
        Modelling.Sides sides = modelling.sides(migrator);
        Schema model = sides.model();
        Changes changes = modelling.changes(sides.live(), model, options);
        if (changes.isEmpty() && !options.allowEmpty()) {
            return new Generated(null, changes);
        }
        List<Changes> parts = RevisionParts.split(changes, migrator.dialect().revisionLockBudget());
        RevisionScript script = null;
        List<ScriptInfo> written = new java.util.ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Changes part = parts.get(i);
            // each part applies in a transaction of its own, within the server's lock table
            String partMessage = parts.size() == 1 ? message : message + " (part " + (i + 1) + " of " + parts.size()
                    + ": split so that each part's transaction fits a default server's lock table)";
            script = Authoring.create(i == 0 ? scripts : scripts(), writableDirectory(), config.fileTemplate(),
                    new NewRevision(partMessage, script == null ? null : script.id(), null, List.of(), null, false,
                            part.upgradeSql(), part.downgradeSql()));
            written.add(ScriptInfo.of(script));
        }
        if (parts.size() > 1) {
            System.getLogger("dev.retort").log(System.Logger.Level.INFO, "the changes take more locks than one"
                    + " transaction may hold on a default server (max_locks_per_transaction); written as " + parts.size()
                    + " revisions, each after the one before, the last " + script.id());
        }
        Snapshots.write(script, dialect, model); // the model at this revision, for drift checks without the model
        return new Generated(ScriptInfo.of(script), changes, written);
    }

    /**
     * A generated revision (null when nothing differed) and what it contains. Changes too large for one
     * transaction (see {@link dev.retort.spi.Dialect#revisionLockBudget}) are written as several revisions in a
     * row: {@code script} is the last, {@code scripts} all of them in order.
     *
     * @param script  the revision written (the last of them), or null
     * @param changes all the changes
     * @param scripts every revision written, in order; empty when none
     */
    public record Generated(ScriptInfo script, Changes changes, List<ScriptInfo> scripts) {

        /**
         * Copies the list.
         *
         * @param script  the revision written (the last of them), or null
         * @param changes all the changes
         * @param scripts every revision written, in order; empty when none
         */
        public Generated {
            scripts = List.copyOf(scripts);
        }

        /**
         * One revision, or none.
         *
         * @param script  the revision written, or null
         * @param changes the changes
         */
        public Generated(ScriptInfo script, Changes changes) {
            this(script, changes, script == null ? List.of() : List.of(script));
        }
    }

    /**
     * Status plus, when nothing is pending, the drift of the database: from the schema snapshot of the
     * revision it is at, or from the model, as {@code drift_source} says (see {@code DriftCheck}).
     *
     * @return the status and the drift
     */
    public Check check() {
        Scripts scripts = scripts();
        DatabaseState state = migrator.state();
        Status status = Reporting.status(scripts, state, migrator.dialect().splitterOptions());
        if (!status.upToDate()) {
            return new Check(status, null);
        }
        DriftCheck.Result drift = DriftCheck.run(this, scripts, state);
        return new Check(status, drift.changes(), drift.note());
    }

    /**
     * What {@code check} found. {@code drift} is null when revisions are pending or drift was not checked.
     *
     * @param status    where the database stands
     * @param drift     what differs from the snapshot or model (null: not compared)
     * @param driftNote what drift was measured against ("compared with the schema snapshot of revision …"), or
     *                  why it was not ("no schema snapshot for revision …: drift not checked"); null when
     *                  nothing need be said
     */
    public record Check(Status status, Changes drift, String driftNote) {
        /**
         * A check without a note on drift.
         *
         * @param status where the database stands
         * @param drift  what differs (null: not compared)
         */
        public Check(Status status, Changes drift) {
            this(status, drift, null);
        }

        /**
         * True when nothing is pending, nothing is wrong and the model matches.
         *
         * @return whether check found nothing
         */
        public boolean ok() {
            return status.upToDate() && (drift == null || drift.isEmpty());
        }
    }

    static void requireAtHead(Scripts scripts, DatabaseState state, dev.retort.spi.SplitterOptions options) {
        Status status = Reporting.status(scripts, state, options);
        if (!status.pending().isEmpty() || !status.problems().isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "the database is not at head ("
                    + (status.pending().isEmpty() ? String.join("; ", status.problems())
                            : status.pending().size() + " pending: " + String.join(", ", status.pending()))
                    + "); run 'retort upgrade' first, then generate the revision");
        }
    }

    /**
     * Drops Retort's tables and, when asked, every table; refused where clean_enabled = false, and refused
     * (nothing dropped) when objects outside the managed schemas depend on the tables: see
     * {@link #clean(boolean, boolean)}.
     *
     * @param dropAllTables whether to drop every table of the schema too
     * @return the tables dropped
     */
    public List<String> clean(boolean dropAllTables) {
        return clean(dropAllTables, false);
    }

    /**
     * As {@link #clean(boolean)}; {@code dropDependentsOutside} accepts that objects of other schemas or
     * databases depending on the dropped tables (views, foreign keys…) are dropped with them (PostgreSQL) or
     * left referring to missing tables (MySQL/MariaDB), instead of refusing with their list.
     *
     * @param dropAllTables         whether to drop every table of the schema too
     * @param dropDependentsOutside whether objects outside the cleaned schemas may be dropped or left dangling
     * @return the tables dropped
     */
    public List<String> clean(boolean dropAllTables, boolean dropDependentsOutside) {
        if (!config.cleanEnabled()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "clean is disabled for this project"
                    + " (clean_enabled = false); it is meant for development databases only");
        }
        return migrator.clean(dropAllTables, dropDependentsOutside);
    }

    /**
     * The application's start-up call: apply shipped revisions and, in development, turn model changes
     * into a revision and apply it — safe with many instances starting at once (one does the work under
     * the lock; the others then find the database at head). See {@link StartupOptions}.
     *
     * @param options production, development or disabled, and their settings
     * @return what was applied, generated and found
     */
    public StartupReport initAndUpgrade(StartupOptions options) {
        return InitAndUpgrade.run(this, options);
    }

    Migrator migrator() {
        return migrator;
    }

    Modelling modelling() {
        return modelling;
    }

    Path writableDirectory() {
        for (String location : config.locations()) {
            Path directory = loader.directoryOf(location);
            if (directory != null) {
                return directory;
            }
        }
        throw new RetortException(RetortException.Kind.CONFIGURATION, "every location is on the classpath "
                + config.locations() + "; add a directory to locations to write new revisions");
    }
}
