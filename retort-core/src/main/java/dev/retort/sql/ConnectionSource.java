package dev.retort.sql;

import dev.retort.internal.RedactedFailures;
import dev.retort.internal.Redaction;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Opens connections to one database. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ConnectionSource {

    /** A new connection; the caller closes it. */
    Connection open() throws SQLException;

    /**
     * True when every {@link #open} makes a connection of its own (a URL), so a second one may be
     * opened beside the first ({@link SideQueries}); false for an application's {@code DataSource},
     * whose pool may have none to spare.
     */
    default boolean opensOwnConnections() {
        return false;
    }

    /** Connections from an application's data source (a pool, usually). */
    static ConnectionSource of(DataSource dataSource) {
        return dataSource::getConnection;
    }

    /**
     * Connections from a JDBC URL. When the driver class is known, it is used directly: that skips
     * {@link DriverManager}'s scan of every driver on the class path, which costs a command-line run
     * tens of milliseconds. A failure to connect has the URL's secrets and the password masked in its message.
     */
    static ConnectionSource of(String url, String user, String password, String driverClass) {
        return of(url, user, password, driverClass, java.util.Map.of());
    }

    /**
     * As {@link #of(String, String, String, String)}, with driver properties Retort chooses for the
     * dialect; the URL's own parameters take precedence over them.
     */
    static ConnectionSource of(String url, String user, String password, String driverClass,
                               java.util.Map<String, String> driverDefaults) {
        Properties properties = new Properties();
        driverDefaults.forEach(properties::setProperty);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        Driver driver = loadDriver(driverClass);
        java.util.Set<String> secrets = Redaction.secrets(url, password);
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                try {
                    Connection connection = driver == null ? null : driver.connect(url, properties);
                    return connection != null ? connection : DriverManager.getConnection(url, properties);
                } catch (SQLException e) {
                    // drivers echo the URL, or a piece of it ("Incorrect port value : secret@host"), in their messages
                    throw RedactedFailures.masked(e, secrets);
                } catch (RuntimeException e) {
                    // some throw unchecked on a URL they cannot parse
                    throw RedactedFailures.masked(e, secrets) instanceof RuntimeException masked ? masked : e;
                }
            }

            @Override
            public boolean opensOwnConnections() {
                return true;
            }
        };
    }

    private static Driver loadDriver(String driverClass) {
        if (driverClass == null) {
            return null;
        }
        try {
            return (Driver) Class.forName(driverClass).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
