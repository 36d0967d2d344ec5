package dev.retort.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A data source that times what a tool asks of the driver and the database — connecting, preparing,
 * executing, fetching rows ({@code ResultSet.next}), committing, closing — so a breakdown can split a
 * call's time into "executing and fetching" and the rest: the tool's own code and reading the column
 * values of rows already fetched. Each connection, statement, metadata object and result set is a
 * dynamic proxy; the column getters of a result set ({@code get…}, {@code wasNull}) are passed through
 * untimed, because there are a hundred thousand of them in a large reflection and timing each would
 * cost more than the reads themselves. It counts executed statements and fetched rows, and keeps the
 * time per statement (execution and fetching) under the statement's first words. Not thread-safe: one
 * measured call at a time.
 */
final class JdbcTimer extends LocalDataSource {

    private static final int LABEL = 60;

    private static final Set<Class<?>> WRAPPED = Set.of(Statement.class, PreparedStatement.class,
            CallableStatement.class, ResultSet.class, DatabaseMetaData.class);

    private final SimplePool.Opener opener;
    private long nanos;
    private long statements;
    private long rows;
    private final Map<String, Long> bySql = new LinkedHashMap<>();

    JdbcTimer(SimplePool.Opener opener) {
        this.opener = opener;
    }

    /** Timed connections to the target's URL. */
    static JdbcTimer of(BenchDatabase.Target target) {
        return new JdbcTimer(() -> DriverManager.getConnection(target.url(), target.user(), target.password()));
    }

    /** Zeroes the counters before a measured call. */
    void reset() {
        nanos = 0;
        statements = 0;
        rows = 0;
        bySql.clear();
    }

    /** Time per statement since {@link #reset}, slowest first, under the statement's first words. */
    Map<String, Long> bySql() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        bySql.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** A statement's label: its first {@value #LABEL} characters, white space squeezed. */
    static String label(String sql) {
        String squeezed = sql.strip().replaceAll("\\s+", " ");
        return squeezed.length() <= LABEL ? squeezed : squeezed.substring(0, LABEL) + "…";
    }

    /** Time spent inside JDBC since {@link #reset}, connecting included. */
    long nanos() {
        return nanos;
    }

    /** Statements executed since {@link #reset} (each execute call; a batch counts once). */
    long statements() {
        return statements;
    }

    /** Rows fetched since {@link #reset} (calls of ResultSet.next that found one). */
    long rows() {
        return rows;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long start = System.nanoTime();
        try {
            return wrap(Connection.class, opener.open(), null);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the timing data source has one set of credentials");
    }

    private <T> T wrap(Class<T> type, Object real, String sql) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Timed(real, sql)));
    }

    /**
     * Times one real JDBC object's calls and wraps what they return. {@code sql} is the label of the
     * statement the object belongs to (a prepared statement's from the start, a plain statement's from
     * its last execute); its results inherit it.
     */
    private final class Timed implements InvocationHandler {
        private final Object real;
        private String sql;

        Timed(Object real, String sql) {
            this.real = real;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "timed " + real;
                };
            }
            String name = method.getName();
            if (real instanceof ResultSet && (name.startsWith("get") || name.equals("wasNull"))) {
                return invoke(method, args); // a column read of a fetched row: not timed, see the class comment
            }
            String label = sql;
            if (args != null && args.length > 0 && args[0] instanceof String text
                    && (name.startsWith("execute") || name.startsWith("prepare"))) {
                label = label(text);
                if (name.startsWith("execute")) {
                    sql = label;
                }
            }
            if (name.startsWith("execute")) {
                statements++; // counted before the call: a statement the database refused was still sent
            }
            long start = System.nanoTime();
            Object result;
            try {
                result = invoke(method, args);
            } finally {
                long elapsed = System.nanoTime() - start;
                nanos += elapsed;
                if (label != null) {
                    bySql.merge(label, elapsed, Long::sum);
                }
            }
            if (name.equals("next") && Boolean.TRUE.equals(result)) {
                rows++;
            }
            Class<?> returned = method.getReturnType();
            return result != null && WRAPPED.contains(returned) ? wrap(returned, result, label) : result;
        }

        private Object invoke(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("the timing data source wraps no " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
