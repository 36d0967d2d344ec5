package dev.retort.dialect.mysql;

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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** MySQL and MariaDB. Immutable and thread-safe. */
public final class MysqlDialect implements Dialect {

    private static final SplitterOptions SPLITTER =
            new SplitterOptions(false, true, true, true, false, false, true, true);

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:mysql:") || jdbcUrl.startsWith("jdbc:mariadb:");
    }

    /**
     * MariaDB Connector/J takes {@code jdbc:mysql:} URLs only with {@code permitMysqlScheme} in them (so
     * that it does not shadow MySQL's own driver); where MySQL's driver is absent, Retort adds it.
     */
    @Override
    public String driverUrl(String url) {
        if (!url.startsWith("jdbc:mysql:") || url.contains("permitMysqlScheme") || mysqlDriverPresent()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
    }

    private static boolean mysqlDriverPresent() {
        try {
            Class.forName("com.mysql.cj.jdbc.Driver", false, MysqlDialect.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new MysqlSchemaReader();
    }

    @Override
    public ScratchSpace scratch(ScratchRequest request) {
        return Scratch.serverDatabase(this, request, Scratch::withDatabase,
                name -> "DROP DATABASE IF EXISTS " + name);
    }

    @Override
    public ComparisonRules comparisonRules() {
        return new MysqlComparisonRules();
    }

    @Override
    public DdlRenderer ddlRenderer() {
        return new MysqlDdlRenderer(splitterOptions());
    }

    @Override
    public TransactionStyle transactionStyle() {
        // Every DDL statement commits implicitly on MySQL and MariaDB.
        return TransactionStyle.STATEMENT_AUTOCOMMIT;
    }

    @Override
    public MigrationLock lock(LockRequest request) {
        return MysqlLock.acquire(request, currentSchema(request.session()));
    }

    @Override
    public java.util.Map<String, String> driverProperties(dev.retort.spi.ConnectionSettings settings) {
        java.util.Map<String, String> properties = new java.util.HashMap<>(driverDefaults());
        properties.put("connectTimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.put("socketTimeout", String.valueOf(dev.retort.spi.ConnectionSettings.millis(settings.socketTimeout())));
        properties.put("tcpKeepAlive", "true");
        // shown in performance_schema.session_connect_attrs, where a waiting process looks for the lock's holder
        properties.put("connectionAttributes", "program_name:" + settings.applicationName().replace(',', ' ').replace(':', ' '));
        return properties;
    }

    /** The server ends a session of Retort's idle about twice the socket timeout, and with it a lost client's lock. */
    @Override
    public List<String> sessionSettings(dev.retort.spi.ConnectionSettings settings, boolean ownConnection) {
        long idle = dev.retort.spi.ConnectionSettings.seconds(settings.socketTimeout()) * 2;
        return ownConnection && idle > 0 ? List.of("SET SESSION wait_timeout = " + idle) : List.of();
    }

    @Override
    public boolean overNetwork() {
        return true;
    }

    @Override
    public void prepare(JdbcSession session, String schema) {
        if (schema != null) {
            try {
                session.connection().setCatalog(schema);
            } catch (SQLException e) {
                throw JdbcSession.failure("USE " + schema, e);
            }
        }
    }

    @Override
    public String currentSchema(JdbcSession session) {
        String database = session.queryOne("SELECT DATABASE()", row -> row.getString(1));
        if (database == null) {
            throw new RetortException(RetortException.Kind.CONFIGURATION,
                    "the connection has no database selected; name one in the URL (jdbc:mariadb://host:3306/NAME) or set schema");
        }
        return database;
    }

    @Override
    public boolean isMissingTable(java.sql.SQLException failure) {
        return failure.getErrorCode() == 1146 || "42S02".equals(failure.getSQLState()); // ER_NO_SUCH_TABLE
    }

    @Override
    public boolean tableExists(JdbcSession session, String table) {
        // An exact TABLE_NAME lets the server open one table's definition instead of scanning the database.
        return session.queryOne("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = ? AND TABLE_TYPE = 'BASE TABLE'", row -> 1, table) != null;
    }

    @Override
    public List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep) {
        List<String> statements = new ArrayList<>();
        // Foreign keys would otherwise dictate the order; the check is per session and restored after.
        statements.add("SET FOREIGN_KEY_CHECKS = 0");
        session.query("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " ORDER BY TABLE_TYPE DESC, TABLE_NAME", row -> Drops.addUnlessKept(statements, keep, row.getString(1), 
                        ("VIEW".equals(row.getString(2)) ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ")
                                + quote(row.getString(1))));
        statements.add("SET FOREIGN_KEY_CHECKS = 1");
        return statements;
    }

    @Override
    public List<String> dependentsOutside(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        return MysqlDependents.outside(session, keep);
    }

    static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public String identityColumn(String column) {
        return column + " BIGINT AUTO_INCREMENT PRIMARY KEY";
    }

    @Override
    public String textType() {
        return "TEXT";
    }

    @Override
    public String timestampType() {
        return "DATETIME(3)";
    }

    @Override
    public String literal(String value) {
        // Backslash is an escape character in MySQL string literals unless NO_BACKSLASH_ESCAPES is set.
        return value == null ? "NULL" : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public String beginTransaction() {
        return "START TRANSACTION";
    }

    @Override
    public String driverClass() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public String now() {
        return "CURRENT_TIMESTAMP(3)";
    }
}
