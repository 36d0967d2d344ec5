package dev.retort.runtime;

import dev.retort.AppliedRevision;
import dev.retort.Direction;
import dev.retort.script.Checksums;
import dev.retort.script.RevisionScript;
import dev.retort.script.SnapshotFiles;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Retort's two tables: the version table (one row per applied revision) and the append-only audit
 * log (one row per step, command and outcome). Every statement is built with literals, so the same
 * text runs online and goes into offline scripts. Immutable and thread-safe.
 */
public final class VersionTable {

    /** Room for the parents of a merge of a dozen revisions with long ids. */
    private static final int PARENTS_LENGTH = 1000;

    private final Dialect dialect;
    private final String table;
    private final String audit;
    private final String schema;
    private final SnapshotFiles snapshots;

    public VersionTable(Dialect dialect, String table, String audit) {
        this(dialect, table, audit, null);
    }

    public VersionTable(Dialect dialect, String table, String audit, String schema) {
        this(dialect, table, audit, schema, SnapshotFiles.NONE);
    }

    /**
     * Tables in a schema Retort creates with them when it is missing: a multi-schema project's default
     * schema, which the model's objects are created in without a schema name, and which a new database
     * lacks (null: the schema is the user's to create).
     */
    public VersionTable(Dialect dialect, String table, String audit, String schema, SnapshotFiles snapshots) {
        this.dialect = dialect;
        this.table = table;
        this.audit = audit;
        this.schema = schema;
        this.snapshots = snapshots;
    }

    public String name() {
        return table;
    }

    public String auditName() {
        return audit;
    }

    /** Statements creating both tables when missing. */
    public List<String> createStatements() {
        List<String> statements = new java.util.ArrayList<>();
        String createSchema = schema == null ? null : dialect.createSchemaIfMissing(schema);
        if (createSchema != null) {
            statements.add(createSchema);
        }
        statements.addAll(tableStatements());
        return statements;
    }

    /**
     * The version table's columns, in order. Columns after {@link #FIRST_RELEASE_COLUMNS} were added later: they are
     * nullable, and {@link #create} adds those an existing table lacks, so a table made by an older Retort is
     * upgraded in place by the first writing command (reading commands read it as it is).
     */
    private List<String> columns() {
        return List.of("revision VARCHAR(64) NOT NULL PRIMARY KEY",
                "state VARCHAR(16) NOT NULL",
                "checksum VARCHAR(64) NOT NULL",
                "message VARCHAR(500)",
                "applied_at " + dialect.timestampType() + " NOT NULL",
                "execution_ms BIGINT NOT NULL",
                "applied_by VARCHAR(255)",
                "failed_statement INTEGER",
                // progress of a step run statement by statement: 'upgrade' or 'downgrade', statements committed,
                // the statement started and not known to have committed
                "direction VARCHAR(16)",
                "statements_done INTEGER",
                "running_statement INTEGER",
                // what the revision was applied as, besides its checksum: null when not recorded (a row of an
                // older Retort, or one an offline script wrote), filled by the next writing command
                "parents VARCHAR(" + PARENTS_LENGTH + ")",
                "downgrade_checksum VARCHAR(64)",
                // the checksum of the revision's schema snapshot then ('none': it had none)
                "snapshot_checksum VARCHAR(64)");
    }

    private static final int FIRST_RELEASE_COLUMNS = 8;

    private List<String> tableStatements() {
        return List.of("CREATE TABLE IF NOT EXISTS " + table + " (" + String.join(", ", columns()) + ")",
                "CREATE TABLE IF NOT EXISTS " + audit + " ("
                        + dialect.identityColumn("id") + ", "
                        + "logged_at " + dialect.timestampType() + " NOT NULL, "
                        + "revision VARCHAR(64), "
                        + "action VARCHAR(16) NOT NULL, "
                        + "outcome VARCHAR(16) NOT NULL, "
                        + "statement_number INTEGER, "
                        + "error " + dialect.textType() + ", "
                        + "execution_ms BIGINT, "
                        + "applied_by VARCHAR(255))");
    }

    /** True when the version table exists. */
    public boolean exists(JdbcSession session) {
        return dialect.tableExists(session, table);
    }

    /**
     * Creates both tables when missing, and adds the columns a version table of an older Retort lacks, empty (null:
     * not recorded), to be filled by the next writing command.
     */
    public void create(JdbcSession session) {
        if (!exists(session) || !dialect.tableExists(session, audit)) {
            createStatements().forEach(session::execute);
            return;
        }
        upgradeStatements(columnNames(session)).forEach(session::execute);
    }

