package dev.retort.dialect.sqlite;

import dev.retort.RetortException;
import dev.retort.spi.ComparisonRules;
import dev.retort.spi.DdlRenderer;
import dev.retort.spi.Dialect;
import dev.retort.spi.Drops;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.MigrationLock;
import dev.retort.spi.SchemaReader;
import dev.retort.spi.Scratch;
import dev.retort.spi.ScratchRequest;
import dev.retort.spi.ScratchSpace;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.TransactionStyle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** SQLite, the embedded default. Immutable and thread-safe. */
public final class SqliteDialect implements Dialect {

    private static final SplitterOptions SPLITTER =
            new SplitterOptions(false, false, false, true, true, false, false, true);

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /**
     * SQLite creates a missing database file on connecting; a reading command reads an empty in-memory
     * database instead, so looking at the wrong place leaves no stray file behind.
     */
    @Override
    public String readingUrl(String url) {
        String rest = url.substring("jdbc:sqlite:".length());
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("file:")) {
            return url; // in-memory, a resource, or a URI whose mode the driver decides
        }
        int query = rest.indexOf('?');
        Path file = Path.of(query < 0 ? rest : rest.substring(0, query));
        return Files.exists(file) ? url : "jdbc:sqlite::memory:";
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new SqliteSchemaReader();
    }

    @Override
    public ScratchSpace scratch(ScratchRequest request) {
        // A private in-memory database: nothing to clean up but the connection.
        return Scratch.of(Scratch.open(this, "jdbc:sqlite::memory:", null, null), null, s -> { });
    }

    @Override
    public ComparisonRules comparisonRules() {
        return new SqliteComparisonRules();
    }

    @Override
    public DdlRenderer ddlRenderer() {
        return new SqliteDdlRenderer(splitterOptions());
    }

    @Override
    public TransactionStyle transactionStyle() {
        return TransactionStyle.SAVEPOINT_PER_REVISION;
    }

    @Override
    public MigrationLock lock(LockRequest request) {
        return SqliteLock.acquire(request);
    }

    @Override
    public void prepare(JdbcSession session, String schema) {
        if (schema != null && !schema.equals("main")) {
            throw new RetortException(RetortException.Kind.CONFIGURATION,
                    "SQLite has no schemas to choose (schema = " + schema + "); remove the schema setting");
        }
        // Readers wait for a writer's commit instead of failing with SQLITE_BUSY at once.
        session.execute("PRAGMA busy_timeout = 10000");
    }

    /** Every wait for SQLite's write lock, and a reader's wait for a writer's commit, lasts up to lock_timeout. */
    @Override
    public List<String> sessionSettings(dev.retort.spi.ConnectionSettings settings, boolean ownConnection) {
        return List.of("PRAGMA busy_timeout = " + dev.retort.spi.ConnectionSettings.millis(settings.lockTimeout()));
    }

    @Override
    public String currentSchema(JdbcSession session) {
        return "main";
    }

    @Override
    public boolean isMissingTable(java.sql.SQLException failure) {
        // SQLite has no SQL state for it: SQLITE_ERROR with "no such table: name"
        return failure.getMessage() != null && failure.getMessage().contains("no such table");
    }

    @Override
    public boolean tableExists(JdbcSession session, String table) {
        return session.queryOne("SELECT 1 FROM sqlite_master WHERE type = 'table' AND lower(name) = lower(?)",
                row -> 1, table) != null;
    }

    @Override
    public List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep) {
        List<String> statements = new ArrayList<>();
        // foreign_keys cannot be switched off inside a transaction; deferring the checks to commit works.
        statements.add("PRAGMA defer_foreign_keys = ON");
        // a virtual table's shadow tables go with it (DROP TABLE of the virtual table drops them)
        session.query("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table')"
                + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                + " AND name NOT IN (SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow')"
                + " ORDER BY type DESC, name", row -> Drops.addUnlessKept(statements, keep, row.getString(2), 
                        ("view".equals(row.getString(1)) ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ")
                                + quote(row.getString(2))));
        return statements;
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String identityColumn(String column) {
        return column + " INTEGER PRIMARY KEY AUTOINCREMENT";
    }

    @Override
    public String textType() {
        return "TEXT";
    }

    @Override
    public String timestampType() {
        return "TEXT";
    }

    @Override
    public String driverClass() {
        return "org.sqlite.JDBC";
    }

    @Override
    public String now() {
        return "strftime('%Y-%m-%d %H:%M:%f', 'now')";
    }
}
