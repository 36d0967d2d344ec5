package dev.retort.spi;

import dev.retort.RetortException;
import dev.retort.sql.SideQueries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A thin wrapper over one JDBC {@link Connection} that turns every {@link SQLException} into a
 * {@link RetortException} once, carrying the SQL text that failed.
 *
 * <p>Not thread-safe: a session belongs to one thread, like its connection. Closing the session
 * does not close the connection; whoever opened the connection closes it.
 */
public final class JdbcSession {

    /** Maps the current row of a result set to a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        /**
         * {@return the value of the current row}
         *
         * @param row the result set, positioned on a row; the mapper does not move it
         * @throws SQLException when reading a column fails
         */
        T map(ResultSet row) throws SQLException;
    }

    /** Opens another session to the same database, prepared as this one; the caller closes its connection. */
    @FunctionalInterface
    public interface Opener {
        /**
         * {@return a new session, prepared as this one}
         */
        JdbcSession open();
    }

    private final Connection connection;
    private final Opener siblings;

    /**
     * A session that cannot open siblings: {@link SideQueries} run on it in turn.
     *
     * @param connection an open connection; the session does not close it
     */
    public JdbcSession(Connection connection) {
        this(connection, null);
    }

    /**
     * A session that may open siblings.
     *
     * @param siblings opens a second session to the same database for reads that may run beside this one's
     *     ({@link SideQueries}), or {@code null}
     * @param connection an open connection; the session does not close it
     */
    public JdbcSession(Connection connection, Opener siblings) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.siblings = siblings;
    }

    /** {@return the opener of sibling sessions, or {@code null} when this session has none} */
    public Opener siblings() {
        return siblings;
    }

    /** {@return the wrapped connection, for the few places that need JDBC itself (metadata, savepoints)} */
    public Connection connection() {
        return connection;
    }

    /**
     * Runs one statement with no result set and returns the update count (0 for DDL).
     *
     * @param sql the statement, {@code ?} for each parameter
     * @param parameters the parameters' values, in order
     * @return the update count, 0 for DDL
     * @throws dev.retort.RetortException of kind DATABASE when the statement fails, naming it
     */
    public int execute(String sql, Object... parameters) {
        try {
            if (parameters.length == 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                    return Math.max(statement.getUpdateCount(), 0);
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                statement.execute();
                return Math.max(statement.getUpdateCount(), 0);
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Runs a query and maps every row.
     *
     * @param <T> what a row maps to
     * @param sql the query, {@code ?} for each parameter
     * @param mapper maps the current row
     * @param parameters the parameters' values, in order
     * @return the mapped rows, in order
     * @throws dev.retort.RetortException of kind DATABASE when the query fails, naming it
     */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Runs a query expected to return at most one row; null when it returns none.
     *
     * @param <T> what a row maps to
     * @param sql the query, {@code ?} for each parameter
     * @param mapper maps the current row
     * @param parameters the parameters' values, in order
     * @return the first row mapped, or null when there is none
     * @throws dev.retort.RetortException of kind DATABASE when the query fails, naming it
     */
    public <T> T queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Switches auto-commit on or off, when it is not so already.
     *
     * @param autoCommit true for auto-commit
     * @throws dev.retort.RetortException of kind DATABASE when the driver refuses
     */
    public void setAutoCommit(boolean autoCommit) {
        try {
            if (connection.getAutoCommit() != autoCommit) {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("setAutoCommit(" + autoCommit + ")", e);
        }
    }

    /**
     * Commits the current transaction.
     *
     * @throws dev.retort.RetortException of kind DATABASE when the commit fails
     */
    public void commit() {
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure("COMMIT", e);
        }
    }

    /** Rolls back, swallowing a failure: it is only called while another error is on its way out. */
    public void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    /**
     * {@return a failure of the given SQL, worded for the user, with the database's own message}
     *
     * @param sql the statement that failed
     * @param e what the driver threw
     */
    public static RetortException failure(String sql, SQLException e) {
        return new RetortException(RetortException.Kind.DATABASE,
                "database error: " + describe(e) + "\n  while running: " + abbreviate(sql), e);
    }

    /**
     * {@return the database's own message with its SQL state, on one line}
     *
     * @param e what the driver threw
     */
    public static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return e.getSQLState() == null ? message : message + " [SQLSTATE " + e.getSQLState() + "]";
    }

    static String abbreviate(String sql) {
        String flat = sql.strip();
        return flat.length() <= 2000 ? flat : flat.substring(0, 2000) + " …";
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
