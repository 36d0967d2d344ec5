package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.spi.Dialects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which dialect a URL gets, the URL its driver is given, and what reading commands connect to. */
class ConnectionUrlsTest {

    @TempDir
    Path directory;

    @Test
    void jdbcMysqlUrlsAreMysqlAndReachMariadbsDriver() {
        assertTrue(Dialects.forUrl("jdbc:mysql://db:3306/app") instanceof MysqlDialect);
        MysqlDialect mysql = new MysqlDialect();
        assertEquals("jdbc:mysql://db:3306/app?permitMysqlScheme", mysql.driverUrl("jdbc:mysql://db:3306/app"));
        assertEquals("jdbc:mysql://db/app?useSsl=false&permitMysqlScheme", mysql.driverUrl("jdbc:mysql://db/app?useSsl=false"));
        assertEquals("jdbc:mysql://db/app?permitMysqlScheme", mysql.driverUrl("jdbc:mysql://db/app?permitMysqlScheme"));
        assertEquals("jdbc:mariadb://db/app", mysql.driverUrl("jdbc:mariadb://db/app"));
        assertEquals("jdbc:postgresql://db/app", new PostgresDialect().driverUrl("jdbc:postgresql://db/app"));
    }

    @Test
    void testcontainersUrlsAreRefusedWithWhatToDoInstead() {
        RetortException refused = assertThrows(RetortException.class, () -> Dialects.forUrl("jdbc:tc:postgresql:15:///test"));
        assertEquals(RetortException.Kind.CONFIGURATION, refused.kind());
        assertTrue(refused.getMessage().contains("Testcontainers"), refused.getMessage());
        assertTrue(refused.getMessage().contains("jdbc:postgresql://localhost:PORT/test"), refused.getMessage());
    }

    @Test
    void aUrlWithoutJdbcIsNamedAsSuchWithItsJdbcSpelling() {
        RetortException refused = assertThrows(RetortException.class,
                () -> Dialects.forUrl("postgres://app:secret@localhost/app?password=secret"));
        assertTrue(refused.getMessage().contains("is not a JDBC URL; write it as jdbc:postgresql://host:port/database"),
                refused.getMessage());
        RetortException misspelt = assertThrows(RetortException.class, () -> Dialects.forUrl("jdbc:postgres://db/app"));
        assertTrue(misspelt.getMessage().contains("JDBC spells it jdbc:postgresql:"), misspelt.getMessage());
        RetortException other = assertThrows(RetortException.class, () -> Dialects.forUrl("jdbc:oracle:thin:@db:1521:x"));
        assertTrue(other.getMessage().startsWith("no dialect for URL 'jdbc:oracle:"), other.getMessage());
    }

    @Test
    void readingAMissingSqliteFileReadsAnEmptyDatabase() throws IOException {
        SqliteDialect sqlite = new SqliteDialect();
        Path file = directory.resolve("app.db");
        String url = "jdbc:sqlite:" + file;
        assertEquals("jdbc:sqlite::memory:", sqlite.readingUrl(url));
        assertEquals("jdbc:sqlite::memory:", sqlite.readingUrl(url + "?journal_mode=WAL"));
        Files.createFile(file);
        assertEquals(url, sqlite.readingUrl(url), "an existing file is read itself");
        assertEquals("jdbc:sqlite::memory:", sqlite.readingUrl("jdbc:sqlite::memory:"));
        assertEquals("jdbc:sqlite:file:x.db?mode=ro", sqlite.readingUrl("jdbc:sqlite:file:x.db?mode=ro"));
        assertEquals("jdbc:postgresql://db/app", new PostgresDialect().readingUrl("jdbc:postgresql://db/app"));
    }

    @Test
    void readingAMissingH2FileReadsAnEmptyDatabase() throws IOException {
        H2Dialect h2 = new H2Dialect();
        Path stem = directory.resolve("app");
        String url = "jdbc:h2:file:" + stem + ";AUTO_SERVER=TRUE";
        assertEquals("jdbc:h2:mem:", h2.readingUrl(url));
        assertEquals("jdbc:h2:mem:", h2.readingUrl("jdbc:h2:" + stem));
        Files.createFile(directory.resolve("app.mv.db"));
        assertEquals(url, h2.readingUrl(url), "an existing database is read itself");
        assertEquals("jdbc:h2:tcp://db/app", h2.readingUrl("jdbc:h2:tcp://db/app"));
        assertEquals("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1", h2.readingUrl("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1"));
    }
}
