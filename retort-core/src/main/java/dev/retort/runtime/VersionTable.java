package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.script.Checksums;
import dev.retort.script.RevisionScript;
import dev.retort.sql.JdbcSession;
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
                        + "failed_statement INTEGER, "
                        + "parents VARCHAR(" + PARENTS_LENGTH + "), "
                        + "downgrade_checksum VARCHAR(64))",
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
     * Creates both tables when missing, and brings a version table made by an earlier release up to
     * date: the columns it lacks are added, empty (null: not recorded), to be filled by the next
     * writing command from the scripts as they are then.
     */
    public void create(JdbcSession session) {
        if (!exists(session) || !dialect.tableExists(session, audit)) {
            createStatements().forEach(session::execute);
        }
        upgradeStatements(columns(session)).forEach(session::execute);
    }

    /** The statements adding the columns a version table with the given (lower-case) columns lacks. */
    List<String> upgradeStatements(Set<String> columns) {
        List<String> statements = new ArrayList<>();
        if (!columns.contains("parents")) {
            statements.add("ALTER TABLE " + table + " ADD COLUMN parents VARCHAR(" + PARENTS_LENGTH + ")");
        }
        if (!columns.contains("downgrade_checksum")) {
            statements.add("ALTER TABLE " + table + " ADD COLUMN downgrade_checksum VARCHAR(64)");
        }
        return statements;
    }

    /** The version table's column names, lower case; read from an empty result, so no catalog query differs. */
    private Set<String> columns(JdbcSession session) {
        try (Statement statement = session.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            return names(rows.getMetaData());
        } catch (SQLException e) {
            throw JdbcSession.failure("SELECT * FROM " + table + " WHERE 1 = 0", e);
        }
    }

    private static Set<String> names(ResultSetMetaData meta) throws SQLException {
        Set<String> names = new HashSet<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /**
     * Every row; the caller has checked that the table exists. {@code SELECT *}, so a table of an
     * earlier release without the newer columns reads too (reading commands change nothing).
     */
    public List<AppliedRevision> read(JdbcSession session) {
        Set<String> columns = new HashSet<>();
        return session.query("SELECT * FROM " + table + " ORDER BY applied_at, revision", row -> {
            if (columns.isEmpty()) {
                columns.addAll(names(row.getMetaData()));
            }
            return new AppliedRevision(row.getString("revision"), AppliedRevision.State.of(row.getString("state")),
                    row.getString("checksum"), row.getString("message"), row.getString("applied_at"),
                    row.getLong("execution_ms"), row.getString("applied_by"), row.getInt("failed_statement"),
                    columns.contains("parents") ? row.getString("parents") : null,
                    columns.contains("downgrade_checksum") ? row.getString("downgrade_checksum") : null);
        });
    }

    /** Inserts a row for a revision, with what it was applied as: checksums and parents. */
    public String insert(RevisionScript script, AppliedRevision.State state, long executionMillis, String appliedBy,
                         int failedStatement) {
        return "INSERT INTO " + table + " (revision, state, checksum, message, applied_at, execution_ms, applied_by,"
                + " failed_statement, parents, downgrade_checksum) VALUES (" + dialect.literal(script.id()) + ", "
                + dialect.literal(state.column()) + ", " + dialect.literal(script.checksum()) + ", "
                + dialect.literal(truncate(script.revision().message(), 500)) + ", " + dialect.now() + ", "
                + executionMillis + ", " + dialect.literal(truncate(appliedBy, 255)) + ", "
                + (failedStatement > 0 ? failedStatement : "NULL") + ", " + dialect.literal(parents(script)) + ", "
                + dialect.literal(downgradeChecksum(script)) + ")";
    }

    /**
     * An insert for offline scripts, without parents and downgrade checksum: the DBA's database may
     * hold a version table of an earlier release, which an offline script cannot look at. The next
     * writing command run online fills them in.
     */
    public String insertOffline(RevisionScript script, String appliedBy) {
        return "INSERT INTO " + table + " (revision, state, checksum, message, applied_at, execution_ms, applied_by,"
                + " failed_statement) VALUES (" + dialect.literal(script.id()) + ", "
                + dialect.literal(AppliedRevision.State.APPLIED.column()) + ", " + dialect.literal(script.checksum()) + ", "
                + dialect.literal(truncate(script.revision().message(), 500)) + ", " + dialect.now() + ", 0, "
                + dialect.literal(truncate(appliedBy, 255)) + ", NULL)";
    }

    /** Records what an applied script is now: its checksums and parents (repair, or filling a row of an earlier release). */
    public String updateRecorded(RevisionScript script) {
        return "UPDATE " + table + " SET checksum = " + dialect.literal(script.checksum()) + ", parents = "
                + dialect.literal(parents(script)) + ", downgrade_checksum = " + dialect.literal(downgradeChecksum(script))
                + " WHERE revision = " + dialect.literal(script.id());
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
