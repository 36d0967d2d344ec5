package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class JdbcTimerTest {

    /**
     * A fake connection whose statement returns {@code rows} rows; executing and each step sleep
     * {@code millis}, each column read 30 ms (the timer must leave those out).
     */
    private static Connection fake(int rows, long millis) {
        int[] left = {rows};
        ResultSet result = proxy(ResultSet.class, name -> {
            if (name.equals("getString")) {
                pause(30);
                return "value";
            }
            pause(millis);
            return name.equals("next") ? left[0]-- > 0 : null;
        });
        Statement statement = proxy(Statement.class, name -> {
            if (name.equals("executeQuery")) {
                pause(millis);
                return result;
            }
            if (name.equals("execute")) {
                throw new SQLException("syntax error");
            }
            return null;
        });
        return proxy(Connection.class, name -> name.equals("createStatement") ? statement : null);
    }

    private interface Answer {
        Object answer(String method) throws SQLException;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> answer.answer(method.getName())));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void timesExecutingAndFetchingButNotColumnReadsAndCountsStatementsAndRows() throws SQLException {
        JdbcTimer timer = new JdbcTimer(() -> fake(3, 2));
        try (Connection connection = timer.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select   1")) {
            while (rows.next()) {
                assertEquals("value", rows.getString(1));
            }
            assertTrue(Proxy.isProxyClass(rows.getClass()), "the result set is wrapped too");
        }
        assertEquals(1, timer.statements());
        assertEquals(3, timer.rows(), "three rows found, the fourth next() found none");
        // executeQuery and four next() of at least 2 ms each; the three 30 ms column reads are left out
        assertTrue(timer.nanos() >= 10_000_000L, "timed " + timer.nanos());
        assertTrue(timer.nanos() < 90_000_000L, "the column reads were timed: " + timer.nanos());
        assertEquals(1, timer.bySql().size());
        assertTrue(timer.bySql().containsKey("select 1"), timer.bySql().toString());
        timer.reset();
        assertEquals(0, timer.nanos());
        assertEquals(0, timer.rows());
        assertEquals(0, timer.statements());
    }

    @Test
    void aFailingCallStillCountsItsTimeAndThrowsTheDriversException() throws SQLException {
        JdbcTimer timer = new JdbcTimer(() -> fake(0, 0));
        Statement statement = timer.getConnection().createStatement();
        SQLException thrown = assertThrows(SQLException.class, () -> statement.execute("nonsense"));
        assertEquals("syntax error", thrown.getMessage());
        assertEquals(1, timer.statements());
    }

    @Test
    void aLabelIsTheStatementsFirstSixtyCharactersWithWhiteSpaceSqueezed() {
        assertEquals("select a, b from t", JdbcTimer.label("  select a,\n   b\tfrom t "));
        String longSql = "select " + "x, ".repeat(40) + "y from t";
        assertEquals(longSql.substring(0, 60) + "…", JdbcTimer.label(longSql));
    }
}
