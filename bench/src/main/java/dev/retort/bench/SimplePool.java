package dev.retort.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The smallest connection pool that behaves like an application's for scenario f: physical
 * connections are opened on demand, kept when the tool closes its handle, and handed out again.
 * Like HikariCP it resets on return only the state the borrower changed through the handle
 * (auto-commit, read-only, isolation, catalog, schema), rolling back an open transaction first, so a
 * tool always gets a connection in the state a fresh one has. No validation, no size limit, no
 * eviction: the bench runs against a local server for a few seconds. Thread-safe; the handles are
 * not (one borrower each, as with any pool).
 */
final class SimplePool extends LocalDataSource implements AutoCloseable {

    /** Opens one physical connection. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    /** Connection state a borrower may change and the pool puts back. */
    private enum Dirty { AUTO_COMMIT, READ_ONLY, ISOLATION, CATALOG, SCHEMA }

    /** A physical connection and the state it had when opened. */
    private record Physical(Connection connection, int isolation, String catalog, String schema) {
    }

    private final Opener opener;
    private final Deque<Physical> idle = new ArrayDeque<>();
    private final List<Physical> all = new ArrayList<>();
    private int opened;

    SimplePool(Opener opener) {
        this.opener = opener;
    }

    /** A pool of connections to the target's URL. */
    static SimplePool of(BenchDatabase.Target target) {
        return new SimplePool(() -> DriverManager.getConnection(target.url(), target.user(), target.password()));
    }

    @Override
    public Connection getConnection() throws SQLException {
        Physical physical;
        synchronized (this) {
            physical = idle.pollFirst();
        }
        if (physical == null) {
            Connection connection = opener.open();
            physical = new Physical(connection, connection.getTransactionIsolation(), connection.getCatalog(),
                    connection.getSchema());
            synchronized (this) {
                all.add(physical);
                opened++;
            }
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new Handle(physical));
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the bench pool has one set of credentials; use getConnection()");
    }

    /** How many physical connections were ever opened (a pool that works opens few). */
    synchronized int opened() {
        return opened;
    }

    /** How many physical connections wait to be borrowed. */
    synchronized int idle() {
        return idle.size();
    }

    private synchronized void giveBack(Physical physical) {
        idle.addFirst(physical);
    }

    /** Closes every physical connection, borrowed or not. */
    @Override
    public synchronized void close() {
        for (Physical physical : all) {
            try {
                physical.connection().close();
            } catch (SQLException e) {
                // closing at the end of the run: nothing left to protect
            }
        }
        all.clear();
        idle.clear();
    }

    /** One borrower's view of a physical connection: close() returns it to the pool. */
    private final class Handle implements InvocationHandler {
        private final Physical physical;
        private final Set<Dirty> dirty = EnumSet.noneOf(Dirty.class);
        private boolean closed;

        Handle(Physical physical) {
            this.physical = physical;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (!closed) {
                        closed = true;
                        reset();
                        giveBack(physical);
                    }
                    return null;
                case "isClosed":
                    return closed || physical.connection().isClosed();
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "pooled " + physical.connection();
                default:
                    break;
            }
            if (closed) {
                throw new SQLException("this pooled connection was closed and went back to the pool; borrow another");
            }
            markDirty(method.getName());
            try {
                return method.invoke(physical.connection(), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void markDirty(String name) {
            switch (name) {
                case "setAutoCommit" -> dirty.add(Dirty.AUTO_COMMIT);
                case "setReadOnly" -> dirty.add(Dirty.READ_ONLY);
                case "setTransactionIsolation" -> dirty.add(Dirty.ISOLATION);
                case "setCatalog" -> dirty.add(Dirty.CATALOG);
                case "setSchema" -> dirty.add(Dirty.SCHEMA);
                default -> { }
            }
        }

        /** Back to the state of a fresh connection: no open transaction, the opening settings. */
        private void reset() throws SQLException {
            Connection connection = physical.connection();
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            if (dirty.contains(Dirty.AUTO_COMMIT)) {
                connection.setAutoCommit(true);
            }
            if (dirty.contains(Dirty.READ_ONLY)) {
                connection.setReadOnly(false);
            }
            if (dirty.contains(Dirty.ISOLATION)) {
                connection.setTransactionIsolation(physical.isolation());
            }
            if (dirty.contains(Dirty.CATALOG) && physical.catalog() != null) {
                connection.setCatalog(physical.catalog());
            }
            if (dirty.contains(Dirty.SCHEMA) && physical.schema() != null) {
                connection.setSchema(physical.schema());
            }
        }
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("the bench pool wraps no " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
