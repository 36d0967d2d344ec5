package dev.retort.reflect;

import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.testing.TestDatabase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A hand-written fake over a real JDBC connection that counts the statements prepared or created
 * through it, to prove a reader's query count does not grow with the number of tables.
 */
public final class QueryCounter {

    private final AtomicInteger statements = new AtomicInteger();
    private final Connection connection;

    public QueryCounter(Connection real) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")) {
                statements.incrementAndGet();
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        connection = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    /** The counting connection. */
    public Connection connection() {
        return connection;
    }

    /** Statements prepared or created so far. */
    public int statements() {
        return statements.get();
    }

    /**
     * Asserts that the database's reader needs as many statements after {@code tables} more tables (each
     * made by {@code createTable}, given its number, and dropped again afterwards) as before.
     */
    public static void assertCountDoesNotGrow(TestDatabase database, int tables, IntFunction<String> createTable) {
        int before = statementsToRead(database);
        List<String> more = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            more.add(createTable.apply(i));
        }
        database.execute(more.toArray(String[]::new));
        try {
            assertEquals(before, statementsToRead(database));
        } finally {
            for (int i = 0; i < tables; i++) {
                database.execute("DROP TABLE extra_" + i);
            }
        }
    }

    /** Statements the database's own reader prepares or creates to read it with default options. */
    private static int statementsToRead(TestDatabase database) {
        try (Connection connection = database.connect()) {
            QueryCounter counter = new QueryCounter(connection);
            database.dialect().schemaReader().read(new JdbcSession(counter.connection()), ReflectOptions.defaults());
            return counter.statements();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
