package dev.retort.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** What a URL connection source hands the driver: credentials and the dialect's driver defaults. */
class ConnectionSourceTest {

    /** Records the properties of the last connect and refuses it (no connection is needed here). */
    public static final class RecordingDriver implements Driver {
        static volatile Properties last;
        static volatile String lastUrl;

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            last = info;
            lastUrl = url;
            throw new SQLException("recorded");
        }

        @Override
        public boolean acceptsURL(String url) {
            return url.startsWith("jdbc:recording:");
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
            return new DriverPropertyInfo[0];
        }

        @Override
        public int getMajorVersion() {
            return 1;
        }

        @Override
        public int getMinorVersion() {
            return 0;
        }

        @Override
        public boolean jdbcCompliant() {
            return false;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }
    }

    @Test
    void theDriverGetsTheCredentialsAndTheDialectsDefaults() {
        ConnectionSource source = ConnectionSource.of("jdbc:recording:x", "alice", "secret",
                RecordingDriver.class.getName(), Map.of("assumeMinServerVersion", "9.4"));
        assertThrows(SQLException.class, source::open);
        assertEquals("alice", RecordingDriver.last.getProperty("user"));
        assertEquals("secret", RecordingDriver.last.getProperty("password"));
        assertEquals("9.4", RecordingDriver.last.getProperty("assumeMinServerVersion"));
    }

    @Test
    void onlyAUrlSourceOpensConnectionsOfItsOwn() {
        assertTrue(ConnectionSource.of("jdbc:recording:x", null, null, RecordingDriver.class.getName()).opensOwnConnections());
        javax.sql.DataSource pool = (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> null);
        assertFalse(ConnectionSource.of(pool).opensOwnConnections(), "a pool may have no connection to spare");
    }

    @Test
    void withoutDefaultsOnlyTheCredentialsAreSet() {
        ConnectionSource source = ConnectionSource.of("jdbc:recording:x", null, null, RecordingDriver.class.getName());
        assertThrows(SQLException.class, source::open);
        assertEquals(0, RecordingDriver.last.size());
        assertNull(RecordingDriver.last.getProperty("user"));
    }

    @Test
    void readingConnectionsGoWhereTheReadingUrlSaysAtEachOpen() {
        String[] target = {"jdbc:recording:empty"};
        ConnectionSource source = ConnectionSource.of("jdbc:recording:file", "alice", null, RecordingDriver.class.getName(),
                Map.of(), url -> target[0]);
        assertThrows(SQLException.class, source::open);
        assertEquals("jdbc:recording:file", RecordingDriver.lastUrl, "writing connections use the URL itself");
        ConnectionSource reading = source.forReading();
        assertTrue(reading.opensOwnConnections());
        assertThrows(SQLException.class, reading::open);
        assertEquals("jdbc:recording:empty", RecordingDriver.lastUrl);
        assertEquals("alice", RecordingDriver.last.getProperty("user"));
        target[0] = "jdbc:recording:file";
        assertThrows(SQLException.class, reading::open);
        assertEquals("jdbc:recording:file", RecordingDriver.lastUrl, "decided anew on every connection");
    }
}
