package dev.retort.config;

import dev.retort.NetworkSettings;
import dev.retort.RetortConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.spi.ConnectionSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkSettingsTest {

    @Test
    void timeoutsHaveDefaultsAndAcceptEveryDurationSpelling() {
        RetortConfig defaults = new ConfigLoader(Map.of()).load(Path.of("."), Map.of());
        assertEquals(NetworkSettings.DEFAULTS, defaults.network());
        RetortConfig set = new ConfigLoader(Map.of("RETORT_SOCKET_TIMEOUT", "500ms")).load(Path.of("."),
                Map.of("connect_timeout", "3", "statement_socket_timeout", "2h"));
        assertEquals(new NetworkSettings(Duration.ofSeconds(3), Duration.ofMillis(500), Duration.ofHours(2)), set.network());
        RetortException bad = assertThrows(RetortException.class,
                () -> new ConfigLoader(Map.of()).load(Path.of("."), Map.of("socket_timeout", "forever")));
        assertTrue(bad.getMessage().contains("socket_timeout"), bad.getMessage());
    }

    @Test
    void connectionsFromAUrlCarryTheTimeoutsKeepAliveAndTheCommand() {
        ConnectionSettings settings = new ConnectionSettings(Duration.ofSeconds(10), Duration.ofMillis(1500),
                Duration.ofHours(1), Duration.ofSeconds(60), "retort upgrade");
        Map<String, String> postgres = new PostgresDialect().driverProperties(settings);
        assertEquals("10", postgres.get("connectTimeout"));
        assertEquals("2", postgres.get("socketTimeout"), "seconds, rounded up");
        assertEquals("true", postgres.get("tcpKeepAlive"));
        assertEquals("retort upgrade", postgres.get("ApplicationName"));
        Map<String, String> mysql = new MysqlDialect().driverProperties(settings);
        assertEquals("10000", mysql.get("connectTimeout"));
        assertEquals("1500", mysql.get("socketTimeout"));
        assertEquals("program_name:retort upgrade", mysql.get("connectionAttributes"));
        assertEquals(java.util.List.of("SET SESSION wait_timeout = 4"), new MysqlDialect().sessionSettings(settings, true));
        assertTrue(new MysqlDialect().sessionSettings(settings, false).isEmpty(), "an application's pool is left alone");
    }
}
