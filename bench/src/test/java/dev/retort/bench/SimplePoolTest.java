package dev.retort.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimplePoolTest {

    /** A hand-written fake physical connection: records what was done to it. */
    static final class FakeConnection {
        final List<String> calls = new ArrayList<>();
        boolean autoCommit = true;
        boolean closed;
        String schema = "app";

        Connection connection() {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        calls.add(name);
                        return switch (name) {
                            case "getAutoCommit" -> autoCommit;
                            case "setAutoCommit" -> {
                                autoCommit = (Boolean) args[0];
                                yield null;
                            }
                            case "close" -> {
                                closed = true;
                                yield null;
                            }
                            case "isClosed" -> closed;
                            case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
                            case "getSchema" -> schema;
                            case "setSchema" -> {
                                schema = (String) args[0];
                                yield null;
                            }
                            case "getCatalog" -> "db";
                            case "isValid" -> true;
                            default -> null;
                        };
                    });
        }
    }

    private final List<FakeConnection> opened = new ArrayList<>();

    private SimplePool pool() {
        return new SimplePool(() -> {
            FakeConnection fake = new FakeConnection();
            opened.add(fake);
            return fake.connection();
        });
    }

    @Test
    void aClosedHandleGivesItsConnectionBackForTheNextBorrower() throws SQLException {
        SimplePool pool = pool();
        Connection first = pool.getConnection();
        first.isValid(1);
        first.close();
        Connection second = pool.getConnection();
        second.isValid(1);
        assertEquals(1, pool.opened(), "one physical connection serves both");
        assertEquals(1, opened.size());
        assertFalse(opened.get(0).closed, "closing the handle leaves the physical connection open");
        assertNotSame(first, second);
    }

    @Test
    void twoBorrowersAtOnceGetTwoConnections() throws SQLException {
        SimplePool pool = pool();
        try (Connection first = pool.getConnection(); Connection second = pool.getConnection()) {
            assertNotSame(first, second);
            assertEquals(2, pool.opened());
            assertEquals(0, pool.idle());
        }
        assertEquals(2, pool.idle());
    }

    @Test
    void whatTheBorrowerChangedIsPutBackAndAnOpenTransactionRolledBack() throws SQLException {
        SimplePool pool = pool();
        Connection handle = pool.getConnection();
        handle.setAutoCommit(false);
        handle.setSchema("other");
        handle.close();
        FakeConnection physical = opened.get(0);
        assertTrue(physical.calls.contains("rollback"), physical.calls.toString());
        assertTrue(physical.autoCommit);
        assertEquals("app", physical.schema);
    }

    @Test
    void untouchedStateIsNotResetAtAll() throws SQLException {
        SimplePool pool = pool();
        pool.getConnection().close();
        FakeConnection physical = opened.get(0);
        assertFalse(physical.calls.contains("setAutoCommit"), physical.calls.toString());
        assertFalse(physical.calls.contains("setSchema"), physical.calls.toString());
        assertFalse(physical.calls.contains("rollback"), physical.calls.toString());
    }

    @Test
    void aClosedHandleRefusesWorkAndClosesOnlyOnce() throws SQLException {
        SimplePool pool = pool();
        Connection handle = pool.getConnection();
        handle.close();
        handle.close();
        assertTrue(handle.isClosed());
        assertEquals(1, pool.idle(), "a second close must not return the connection twice");
        assertThrows(SQLException.class, () -> handle.isValid(1));
    }

    @Test
    void closingThePoolClosesEveryPhysicalConnection() throws SQLException {
        SimplePool pool = pool();
        Connection borrowed = pool.getConnection();
        pool.getConnection().close();
        pool.close();
        assertTrue(opened.stream().allMatch(fake -> fake.closed));
        assertTrue(borrowed.isClosed());
    }
}