    /** The {@code ALTER TABLE} statements that add the later columns missing from a table that has {@code present}. */
    List<String> upgradeStatements(Set<String> present) {
        List<String> statements = new ArrayList<>();
        List<String> columns = columns();
        for (String column : columns.subList(FIRST_RELEASE_COLUMNS, columns.size())) {
            String name = column.substring(0, column.indexOf(' '));
            if (!present.contains(name)) {
                statements.add("ALTER TABLE " + table + " ADD COLUMN " + column);
            }
        }
        return statements;
    }

    /** The version table's column names, lower case; read from an empty result, so no catalog query differs. */
    private Set<String> columnNames(JdbcSession session) {
        try (Statement statement = session.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            Set<String> names = new HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return names;
        } catch (SQLException e) {
            throw JdbcSession.failure("SELECT * FROM " + table + " WHERE 1 = 0", e);
        }
    }

    /** Every row; the caller has checked that the table exists. Columns a table of an older Retort lacks read as empty. */
    public List<AppliedRevision> read(JdbcSession session) {
        return session.query("SELECT * FROM " + table + " ORDER BY applied_at, revision", row -> new AppliedRevision(
                row.getString("revision"), AppliedRevision.State.of(row.getString("state")), row.getString("checksum"),
                row.getString("message"), row.getString("applied_at"), row.getLong("execution_ms"),
                row.getString("applied_by"), row.getInt("failed_statement"), progress(row), optional(row, "parents"),
                optional(row, "downgrade_checksum"), optional(row, "snapshot_checksum")));
    }

    private static AppliedRevision.Progress progress(ResultSet row) throws SQLException {
        String direction = optional(row, "direction");
        if (direction == null) {
            return AppliedRevision.Progress.NONE;
        }
        return new AppliedRevision.Progress(Direction.of(direction), number(optional(row, "statements_done")),
                number(optional(row, "running_statement")));
    }

    private static String optional(ResultSet row, String column) throws SQLException {
        int index;
        try {
            index = row.findColumn(column);
        } catch (SQLException missing) {
            return null; // a table of an older Retort, read by a command that changes nothing
        }
        return row.getString(index);
    }

    private static int number(String text) {
        return text == null ? 0 : Integer.parseInt(text.strip());
    }

    /**
     * Marks a step as running statement {@code running} (1-based) with {@code done} statements committed before it;
     * written, and committed, before that statement runs. An upgrade's first call inserts the row.
     */
    public String progress(String revision, Direction direction, int done, int running) {
        return "UPDATE " + table + " SET state = " + dialect.literal(AppliedRevision.State.RUNNING.column())
                + ", direction = " + dialect.literal(direction.verb()) + ", statements_done = " + done
                + ", running_statement = " + (running > 0 ? running : "NULL") + " WHERE revision = " + dialect.literal(revision);
    }

    /** The row of an upgrade about to run its first statement, with what the revision is applied as. */
    public String insertRunning(RevisionScript script, String appliedBy) {
        return insert(script, AppliedRevision.State.RUNNING, 0, appliedBy, 0,
                ", direction, statements_done, running_statement, parents, downgrade_checksum, snapshot_checksum",
                ", 'upgrade', 0, 1, " + recorded(script));
    }

    /** Records that statement {@code failed} of a step failed (it did not commit), after {@code failed - 1} did. */
    public String fail(String revision, Direction direction, int failed, long executionMillis) {
        return "UPDATE " + table + " SET state = " + dialect.literal(AppliedRevision.State.FAILED.column())
                + ", direction = " + dialect.literal(direction.verb()) + ", statements_done = " + (failed - 1)
                + ", running_statement = NULL, failed_statement = " + failed + ", execution_ms = " + executionMillis
                + " WHERE revision = " + dialect.literal(revision);
    }

    /** Records an upgrade that ran every statement: the row becomes an ordinary applied one. */
    public String finishUpgrade(String revision, long executionMillis) {
        return applied(revision, ", execution_ms = " + executionMillis + ", applied_at = " + dialect.now());
    }

    /** Clears a downgrade's progress: the revision is applied again, as before the downgrade began (repair). */
    public String restoreApplied(String revision) {
        return applied(revision, "");
    }

