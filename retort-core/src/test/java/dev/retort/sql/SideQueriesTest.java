package dev.retort.sql;

import dev.retort.RetortException;
import dev.retort.spi.JdbcSession;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queries on a sibling connection (an in-memory H2 database shared by name), and the fallback without one. */
class SideQueriesTest {

    private final String url = "jdbc:h2:mem:side_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    private final List<Connection> opened = new ArrayList<>();
    private Connection keeper;

    @BeforeEach
    void createTable() throws SQLException {
        keeper = DriverManager.getConnection(url);
        new JdbcSession(keeper).execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20))");
        new JdbcSession(keeper).execute("INSERT INTO t VALUES (1, 'one'), (2, 'two')");
    }

    @AfterEach
    void closeAll() throws SQLException {
        for (Connection connection : opened) {
            connection.close();
        }
        try (java.sql.Statement statement = keeper.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        keeper.close();
    }

    private JdbcSession open() {
        try {
            Connection connection = DriverManager.getConnection(url);
            opened.add(connection);
            return new JdbcSession(connection, this::open);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void runsOnASecondConnectionAndClosesIt() throws SQLException {
        JdbcSession main = open();
        List<String> names;
        Integer sideSession;
        try (SideQueries side = SideQueries.beside(main)) {
            SideQueries.Pending<Integer> session = side.submit("SELECT SESSION_ID()", row -> row.getInt(1));
            SideQueries.Pending<String> pending = side.submit("SELECT name FROM t ORDER BY id", row -> row.getString(1));
            names = pending.rows();
            sideSession = session.rows().get(0);
        }
        Integer mainSession = main.queryOne("SELECT SESSION_ID()", row -> row.getInt(1));
        assertEquals(List.of("one", "two"), names);
        assertNotEquals(mainSession, sideSession);
        assertEquals(2, opened.size());
        assertTrue(opened.get(1).isClosed(), "the side connection is closed with the side queries");
    }

    @Test
    void withoutASiblingEachQueryRunsOnTheCallersSession() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        opened.add(connection);
        JdbcSession main = new JdbcSession(connection);
        Integer mainSession = main.queryOne("SELECT SESSION_ID()", row -> row.getInt(1));
        try (SideQueries side = SideQueries.beside(main)) {
            assertEquals(List.of(mainSession), side.submit("SELECT SESSION_ID()", row -> row.getInt(1)).rows());
        }
    }

    @Test
    void whenTheSideConnectionCannotBeOpenedTheQueriesRunOnTheCallersSession() throws SQLException {
        Connection connection = DriverManager.getConnection(url);
        opened.add(connection);
        JdbcSession main = new JdbcSession(connection, () -> {
            throw new IllegalStateException("too many connections");
        });
        Integer mainSession = main.queryOne("SELECT SESSION_ID()", row -> row.getInt(1));
        try (SideQueries side = SideQueries.beside(main)) {
            assertEquals(List.of(mainSession), side.submit("SELECT SESSION_ID()", row -> row.getInt(1)).rows());
            assertEquals(List.of("one", "two"), side.submit("SELECT name FROM t ORDER BY id", row -> row.getString(1)).rows());
        }
    }

    @Test
    void aFailedSideQueryFailsWhereItsRowsAreAskedFor() {
        JdbcSession main = open();
        try (SideQueries side = SideQueries.beside(main)) {
            SideQueries.Pending<String> pending = side.submit("SELECT nothing FROM missing", row -> row.getString(1));
            RetortException failure = assertThrows(RetortException.class, () -> pending.rows());
            assertTrue(failure.getMessage().contains("missing"), failure.getMessage());
        }
    }
}
