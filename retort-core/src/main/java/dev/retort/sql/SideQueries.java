package dev.retort.sql;

import dev.retort.RetortException;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Read-only queries that run on a second connection, on a thread of their own, while the caller goes on
 * with its own queries on the first: a catalog read whose time is the server's work on a few large
 * queries takes about half as long on two cores. The second connection is opened on that thread too,
 * so its set-up overlaps the caller's first query.
 *
 * <p>Only for reads that need no common snapshot with the caller's (MySQL's and MariaDB's
 * {@code information_schema} has none to share anyway). When the session cannot open a sibling (a
 * scratch space, a connection handed in) each query runs on the caller's session when it is
 * submitted, so results are the same either way. Mappers given here run on the side thread and must
 * only build values. Not thread-safe: one caller submits and closes.
 */
public final class SideQueries implements AutoCloseable {

    private final JdbcSession main;
    private final ExecutorService thread;
    private final Future<JdbcSession> side;

    private SideQueries(JdbcSession main) {
        this.main = main;
        JdbcSession.Opener opener = main.siblings();
        if (opener == null) {
            thread = null;
            side = null;
        } else {
            thread = Executors.newSingleThreadExecutor(runnable -> {
                Thread worker = new Thread(runnable, "retort-side-queries");
                worker.setDaemon(true);
                return worker;
            });
            side = thread.submit(opener::open);
        }
    }

    /** Side queries beside this session. */
    public static SideQueries beside(JdbcSession session) {
        return new SideQueries(session);
    }

    /** Starts a query; its rows, mapped, when {@link #rows} is asked for them. */
    public <T> Future<List<T>> submit(String sql, JdbcSession.RowMapper<T> mapper, Object... parameters) {
        if (thread == null) {
            return CompletableFuture.completedFuture(main.query(sql, mapper, parameters));
        }
        return thread.submit(() -> side.get().query(sql, mapper, parameters));
    }

    /** The result of a submitted query; its failure is rethrown as it was raised. */
    public static <T> List<T> rows(Future<List<T>> pending) {
        try {
            return pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException(RetortException.Kind.DATABASE, "interrupted while reading the catalog", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new RetortException(RetortException.Kind.DATABASE, "reading the catalog failed: " + e.getCause(),
                    e.getCause());
        }
    }

    /** Waits for the side thread to finish what it was given and closes its connection. */
    @Override
    public void close() {
        if (thread == null) {
            return;
        }
        Future<?> closing = thread.submit(() -> {
            try {
                side.get().connection().close();
            } catch (SQLException | ExecutionException ignored) {
                // a connection that failed to open or close has nothing left to release
            }
            return null;
        });
        thread.shutdown();
        try {
            closing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // reported above where it matters: the queries' own results
        }
    }
}
