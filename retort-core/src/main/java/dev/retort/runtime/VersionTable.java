package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.sql.JdbcSession;
import java.util.List;

/**
 * Retort's two tables: the version table (one row per applied revision) and the append-only audit
 * log (one row per step, command and outcome). Every statement is built with literals, so the same
 * text runs online and goes into offline scripts. Immutable and thread-safe.
 */
public final class VersionTable {

    private final Dialect dialect;
    private final String table;
    private final String audit;
    private final String schema;

    public VersionTable(Dialect dialect, String table, String audit) {
        this(dialect, table, audit, null);
    }

    /**
     * Tables in a schema Retort creates with them when it is missing: a multi-schema project's default
     * schema, which the model's objects are created in without a schema name, and which a new database
     * lacks (null: the schema is the user's to create).
     */
    public VersionTable(Dialect dialect, String table, String audit, String schema) {
        this.dialect = dialect;
        this.table = table;
        this.audit = audit;
        this.schema = schema;
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
                "running_statement INTEGER");
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

    /** Creates both tables when missing, and adds the columns a version table of an older Retort lacks. */
    public void create(JdbcSession session) {
        if (!exists(session) || !dialect.tableExists(session, audit)) {
            createStatements().forEach(session::execute);
            return;
        }
        upgradeStatements(columnNames(session)).forEach(session::execute);
    }

    /** The {@code ALTER TABLE} statements that add the later columns missing from a table that has {@code present}. */
    List<String> upgradeStatements(java.util.Set<String> present) {
        List<String> statements = new java.util.ArrayList<>();
        List<String> columns = columns();
        for (String column : columns.subList(FIRST_RELEASE_COLUMNS, columns.size())) {
            String name = column.substring(0, column.indexOf(' '));
            if (!present.contains(name)) {
                statements.add("ALTER TABLE " + table + " ADD COLUMN " + column);
            }
        }
        return statements;
    }

    private java.util.Set<String> columnNames(JdbcSession session) {
        try (java.sql.Statement statement = session.connection().createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            java.sql.ResultSetMetaData meta = rows.getMetaData();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            return names;
        } catch (java.sql.SQLException e) {
            throw JdbcSession.failure("SELECT * FROM " + table + " WHERE 1 = 0", e);
        }
    }

    /** Every row; the caller has checked that the table exists. Columns a table of an older Retort lacks read as empty. */
    public List<AppliedRevision> read(JdbcSession session) {
        return session.query("SELECT * FROM " + table + " ORDER BY applied_at, revision", row -> new AppliedRevision(
                row.getString("revision"), AppliedRevision.State.of(row.getString("state")), row.getString("checksum"),
                row.getString("message"), row.getString("applied_at"), row.getLong("execution_ms"),
                row.getString("applied_by"), row.getInt("failed_statement"), progress(row)));
    }

    private static AppliedRevision.Progress progress(java.sql.ResultSet row) throws java.sql.SQLException {
        String direction = optional(row, "direction");
        if (direction == null) {
            return AppliedRevision.Progress.NONE;
        }
        return new AppliedRevision.Progress(Direction.of(direction), number(optional(row, "statements_done")),
                number(optional(row, "running_statement")));
    }

    private static String optional(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        int index;
        try {
            index = row.findColumn(column);
        } catch (java.sql.SQLException missing) {
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

    /** The row of an upgrade about to run its first statement. */
    public String insertRunning(String revision, String checksum, String message, String appliedBy) {
        return "INSERT INTO " + table + " (revision, state, checksum, message, applied_at, execution_ms, applied_by,"
                + " failed_statement, direction, statements_done, running_statement) VALUES (" + dialect.literal(revision)
                + ", " + dialect.literal(AppliedRevision.State.RUNNING.column()) + ", " + dialect.literal(checksum) + ", "
                + dialect.literal(truncate(message, 500)) + ", " + dialect.now() + ", 0, "
                + dialect.literal(truncate(appliedBy, 255)) + ", NULL, 'upgrade', 0, 1)";
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
        return "UPDATE " + table + " SET state = " + dialect.literal(AppliedRevision.State.APPLIED.column())
                + ", direction = NULL, statements_done = NULL, running_statement = NULL, failed_statement = NULL"
                + ", execution_ms = " + executionMillis + ", applied_at = " + dialect.now()
                + " WHERE revision = " + dialect.literal(revision);
    }

    /** Clears a downgrade's progress: the revision is applied again, as before the downgrade began (repair). */
    public String restoreApplied(String revision) {
        return "UPDATE " + table + " SET state = " + dialect.literal(AppliedRevision.State.APPLIED.column())
                + ", direction = NULL, statements_done = NULL, running_statement = NULL, failed_statement = NULL"
                + " WHERE revision = " + dialect.literal(revision);
    }

    /** Inserts a row for a revision. */
    public String insert(String revision, AppliedRevision.State state, String checksum, String message,
                         long executionMillis, String appliedBy, int failedStatement) {
        return "INSERT INTO " + table + " (revision, state, checksum, message, applied_at, execution_ms, applied_by,"
                + " failed_statement) VALUES (" + dialect.literal(revision) + ", " + dialect.literal(state.column())
                + ", " + dialect.literal(checksum) + ", " + dialect.literal(truncate(message, 500)) + ", " + dialect.now()
                + ", " + executionMillis + ", " + dialect.literal(truncate(appliedBy, 255)) + ", "
                + (failedStatement > 0 ? failedStatement : "NULL") + ")";
    }

    /** Deletes a revision's row. */
    public String delete(String revision) {
        return "DELETE FROM " + table + " WHERE revision = " + dialect.literal(revision);
    }

    /** Records a new checksum for a revision (repair). */
    public String updateChecksum(String revision, String checksum) {
        return "UPDATE " + table + " SET checksum = " + dialect.literal(checksum) + " WHERE revision = "
                + dialect.literal(revision);
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
