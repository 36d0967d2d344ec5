package dev.retort.spi;

import dev.retort.RetortException;
import dev.retort.sql.ConnectionSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

/** Building blocks the dialects share to make scratch spaces. Stateless. */
public final class Scratch {

    private Scratch() {
    }

    /** {@return a fresh name for a scratch database or schema} */
    public static String newName() {
        return "retort_model_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    /**
     * Opens a connection, or fails with a message naming the place and the way out.
     *
     * @param dialect the dialect, for its driver and driver defaults
     * @param url the JDBC URL
     * @param user the user, or null
     * @param password the password, or null
     * @return the open session; the caller closes it
     * @throws dev.retort.RetortException of kind DATABASE when the connection cannot be opened
     */
    public static JdbcSession open(Dialect dialect, String url, String user, String password) {
        try {
            Connection connection = ConnectionSource.of(dialect.driverUrl(url), user, password, dialect.driverClass(),
                    dialect.driverDefaults()).open();
            return new JdbcSession(connection);
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.DATABASE, "cannot open a scratch database to load the model ("
                    + dev.retort.Redaction.maskPassword(url) + "): " + JdbcSession.describe(e)
                    + "; set dev_url to a database Retort may create objects in", e);
        }
    }

    /**
     * {@return a scratch space that runs {@code cleanup} on the admin session and closes both sessions when
     * closed}
     *
     * @param session the session on the scratch space
     * @param admin the session that made the scratch space and removes it, or null when there is none
     * @param cleanup what removes the scratch space, run on {@code admin}
     */
    public static ScratchSpace of(JdbcSession session, JdbcSession admin, Consumer<JdbcSession> cleanup) {
        return new ScratchSpace() {
            @Override
            public JdbcSession session() {
                return session;
            }

            @Override
            public void close() {
                closeQuietly(session);
                if (admin != null) {
                    try {
                        cleanup.accept(admin);
                    } finally {
                        closeQuietly(admin);
                    }
                }
            }
        };
    }

    /**
     * {@return a scratch space in a new database on the request's server: created, connected to through
     * {@code urlOf} (the server URL and the new name give the URL), and dropped with {@code dropSql} (given
     * the name) when closed} An error says which privilege is missing.
     *
     * @param dialect the dialect, to open its connections
     * @param request the server to make the database on
     * @param urlOf the new database's URL, from the server URL and the new name
     * @param dropSql the statement that drops the database, from its name
     */
    public static ScratchSpace serverDatabase(Dialect dialect, ScratchRequest request,
                                              java.util.function.BinaryOperator<String> urlOf,
                                              java.util.function.UnaryOperator<String> dropSql) {
        String name = newName();
        JdbcSession admin = open(dialect, request.url(), request.user(), request.password());
        try {
            admin.execute("CREATE DATABASE " + name);
        } catch (RuntimeException e) {
            of(admin, null, s -> { }).close();
            throw new RetortException(RetortException.Kind.DATABASE, "cannot create a scratch database for the model: "
                    + e.getMessage() + "\n  Give this user the right to create databases, or set dev_url to a server"
                    + " where Retort may create them", e);
        }
        try {
            JdbcSession session = open(dialect, urlOf.apply(request.url(), name), request.user(), request.password());
            return of(session, admin, s -> s.execute(dropSql.apply(name)));
        } catch (RuntimeException e) {
            admin.execute(dropSql.apply(name));
            of(admin, null, s -> { }).close();
            throw e;
        }
    }

    /**
     * {@return the URL with its database name (the path after host:port) replaced}
     *
     * @param url a JDBC URL of the form {@code jdbc:…://host:port/database}
     * @param database the other database's name
     * @throws dev.retort.RetortException of kind CONFIGURATION when the URL has no database part
     */
    public static String withDatabase(String url, String database) {
        int hostStart = url.indexOf("//");
        int slash = hostStart < 0 ? -1 : url.indexOf('/', hostStart + 2);
        if (slash < 0) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot find the database name in "
                    + dev.retort.Redaction.maskPassword(url) + "; use jdbc:…://host:port/database");
        }
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static void closeQuietly(JdbcSession session) {
        try {
            session.connection().close();
        } catch (SQLException ignored) {
            // Nothing more to release.
        }
    }
}
