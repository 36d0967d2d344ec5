package dev.retort.sql;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.UnaryOperator;
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
        return of(url, user, password, driverClass, driverDefaults, UnaryOperator.identity());
    }

    /**
     * As {@link #of(String, String, String, String, java.util.Map)}; {@link #forReading()} connects to
     * {@code readingUrl} applied to the URL, decided anew on every connection.
     */
    static ConnectionSource of(String url, String user, String password, String driverClass,
                               java.util.Map<String, String> driverDefaults, UnaryOperator<String> readingUrl) {
        Properties properties = new Properties();
        driverDefaults.forEach(properties::setProperty);
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return new UrlConnections(url, properties, loadDriver(driverClass), readingUrl);
    }

    /**
     * Connections for commands that only read. The same ones, except where the URL says otherwise: an
     * SQLite file that does not exist yet is read as an empty database instead of being created.
     */
    default ConnectionSource forReading() {
        return this;
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