    /** Makes a row an ordinary applied one, its progress cleared, setting {@code more} besides. */
    private String applied(String revision, String more) {
        return "UPDATE " + table + " SET state = " + dialect.literal(AppliedRevision.State.APPLIED.column())
                + ", direction = NULL, statements_done = NULL, running_statement = NULL, failed_statement = NULL"
                + more + " WHERE revision = " + dialect.literal(revision);
    }

    /** Inserts a row for a revision, with what it was applied as: checksums and parents. */
    public String insert(RevisionScript script, AppliedRevision.State state, long executionMillis, String appliedBy,
                         int failedStatement) {
        return insert(script, state, executionMillis, appliedBy, failedStatement,
                ", parents, downgrade_checksum, snapshot_checksum",
                ", " + recorded(script));
    }

    /**
     * An insert for offline scripts, without parents and downgrade checksum: the DBA's database may
     * hold a version table of an earlier release, which an offline script cannot look at. The next
     * writing command run online fills them in.
     */
    public String insertOffline(RevisionScript script, String appliedBy) {
        return insert(script, AppliedRevision.State.APPLIED, 0, appliedBy, 0, "", "");
    }

    /** The columns every release's table has, then {@code moreColumns} with {@code moreValues}. */
    private String insert(RevisionScript script, AppliedRevision.State state, long executionMillis, String appliedBy,
                          int failedStatement, String moreColumns, String moreValues) {
        return "INSERT INTO " + table + " (revision, state, checksum, message, applied_at, execution_ms, applied_by,"
                + " failed_statement" + moreColumns + ") VALUES (" + dialect.literal(script.id()) + ", "
                + dialect.literal(state.column()) + ", " + dialect.literal(script.checksum()) + ", "
                + dialect.literal(truncate(script.revision().message(), 500)) + ", " + dialect.now() + ", "
                + executionMillis + ", " + dialect.literal(truncate(appliedBy, 255)) + ", "
                + (failedStatement > 0 ? failedStatement : "NULL") + moreValues + ")";
    }

    /** The parents, downgrade checksum and snapshot checksum as values of an insert. */
    private String recorded(RevisionScript script) {
        return dialect.literal(parents(script)) + ", " + dialect.literal(downgradeChecksum(script)) + ", "
                + dialect.literal(snapshotChecksum(script));
    }

    /**
     * The snapshot checksum as the version table records it: {@value AppliedRevision#NO_SNAPSHOT} when the
     * revision has no snapshot; null (not recorded) when this table was not told where snapshots are.
     */
    String snapshotChecksum(RevisionScript script) {
        if (snapshots == SnapshotFiles.NONE) {
            return null;
        }
        String checksum = snapshots.checksum(script);
        return checksum == null ? AppliedRevision.NO_SNAPSHOT : checksum;
    }

    /** Records what an applied script is now: its checksums and parents (repair, or filling a row of an earlier release). */
    public String updateRecorded(RevisionScript script) {
        return "UPDATE " + table + " SET checksum = " + dialect.literal(script.checksum()) + ", parents = "
                + dialect.literal(parents(script)) + ", downgrade_checksum = " + dialect.literal(downgradeChecksum(script))
                + ", snapshot_checksum = " + dialect.literal(snapshotChecksum(script)) + " WHERE revision = " + dialect.literal(script.id());
    }

    /** The parents as the version table records them: sorted, space-separated. */
    public static String parents(RevisionScript script) {
        return String.join(" ", new TreeSet<>(script.revision().parents()));
    }

    /** The downgrade checksum as the version table records it. */
    public static String downgradeChecksum(RevisionScript script) {
        return script.downgradeSql() == null ? AppliedRevision.NO_DOWNGRADE : Checksums.of(script.downgradeSql());
    }

    /** Deletes a revision's row. */
    public String delete(String revision) {
        return "DELETE FROM " + table + " WHERE revision = " + dialect.literal(revision);
    }

    /** Appends an audit row. */
    public String audit(String revision, String action, boolean ok, int statement, String error,
                        long executionMillis, String appliedBy) {
        return "INSERT INTO " + audit + " (logged_at, revision, action, outcome, statement_number, error, execution_ms,"
                + " applied_by) VALUES (" + dialect.now() + ", " + dialect.literal(revision) + ", "
                + dialect.literal(action) + ", " + dialect.literal(ok ? "ok" : "failed") + ", "
                + (statement > 0 ? statement : "NULL") + ", " + dialect.literal(truncate(error, 4000)) + ", "
                + executionMillis + ", " + dialect.literal(truncate(appliedBy, 255)) + ")";
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
