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

    private List<String> tableStatements() {
        return List.of("CREATE TABLE IF NOT EXISTS " + table + " ("
                        + "revision VARCHAR(64) NOT NULL PRIMARY KEY, "
                        + "state VARCHAR(16) NOT NULL, "
                        + "checksum VARCHAR(64) NOT NULL, "
                        + "message VARCHAR(500), "
                        + "applied_at " + dialect.timestampType() + " NOT NULL, "
                        + "execution_ms BIGINT NOT NULL, "
                        + "applied_by VARCHAR(255), "
                        + "failed_statement INTEGER)",
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

    /** Creates both tables when missing. */
    public void create(JdbcSession session) {
        if (!exists(session) || !dialect.tableExists(session, audit)) {
            createStatements().forEach(session::execute);
        }
    }

    /** Every row; the caller has checked that the table exists. */
    public List<AppliedRevision> read(JdbcSession session) {
        return session.query("SELECT revision, state, checksum, message, applied_at, execution_ms, applied_by,"
                + " failed_statement FROM " + table + " ORDER BY applied_at, revision", row -> new AppliedRevision(
                        row.getString(1), AppliedRevision.State.of(row.getString(2)), row.getString(3),
                        row.getString(4), row.getString(5), row.getLong(6), row.getString(7), row.getInt(8)));
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
