package dev.retort.sql;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Connections from a JDBC URL, through the dialect's driver when it takes the URL and
 * {@link DriverManager} otherwise. Immutable and thread-safe (the properties are never changed).
 */
final class UrlConnections implements ConnectionSource {

    private final String url;
    private final Properties properties;
    private final Driver driver;
    private final UnaryOperator<String> readingUrl;

    UrlConnections(String url, Properties properties, Driver driver, UnaryOperator<String> readingUrl) {
        this.url = url;
        this.properties = properties;
        this.driver = driver;
        this.readingUrl = readingUrl;
    }

    @Override
    public Connection open() throws SQLException {
        return connect(url);
    }

    @Override
    public boolean opensOwnConnections() {
        return true;
    }

    @Override
    public ConnectionSource forReading() {
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return connect(readingUrl.apply(url));
            }

            @Override
            public boolean opensOwnConnections() {
                return true;
            }
        };
    }

    private Connection connect(String target) throws SQLException {
        Connection connection = driver == null ? null : driver.connect(target, properties);
        return connection != null ? connection : DriverManager.getConnection(target, properties);
    }
}
