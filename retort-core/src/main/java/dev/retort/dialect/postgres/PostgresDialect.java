package dev.retort.dialect.postgres;

import dev.retort.spi.ComparisonRules;
import dev.retort.spi.DdlRenderer;
import dev.retort.spi.Dialect;
import dev.retort.spi.Drops;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.MigrationLock;
import dev.retort.spi.ModelSession;
import dev.retort.spi.SchemaReader;
import dev.retort.spi.Scratch;
import dev.retort.spi.ScratchRequest;
import dev.retort.spi.ScratchSpace;
import dev.retort.spi.SplitterOptions;
import dev.retort.spi.TransactionPerRevision;
import dev.retort.spi.TransactionStrategy;
import dev.retort.sql.lex.SqlFlavour;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** PostgreSQL. Immutable and thread-safe. */
public final class PostgresDialect implements Dialect {

    /** PostgreSQL's SQL: dollar quotes, nesting block comments. */
    static final SqlFlavour FLAVOUR = SqlFlavour.ANSI.withDollarQuotes(true).withNestedBlockComments(true);

    private static final SplitterOptions SPLITTER = SplitterOptions.of(FLAVOUR).withPsqlMetaCommands(true);

    private static final TransactionStrategy TRANSACTIONS = new TransactionPerRevision();

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public boolean accepts(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    @Override
    public SplitterOptions splitterOptions() {
        return SPLITTER;
    }

    @Override
    public SchemaReader schemaReader() {
        return new PostgresSchemaReader();
    }

    @Override
    public ScratchSpace scratch(ScratchRequest request) {
        // A temporary database rather than a schema: pg_dump output sets search_path and qualifies with public.
        // The new database has only its public schema, so a currentSchema of the target is dropped from the URL.
        return Scratch.serverDatabase(this, request, (url, name) -> Scratch
                        .withDatabase(url, name).replaceAll("(?i)([?&])currentSchema=[^&]*&?", "$1").replaceAll("[?&]$", ""),
                name -> "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    @Override
    public ComparisonRules comparisonRules() {
        return new PostgresComparisonRules();
    }

    @Override
    public DdlRenderer ddlRenderer() {
        return new PostgresDdlRenderer(splitterOptions());
    }

    @Override
    public TransactionStrategy transactions() {
        return TRANSACTIONS;
    }

    @Override
    public MigrationLock lock(LockRequest request) {
        return PostgresLock.acquire(request);
    }

    @Override
    public void prepare(JdbcSession session, String schema) {
        if (schema != null) {
            try {
                session.connection().setSchema(schema);
            } catch (SQLException e) {
                throw JdbcSession.failure("SET search_path TO " + schema, e);
            }
        }
    }

    @Override
    public ModelSession modelSession(List<String> schemas) {
        return new SearchPath(schemas, this::useSchemas);
    }

    /** A quarter of a default server's lock table (64 × 100): room left for the other sessions. */
    @Override
    public int revisionLockBudget() {
        return 1600;
    }

    @Override
    public List<String> useSchemas(List<String> schemas) {
        StringBuilder path = new StringBuilder("SET search_path TO ");
        for (int i = 0; i < schemas.size(); i++) {
            path.append(i == 0 ? "" : ", ").append(quote(schemas.get(i)));
        }
        return schemas.isEmpty() ? List.of() : List.of(path.toString());
    }

    @Override
    public String createSchemaIfMissing(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + quote(schema);
    }

    @Override
    public String currentSchema(JdbcSession session) {
        return session.queryOne("SELECT current_schema()", row -> row.getString(1));
    }

    /**
     * Retort needs PostgreSQL 10 or later (identity columns); told the server is at least 9.4, the
     * driver sends {@code extra_float_digits} and {@code application_name} with the start-up packet
     * instead of as two statements after it: two round trips fewer on every connection.
     */
    @Override
    public java.util.Map<String, String> driverDefaults() {
        return java.util.Map.of("assumeMinServerVersion", "9.4");
    }

    @Override
    public java.util.Map<String, String> driverProperties(dev.retort.spi.ConnectionSettings settings) {
        java.util.Map<String, String> properties = new java.util.HashMap<>(driverDefaults());
        properties.put("connectTimeout", String.valueOf(dev.retort.spi.ConnectionSettings.seconds(settings.connectTimeout())));
        properties.put("socketTimeout", String.valueOf(dev.retort.spi.ConnectionSettings.seconds(settings.socketTimeout())));
        properties.put("tcpKeepAlive", "true");
        properties.put("ApplicationName", settings.applicationName());
        return properties;
    }

    /**
     * One round trip: the server ends a session of Retort's that sits idle (in a transaction, or at all from
     * PostgreSQL 14) about twice the socket timeout — a client that can no longer be reached, whose advisory lock
     * would otherwise stay held — and probes a silent client's socket within about a minute.
     */
    @Override
    public List<String> sessionSettings(dev.retort.spi.ConnectionSettings settings, boolean ownConnection) {
        long idle = 2 * settings.socketTimeout().toMillis();
        if (!ownConnection || idle == 0) {
            return List.of();
        }
        return List.of("SELECT set_config(name, setting, false) FROM (VALUES"
                + " ('idle_in_transaction_session_timeout', '" + idle + "'), ('idle_session_timeout', '" + idle + "'),"
                + " ('tcp_keepalives_idle', '30'), ('tcp_keepalives_interval', '10'), ('tcp_keepalives_count', '3'))"
                + " AS wanted(name, setting) WHERE name <> 'idle_session_timeout'"
                + " OR current_setting('server_version_num')::int >= 140000");
    }

    @Override
    public boolean overNetwork() {
        return true;
    }

    @Override
    public boolean isMissingTable(java.sql.SQLException failure) {
        return "42P01".equals(failure.getSQLState()); // undefined_table
    }

    @Override
    public boolean tableExists(JdbcSession session, String table) {
        // to_regclass resolves the name through search_path without scanning the catalog; unquoted, it folds case.
        return Boolean.TRUE.equals(session.queryOne("SELECT to_regclass(?) IS NOT NULL", row -> row.getBoolean(1), table));
    }

    @Override
    public List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep) {
        List<String> statements = new ArrayList<>();
        // CASCADE takes dependent views and foreign keys along; materialized views first, they are not tables.
        session.query("SELECT matviewname FROM pg_catalog.pg_matviews WHERE schemaname = current_schema() ORDER BY 1",
                row -> Drops.addUnlessKept(statements, keep, row.getString(1), "DROP MATERIALIZED VIEW IF EXISTS " + quote(row.getString(1)) + " CASCADE"));
        session.query("SELECT viewname FROM pg_catalog.pg_views WHERE schemaname = current_schema() ORDER BY 1",
                row -> Drops.addUnlessKept(statements, keep, row.getString(1), "DROP VIEW IF EXISTS " + quote(row.getString(1)) + " CASCADE"));
        session.query("SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY 1",
                row -> Drops.addUnlessKept(statements, keep, row.getString(1), "DROP TABLE IF EXISTS " + quote(row.getString(1)) + " CASCADE"));
        return statements;
    }

    /**
     * Several managed schemas: the default schema's tables and views as with one, then every other managed
     * schema with all it holds, as Flyway's clean drops the schemas it created: autogenerate creates them
     * ({@code CREATE SCHEMA}, a model object), so a history run again from the start creates them again.
     * The default schema stays, as with one schema: Retort's own tables and lock are in it.
     */
    @Override
    public List<String> dropAllTables(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        List<String> statements = new ArrayList<>(dropAllTables(session, keep));
        for (String schema : schemas.subList(Math.min(1, schemas.size()), schemas.size())) {
            statements.add("DROP SCHEMA IF EXISTS " + quote(schema) + " CASCADE");
        }
        return statements;
    }

    @Override
    public String literal(String value) {
        return value == null ? "NULL" : stringLiteral(value);
    }

    /**
     * A string literal that means the same whatever {@code standard_conforming_strings} is set to: with
     * it off, a backslash in a plain literal escapes the next character and {@code 'a\'} would not end
     * where it seems to, so text holding a backslash is written as an escape string with the
     * backslashes doubled.
     */
    static String stringLiteral(String text) {
        String quoted = text.replace("'", "''");
        return text.indexOf('\\') < 0 ? "'" + quoted + "'" : "E'" + quoted.replace("\\", "\\\\") + "'";
    }

    @Override
    public List<String> dependentsOutside(JdbcSession session, java.util.Set<String> keep, List<String> schemas) {
        return PostgresDependents.outside(session, keep, schemas);
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
        return "TEXT";
    }

    @Override
    public String timestampType() {
        return "TIMESTAMP WITH TIME ZONE";
    }

    @Override
    public String driverClass() {
        return "org.postgresql.Driver";
    }
}
