package dev.retort.sql;

import dev.retort.internal.RedactedFailures;
import dev.retort.Redaction;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Connections from a JDBC URL, through the dialect's driver when it takes the URL and
 * {@link DriverManager} otherwise; a failure to connect comes with the URL's secrets and the password masked.
 * Immutable and thread-safe (the properties are never changed).
 */
final class UrlConnections implements ConnectionSource {

    private final String url;
    private final Properties properties;
    private final Driver driver;
    private final UnaryOperator<String> readingUrl;
    private final Set<String> secrets;

    UrlConnections(String url, Properties properties, Driver driver, UnaryOperator<String> readingUrl) {
        this.url = url;
        this.properties = properties;
        this.driver = driver;
        this.readingUrl = readingUrl;
        this.secrets = Redaction.secrets(url, properties.getProperty("password"));
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
        try {
            Connection connection = driver == null ? null : driver.connect(target, properties);
            return connection != null ? connection : DriverManager.getConnection(target, properties);
        } catch (SQLException e) {
            // drivers echo the URL, or a piece of it ("Incorrect port value : secret@host"), in their messages
            throw RedactedFailures.masked(e, secrets);
        } catch (RuntimeException e) {
            // some throw unchecked on a URL they cannot parse
            throw RedactedFailures.masked(e, secrets) instanceof RuntimeException masked ? masked : e;
        }
    }
}
