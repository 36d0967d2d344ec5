package dev.retort.dialect.h2;

import dev.retort.lock.RowLock;
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
import dev.retort.spi.StatementAutocommit;
import dev.retort.spi.TransactionStrategy;
import dev.retort.sql.lex.SqlFlavour;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** H2 2.x. Immutable and thread-safe. */
public final class H2Dialect implements Dialect {

    /** H2's SQL: dollar quotes. */
    static final SqlFlavour FLAVOUR = SqlFlavour.ANSI.withDollarQuotes(true);

    private static final SplitterOptions SPLITTER = SplitterOptions.of(FLAVOUR);

    private static final TransactionStrategy TRANSACTIONS = new StatementAutocommit();

    /** H2's "Timeout trying to lock table" error code. */
    private static final int LOCK_TIMEOUT = 50200;

    @Override
    public String name() {
        return "h2";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /**
     * H2 creates a missing embedded database file on connecting; a reading command reads a private
     * in-memory database instead. Server ({@code tcp:}, {@code ssl:}) and other prefixed URLs are left to H2.
     */
    @Override
    public String readingUrl(String url) {
        String rest = url.substring("jdbc:h2:".length());
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("^[a-zA-Z]{2,}:.*")) {
            return url; // mem:, tcp:, ssl:, zip:, nio: …
        }
        int options = rest.indexOf(';');
        String path = options < 0 ? rest : rest.substring(0, options);
        if (path.isEmpty() || path.startsWith("~")) {
            return url; // the home directory is H2's to resolve (only config reads the environment)
        }
        return Files.exists(Path.of(path + ".mv.db")) ? url : "jdbc:h2:mem:";
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new H2SchemaReader();
    }

    @Override
    public ScratchSpace scratch(ScratchRequest request) {
        // A private in-memory database that parses SQL as the target does: the same compatibility MODE, and the
        // same NON_KEYWORDS (an application on H2 2.x with a column named VALUE, as Hibernate writes it, needs it).
        java.util.regex.Matcher mode = java.util.regex.Pattern.compile("(?i);MODE=([A-Za-z]+)").matcher(request.url());
        java.util.regex.Matcher nonKeywords = java.util.regex.Pattern.compile("(?i);NON_KEYWORDS=([A-Za-z_,]+)")
                .matcher(request.url());
        String url = "jdbc:h2:mem:" + Scratch.newName() + (mode.find() ? ";MODE=" + mode.group(1) : "")
                + (nonKeywords.find() ? ";NON_KEYWORDS=" + nonKeywords.group(1) : "");
        return Scratch.of(Scratch.open(this, url, "sa", ""), null, s -> { });
    }

    @Override
    public ComparisonRules comparisonRules() {
        return new H2ComparisonRules();
    }

    @Override
    public DdlRenderer ddlRenderer() {
        return new H2DdlRenderer(splitterOptions());
    }

    @Override
    public TransactionStrategy transactions() {
        // H2 commits the open transaction before every CREATE, ALTER and DROP.
        return TRANSACTIONS;
    }

    @Override
    public MigrationLock lock(LockRequest request) {
        // H2 has no advisory locks: a row lock in a table of its own, on a second connection.
        LockRequest table = new LockRequest(request.session(), request.connections(), request.name() + "_lock", request.timeout());
        return RowLock.acquire(table, "SET LOCK_TIMEOUT %d", e -> e.getErrorCode() == LOCK_TIMEOUT);
    }

    @Override
    public List<String> lockTables(String versionTable) {
        return List.of(versionTable + "_lock");
    }

    @Override
    public void prepare(JdbcSession session, String schema) {
        if (schema != null) {
            try {
                session.connection().setSchema(schema);
            } catch (SQLException e) {
                throw JdbcSession.failure("SET SCHEMA " + schema, e);
            }
        }
    }

    @Override
    public String currentSchema(JdbcSession session) {
        return session.queryOne("SELECT CURRENT_SCHEMA", row -> row.getString(1));
    }

    @Override
    public boolean isMissingTable(java.sql.SQLException failure) {
        // TABLE_OR_VIEW_NOT_FOUND_1, _WITH_CANDIDATES_2, _DATABASE_EMPTY_1
        int code = failure.getErrorCode();
        return code == 42102 || code == 42103 || code == 42104;
    }

    @Override
    public boolean tableExists(JdbcSession session, String table) {
        return session.queryOne("SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                + " AND lower(TABLE_NAME) = lower(?)", row -> 1, table) != null;
    }

    @Override
    public List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep) {
        List<String> statements = new ArrayList<>();
        session.query("SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = CURRENT_SCHEMA"
                + " ORDER BY TABLE_TYPE DESC, TABLE_NAME", row -> Drops.addUnlessKept(statements, keep, row.getString(1), 
                        ("VIEW".equals(row.getString(2)) ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ")
                                + quote(row.getString(1)) + " CASCADE"));
        return statements;
    }

    @Override
    public List<String> dependentsOutside(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        return H2Dependents.outside(session, keep);
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String identityColumn(String column) {
        return column + " BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
    }

    @Override
    public String textType() {
        return "CHARACTER LARGE OBJECT";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    @Override
    public String driverClass() {
        return "org.h2.Driver";
    }
}
