package example.fifth;

import dev.retort.spi.ComparisonRules;
import dev.retort.spi.ConnectionSettings;
import dev.retort.spi.DdlRenderer;
import dev.retort.spi.Dialect;
import dev.retort.spi.Dialects;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.MigrationLock;
import dev.retort.spi.SchemaReader;
import dev.retort.spi.ScratchRequest;
import dev.retort.spi.ScratchSpace;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.TransactionStyle;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fifth database as an application would add one, from outside Retort's jar: its own name and URL
 * prefix ({@code jdbc:retortcompat:}), registered in {@code META-INF/services/dev.retort.spi.Dialect}. The
 * database behind it is H2, so the work is done by the dialect that handles {@code jdbc:h2:} URLs, found
 * through the SPI like any other: what a database that speaks another's protocol (as CockroachDB speaks
 * PostgreSQL's) would do. It uses only Retort's exported packages ({@code ExternalDialectTest} checks).
 */
public final class CompatDialect implements Dialect {

    static final String PREFIX = "jdbc:retortcompat:";

    private volatile Dialect base;

    /** Looked up on first use: the service loader is still building the list of dialects when this one is made. */
    private Dialect base() {
        Dialect h2 = base;
        if (h2 == null) {
            h2 = Dialects.forUrl("jdbc:h2:mem:");
            base = h2;
        }
        return h2;
    }

    @Override
    public String name() {
        return "h2compat";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith(PREFIX);
    }

    @Override
    public String driverUrl(String url) {
        return accepts(url) ? "jdbc:h2:" + url.substring(PREFIX.length()) : url;
    }

    @Override
    public String readingUrl(String url) {
        return base().readingUrl(url);
    }

    @Override
    public SplitterOptions splitterOptions() {
        return base().splitterOptions();
    }

    @Override
    public SchemaReader schemaReader() {
        return base().schemaReader();
    }

    @Override
    public ScratchSpace scratch(ScratchRequest request) {
        return base().scratch(new ScratchRequest(driverUrl(request.url()), request.user(), request.password()));
    }

    @Override
    public ComparisonRules comparisonRules() {
        return base().comparisonRules();
    }

    @Override
    public DdlRenderer ddlRenderer() {
        return base().ddlRenderer();
    }

    @Override
    public TransactionStyle transactionStyle() {
        return base().transactionStyle();
    }

    @Override
    public MigrationLock lock(LockRequest request) {
        return base().lock(request);
    }

    @Override
    public void prepare(JdbcSession session, String schema) {
        base().prepare(session, schema);
    }

    @Override
    public String currentSchema(JdbcSession session) {
        return base().currentSchema(session);
    }

    @Override
    public boolean tableExists(JdbcSession session, String table) {
        return base().tableExists(session, table);
    }

    @Override
    public boolean isMissingTable(SQLException failure) {
        return base().isMissingTable(failure);
    }

    @Override
    public List<String> dropAllTables(JdbcSession session, Set<String> keep) {
        return base().dropAllTables(session, keep);
    }

    @Override
    public List<String> lockTables(String versionTable) {
        return base().lockTables(versionTable);
    }

    @Override
    public String identityColumn(String column) {
        return base().identityColumn(column);
    }

    @Override
    public String textType() {
        return base().textType();
    }

    @Override
    public String timestampType() {
        return base().timestampType();
    }

    @Override
    public String driverClass() {
        return base().driverClass();
    }

    @Override
    public List<String> useSchemas(List<String> schemas) {
        return base().useSchemas(schemas);
    }

    @Override
    public String createSchemaIfMissing(String schema) {
        return base().createSchemaIfMissing(schema);
    }

    @Override
    public Map<String, String> driverDefaults() {
        return base().driverDefaults();
    }

    @Override
    public Map<String, String> driverProperties(ConnectionSettings settings) {
        return base().driverProperties(settings);
    }

    @Override
    public List<String> sessionSettings(ConnectionSettings settings, boolean ownConnection) {
        return base().sessionSettings(settings, ownConnection);
    }

    @Override
    public boolean overNetwork() {
        return base().overNetwork();
    }

    @Override
    public List<String> dropAllTables(JdbcSession session, Set<String> keep, List<String> schemas) {
        return base().dropAllTables(session, keep, schemas);
    }

    @Override
    public List<String> dependentsOutside(JdbcSession session, Set<String> keep, List<String> schemas) {
        return base().dependentsOutside(session, keep, schemas);
    }

    @Override
    public String now() {
        return base().now();
    }

    @Override
    public String literal(String value) {
        return base().literal(value);
    }

    @Override
    public String beginTransaction() {
        return base().beginTransaction();
    }
}
