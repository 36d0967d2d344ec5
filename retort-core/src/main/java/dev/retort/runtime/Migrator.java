package dev.retort.runtime;

import dev.retort.AppliedRevision;
import dev.retort.DatabaseState;
import dev.retort.Direction;
import dev.retort.RepairResult;
import dev.retort.RetortException;
import dev.retort.StampResult;
import dev.retort.StepListener;
import dev.retort.StepResult;
import dev.retort.revision.Revision;
import dev.retort.script.RevisionScript;
import dev.retort.script.Scripts;
import dev.retort.spi.ConnectionSettings;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.MigrationLock;
import dev.retort.sql.ConnectionSource;
import dev.retort.spi.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Runs revisions against one database: every writing command takes the dialect's lock, makes sure
 * Retort's tables exist, checks the applied scripts are unchanged, plans with the revision graph and
 * runs each step. Reading commands take no lock and create nothing.
 *
 * <p>Immutable and thread-safe; each call opens and closes its own connection.
 */
public final class Migrator {

    /** Tables and views dropped per transaction by {@link #clean}. */
    static final int CLEAN_BATCH = 50;

    private final Dialect dialect;
    private final ConnectionSource connections;
    private final List<String> schemas;
    private final VersionTable table;
    private final ConnectionSettings settings;
    private final String appliedBy;
    private final StepListener listener;

    /**
     * @param schemas the schemas sessions work in, the default one first: one is set as the session's
     *                schema, several as its search path ({@link Dialect#useSchemas}); empty: the connection's
     */
    public Migrator(Dialect dialect, ConnectionSource connections, List<String> schemas, VersionTable table,
                    Duration lockTimeout, String appliedBy, StepListener listener) {
        this(dialect, connections, schemas, table, new ConnectionSettings(Duration.ZERO, Duration.ZERO, Duration.ZERO,
                lockTimeout, "retort"), appliedBy, listener);
    }

