package dev.retort.model;

import dev.retort.RetortException;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.SqlStatement;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs a SQL model's statements in the scratch space. Where DDL is transactional (PostgreSQL) the
 * statements run in transactions of {@value #BATCH}: committing each statement costs a WAL flush,
 * which made a model of 1000 tables take seconds; and each transaction's statements go to the server as one
 * JDBC batch (one wait for the server per batch, not per statement). Not one transaction for the whole model: every
 * relation created takes a lock held to the commit (about fifteen for a table with keys and
 * indexes), and a large model would exhaust the server's lock table ({@code max_locks_per_transaction}),
 * as {@code pg_restore --single-transaction} does.
 *
 * <p>Some statements cannot run inside a transaction ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM})
 * or not with what follows them in it (an enum value added by {@code ALTER TYPE … ADD VALUE} cannot be
 * used before commit). A failing statement therefore rolls its batch back, and the batch runs again
 * statement by statement, as on the other databases: a statement that is really wrong is reported
 * with its file and line either way. A batch in which the model controls transactions itself
 * ({@code BEGIN}, {@code ROLLBACK}, …) runs statement by statement too. Stateless.
 */
final class ModelStatements {

    /** Statements per transaction: few commits, and few enough locks held at once. */
    static final int BATCH = 250;

    private static final System.Logger LOG = System.getLogger("dev.retort");

    /**
     * A model's own transaction control: inside Retort's transaction its ROLLBACK would undo the
     * statements before it as well, so a batch holding one runs statement by statement, as written.
     */
    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?i)(BEGIN|START\\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT|SAVEPOINT|RELEASE)\\b");

    /** A statement and the file it is from. */
    record Located(Path file, SqlStatement statement) {
    }

    private ModelStatements() {
    }

    /** Runs them all, in order; in transactions of {@link #BATCH} when {@code transactional}. */
    static void run(JdbcSession session, List<Located> statements, boolean transactional) {
        int batch = transactional ? BATCH : statements.size();
        for (int from = 0; from < statements.size(); from += batch) {
            List<Located> part = statements.subList(from, Math.min(from + batch, statements.size()));
            if (!transactional || controlsTransactions(part) || !inOneTransaction(session, part)) {
                part.forEach(located -> execute(session, located));
            }
        }
    }

    private static boolean controlsTransactions(List<Located> statements) {
        return statements.stream().anyMatch(located -> TRANSACTION_CONTROL.matcher(located.statement().sql()).lookingAt());
    }

    /** True when all ran and committed; false (rolled back, nothing of them left) when one failed. */
    private static boolean inOneTransaction(JdbcSession session, List<Located> statements) {
        session.setAutoCommit(false);
        try {
            // one JDBC batch: the driver sends the statements together and waits for the server once, not once
            // per statement (as psql does); a failure is found again statement by statement, with its line
            try (Statement batch = session.connection().createStatement()) {
                for (Located located : statements) {
                    batch.addBatch(located.statement().sql());
                }
                batch.executeBatch();
                session.commit();
                return true;
            } catch (SQLException | RetortException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "the model fails inside a transaction of "
                        + where(statements.get(0)) + " and the " + (statements.size() - 1) + " statements after it ("
                        + e.getMessage() + "); running those statements again one by one");
                session.rollbackQuietly();
                return false;
            }
        } finally {
            session.setAutoCommit(true);
        }
    }

    private static void execute(JdbcSession session, Located located) {
        try {
            session.execute(located.statement().sql());
        } catch (RetortException e) {
            String error = e.getCause() instanceof SQLException sql ? JdbcSession.describe(sql) : e.getMessage();
            throw new RetortException(RetortException.Kind.SCRIPT, "the model " + where(located)
                    + " does not load: " + error + "\n  Fix that statement of the model file; nothing was written"
                    + " to the target database", e);
        }
    }

    private static String where(Located located) {
        return located.file() + ":" + located.statement().line();
    }
}
