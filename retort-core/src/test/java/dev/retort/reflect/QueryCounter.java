package dev.retort.reflect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

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
}