    /**
     * @param settings the lock timeout, the sessions' timeouts and the name this process shows the database and
     *                 processes waiting for its lock
     */
    public Migrator(Dialect dialect, ConnectionSource connections, List<String> schemas, VersionTable table,
                    ConnectionSettings settings, String appliedBy, StepListener listener) {
        this.settings = settings;
        this.dialect = dialect;
        this.connections = connections;
        this.schemas = List.copyOf(schemas);
        this.table = table;
        this.appliedBy = appliedBy;
        this.listener = listener;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** What the version table says now. */
    public DatabaseState state() {
        return read(this::readStateFirstHand);
    }

    /**
     * Runs work on a fresh session without locking, on connections for reading: a database that does not
     * exist yet (an SQLite file) is read as an empty one, never created.
     */
    public <T> T read(Function<JdbcSession, T> work) {
        ConnectionSource reading = connections.forReading();
        try (Connection connection = open(reading)) {
            return work.apply(session(connection, reading, false));
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /**
     * Applies every revision the target needs that is not applied yet. A database already at the target
     * is recognised without taking the lock (the common case at every application start); anything to
     * do is planned again under the lock, so two instances never both apply a revision.
     */
    public List<StepResult> upgrade(Scripts scripts, String target) {
        return upgrade(scripts, target, state -> { });
    }

    /** As {@link #upgrade(Scripts, String)}, with a check of the caller's on every state read before planning. */
    public List<StepResult> upgrade(Scripts scripts, String target, java.util.function.Consumer<DatabaseState> check) {
        boolean nothingToDo = read(session -> {
            DatabaseState state = readStateFirstHand(session);
            check.accept(state);
            Integrity.verify(scripts, state);
            return state.unfinished().isEmpty() && scripts.graph().upgradePlan(state.applied(), target).isEmpty();
        });
        return nothingToDo ? List.of() : write(session -> {
            check.accept(readState(session));
            return upgrade(session, scripts, target);
        });
    }

    /** Undoes applied revisions down to the target. */
    public List<StepResult> downgrade(Scripts scripts, String target) {
        return write(session -> downgrade(session, scripts, target));
    }

    /**
     * Runs several steps under one hold of the lock — e.g. apply pending revisions, generate one from
     * the model, apply it — so that no other instance can act in between.
     */
    public <T> T locked(Function<LockedSession, T> work) {
        return write(session -> work.apply(new LockedSession(this, session)));
    }

    List<StepResult> upgrade(JdbcSession session, Scripts scripts, String target) {
        DatabaseState state = readState(session);
        Integrity.verify(scripts, state);
        List<Revision> plan = scripts.graph().upgradePlan(state.applied(), target);
        return run(session, scripts, plan, Direction.UP, state);
    }

    List<StepResult> downgrade(JdbcSession session, Scripts scripts, String target) {
        DatabaseState state = readState(session);
        Integrity.verify(scripts, state);
        List<Revision> plan = scripts.graph().downgradePlan(state.applied(), target);
        requireReversible(scripts, plan);
        return run(session, scripts, plan, Direction.DOWN, state);
    }

    /** Sets the applied set to the targets and their ancestors without running any script. */
    public StampResult stamp(Scripts scripts, List<String> targets) {
        return write(session -> {
            DatabaseState state = readState(session);
            Set<String> wanted = scripts.graph().stampSet(targets.toArray(String[]::new));
            List<String> removed = new ArrayList<>();
            List<String> added = new ArrayList<>();
            List<String> sql = new ArrayList<>();
            for (AppliedRevision row : state.rows()) {
                if (!wanted.contains(row.revision()) || !row.inEffect()) {
                    sql.add(table.delete(row.revision()));
                    sql.add(table.audit(row.revision(), "unstamp", true, 0, null, 0, appliedBy));
                    removed.add(row.revision());
                } else if (row.unfinished()) {
                    sql.add(table.restoreApplied(row.revision())); // a half-done downgrade, declared applied
                    sql.add(table.audit(row.revision(), "stamp", true, 0, "cleared unfinished downgrade", 0, appliedBy));
                }
            }
            Set<String> inEffect = state.applied();
            for (Revision revision : scripts.graph().revisions()) {
                if (wanted.contains(revision.id()) && !inEffect.contains(revision.id())) {
                    RevisionScript script = scripts.get(revision.id());
                    sql.add(table.insert(script, AppliedRevision.State.STAMPED, 0, appliedBy, 0));
                    sql.add(table.audit(revision.id(), "stamp", true, 0, null, 0, appliedBy));
                    added.add(revision.id());
                }
            }
            table.create(session);
            atomic(session, sql);
            return new StampResult(added, removed);
        });
    }

    /** Accepts changed checksums, clears failed attempts and, when asked, forgets rows of vanished scripts. */
    public RepairResult repair(Scripts scripts, boolean forgetMissing) {
        return write(session -> {
            DatabaseState state = readState(session);
            List<String> realigned = new ArrayList<>();
            List<String> forgotten = new ArrayList<>();
            List<String> cleared = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            List<String> sql = new ArrayList<>();
            for (Integrity.Problem problem : Integrity.problems(scripts, state)) {
                if (!problem.missing()) {
                    sql.add(table.updateRecorded(scripts.get(problem.revision())));
                    sql.add(table.audit(problem.revision(), "repair", true, 0, problem.kind().name().toLowerCase(
                            java.util.Locale.ROOT).replace('_', ' ') + ": " + problem.recorded() + " -> " + problem.current(),
                            0, appliedBy));
                    if (!realigned.contains(problem.revision())) {
                        realigned.add(problem.revision());
                    }
                } else if (forgetMissing) {
                    sql.add(table.delete(problem.revision()));
                    sql.add(table.audit(problem.revision(), "repair", true, 0, "forgot vanished script", 0, appliedBy));
                    forgotten.add(problem.revision());
                } else {
                    missing.add(problem.revision());
                }
            }
            for (AppliedRevision row : state.unfinished()) {
                // an upgrade that did not finish is forgotten; a downgrade that did not finish leaves the revision applied
                sql.add(row.inEffect() ? table.restoreApplied(row.revision()) : table.delete(row.revision()));
                sql.add(table.audit(row.revision(), "repair", true, row.failedStatement(), row.inEffect()
                        ? "cleared unfinished downgrade" : "cleared failed attempt", 0, appliedBy));
                cleared.add(row.revision());
            }
            if (!sql.isEmpty()) {
                table.create(session); // a version table of an earlier release gets the columns repair writes
                atomic(session, sql);
            }
            return new RepairResult(realigned, cleared, forgotten, missing);
        });
    }

    /**
     * Drops Retort's tables and, when asked, every table and view of the managed schemas
     * first (a multi-schema project's other schemas are dropped whole). The user's tables
     * go in transactions of {@link #CLEAN_BATCH} drops: PostgreSQL keeps a lock per dropped object until
     * commit in a table of bounded size ({@code max_locks_per_transaction} per connection), which a
     * schema of a thousand tables overflows in one transaction. A failure therefore leaves the batches
     * before it dropped, and says so; Retort's own tables go last, so a later {@code clean} finds them
     * and finishes the job.
     *
     * <p>Objects outside the managed schemas that depend on what is dropped (a neighbouring schema's view or
     * foreign key) would go with it on PostgreSQL, or be left broken on MySQL; unless
     * {@code dropDependentsOutside} accepts that, clean refuses before dropping anything and names them.
     */
    public List<String> clean(boolean dropAllTables, boolean dropDependentsOutside) {
        return write(session -> {
            Set<String> keep = new LinkedHashSet<>(dialect.lockTables(table.name()));
            if (dropAllTables && !dropDependentsOutside) {
                refuseDependentsOutside(session, dialect.dependentsOutside(session, keep, schemas));
            }
            List<String> drops = dropAllTables ? dialect.dropAllTables(session, keep, schemas) : List.of();
            for (int start = 0; start < drops.size(); start += CLEAN_BATCH) {
                try {
                    atomic(session, drops.subList(start, Math.min(drops.size(), start + CLEAN_BATCH)));
                } catch (RetortException e) {
                    throw start == 0 ? e : new RetortException(e.kind(), "clean stopped after " + start + " of its "
                            + drops.size() + " drops (those are committed): " + e.getMessage()
                            + "; fix that and run clean again to drop the rest", e);
                }
            }
            List<String> sql = new ArrayList<>(drops);
            List<String> own = List.of("DROP TABLE IF EXISTS " + table.auditName(), "DROP TABLE IF EXISTS " + table.name());
            atomic(session, own);
            sql.addAll(own);
            return sql;
        });
    }

    private void refuseDependentsOutside(JdbcSession session, List<String> outside) {
        if (!outside.isEmpty()) {
            String cleaned = schemas.isEmpty() ? dialect.currentSchema(session) : String.join(", ", schemas);
            throw new RetortException(RetortException.Kind.USAGE, "clean --drop-all-tables stopped before dropping"
                    + " anything: " + outside.size() + " object(s) outside " + cleaned + " depend on what it would"
                    + " drop:\n  "
                    + String.join("\n  ", outside) + "\n  Move or drop them first, or accept losing them with"
                    + " --drop-dependents-outside (library: clean(true, true)).");
        }
    }

    private List<StepResult> run(JdbcSession session, Scripts scripts, List<Revision> plan, Direction direction,
                                 DatabaseState state) {
        // Split every script before running any, so a malformed one changes nothing.
        Map<RevisionScript, List<SqlStatement>> steps = new LinkedHashMap<>();
        for (Revision revision : plan) {
            RevisionScript script = scripts.get(revision.id());
            steps.put(script, direction == Direction.UP ? script.upgradeStatements(dialect.splitterOptions())
                    : script.downgradeStatements(dialect.splitterOptions()));
        }
        if (steps.isEmpty()) {
            return List.of();
        }
        Map<String, AppliedRevision> rows = state.byId();
        for (Map.Entry<RevisionScript, List<SqlStatement>> step : steps.entrySet()) {
            AppliedRevision row = rows.get(step.getKey().id());
            if (direction == Direction.UP && row != null && row.unfinished() && Stepwise.reach(row) > 0) {
                throw Stepwise.refuseRetry(step.getKey(), step.getValue(), row);
            }
        }
        table.create(session);
        List<String> refresh = Integrity.refresh(table, scripts, state);
        if (!refresh.isEmpty()) {
            atomic(session, refresh);
        }
        StepExecutor executor = new StepExecutor(session, table, dialect.transactions(), appliedBy,
                dialect.overNetwork() && connections.opensOwnConnections() ? settings : null);
        List<StepResult> results = new ArrayList<>();
        for (Map.Entry<RevisionScript, List<SqlStatement>> step : steps.entrySet()) {
            RevisionScript script = step.getKey();
            listener.starting(script.id(), script.revision().message(), direction);
            StepResult result = executor.run(script, direction, step.getValue(), rows.get(script.id()));
            results.add(result);
            listener.finished(result);
        }
        return results;
    }

    private static void requireReversible(Scripts scripts, List<Revision> plan) {
        List<String> irreversible = plan.stream().map(r -> scripts.get(r.id())).filter(s -> !s.reversible())
                .map(s -> s.id() + " (" + s.location() + ")").toList();
        if (!irreversible.isEmpty()) {
            throw new RetortException(RetortException.Kind.SCRIPT, "cannot downgrade: no '-- retort:downgrade' section in "
                    + String.join(", ", irreversible) + "; add one, or move the version with 'retort stamp' without"
                    + " running scripts. Nothing was run.");
        }
    }

    void forget(JdbcSession session, String revision, String reason) {
        if (table.exists(session)) {
            atomic(session, List.of(table.delete(revision), table.audit(revision, "forget", true, 0, reason, 0, appliedBy)));
        }
    }

    /**
     * The state as a lock-free read takes it, in auto-commit mode: the version table is queried
     * straight away, and a missing-table failure means there is none yet — one round trip fewer
     * than asking first, which on a fresh PostgreSQL connection is a tenth of a no-op upgrade.
     */
    private DatabaseState readStateFirstHand(JdbcSession session) {
        if (!autoCommit(session)) {
            return readState(session); // a failed query would spoil the caller's transaction on PostgreSQL
        }
        try {
            return new DatabaseState(true, table.read(session));
        } catch (RetortException e) {
            if (e.getCause() instanceof SQLException failure && dialect.isMissingTable(failure)) {
                return new DatabaseState(false, List.of());
            }
            throw e;
        }
    }

    private static boolean autoCommit(JdbcSession session) {
        try {
            return session.connection().getAutoCommit();
        } catch (SQLException e) {
            throw JdbcSession.failure("getAutoCommit()", e);
        }
    }

    DatabaseState readState(JdbcSession session) {
        boolean exists = table.exists(session);
        return new DatabaseState(exists, exists ? table.read(session) : List.of());
    }

    /** Runs bookkeeping statements together: one transaction where the database allows. */
    private void atomic(JdbcSession session, List<String> sql) {
        // SQLite: inside the lock's transaction already. MySQL/H2: plain DML rows, nothing to undo by hand.
        dialect.transactions().runTogether(session, sql);
    }

    /**
     * Runs work under the migration lock. Retort's tables are created by the work itself, once it knows
     * it will change something: a refused command leaves the database exactly as it was.
     */
    private <T> T write(Function<JdbcSession, T> work) {
        try (Connection connection = open()) {
            JdbcSession session = session(connection, connections, true);
            LockRequest request = new LockRequest(session, this::openSession, table.name(), settings.lockTimeout(), holder(),
                    listener::waiting);
            MigrationLock lock = dialect.lock(request);
            try (lock) { // held while the work runs, released however it ends
                T result;
                try {
                    result = work.apply(session);
                } catch (RetortException failure) {
                    // Every completed step is whole (a failed one was rolled back to its savepoint), so what
                    // completed is kept, as on the other databases, and the failure is reported.
                    try {
                        finish(session);
                    } catch (RuntimeException commitFailed) {
                        failure.addSuppressed(commitFailed);
                    }
                    throw failure;
                }
                finish(session);
                return result;
            }
        } catch (SQLException e) {
            throw closeFailure(e);
        }
    }

    /** SQLite keeps the whole command in the lock's transaction: commit it before letting go of the lock. */
    private void finish(JdbcSession session) {
        dialect.transactions().finish(session);
    }

    /** This process as a waiting one should see it. */
    private String holder() {
        return "pid " + ProcessHandle.current().pid() + " ('" + settings.applicationName() + "', user " + appliedBy + ", since "
                + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")";
    }

    private Connection open() {
        return open(connections);
    }

    private Connection open(ConnectionSource source) {
        try {
            return source.open();
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.DATABASE, "cannot connect to the " + dialect.name()
                    + " database: " + JdbcSession.describe(e) + "; check that it is running and that url, user and"
                    + " password are right (retort.toml, RETORT_URL, or --url)", e);
        }
    }

    private JdbcSession openSession() {
        return session(open(), connections, false);
    }

    /**
     * A session on the connection; side queries open their connections from the same source.
     *
     * @param locking the session that will hold the lock: only it gets the server's idle limits over the network (a
     *                lost client's lock must be freed; a short read needs none, and is spared the round trip)
     */
    private JdbcSession session(Connection connection, ConnectionSource source, boolean locking) {
        JdbcSession session = new JdbcSession(connection, source.opensOwnConnections()
                ? () -> session(open(source), source, false) : null);
        // a database without a search path (MySQL) works in the first schema alone
        List<String> path = schemas.size() > 1 ? dialect.useSchemas(schemas) : List.of();
        dialect.prepare(session, path.isEmpty() && !schemas.isEmpty() ? schemas.get(0) : null);
        path.forEach(session::execute);
        if (locking || !dialect.overNetwork()) {
            dialect.sessionSettings(settings, source.opensOwnConnections()).forEach(session::execute);
        }
        return session;
    }

    private static RetortException closeFailure(SQLException e) {
        return new RetortException(RetortException.Kind.DATABASE, "closing the connection failed: " + JdbcSession.describe(e), e);
    }
}
