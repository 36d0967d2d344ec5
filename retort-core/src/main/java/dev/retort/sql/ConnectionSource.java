package dev.retort.sql;

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

    /** Connections from an application's data source (a pool, usually). */
    static ConnectionSource of(DataSource dataSource) {
        return dataSource::getConnection;
    }

    /**
     * Connections from a JDBC URL. When the driver class is known, it is used directly: that skips
     * {@link DriverManager}'s scan of every driver on the class path, which costs a command-line run
     * tens of milliseconds.
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
        if (driver == null) {
            return () -> DriverManager.getConnection(url, properties);
        }
        return () -> {
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                return DriverManager.getConnection(url, properties);
            }
            return connection;
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
