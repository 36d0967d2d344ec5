package dev.retort.dialect.mysql;

import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.LockWait;
import dev.retort.spi.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A named lock ({@code GET_LOCK}) on the migration connection; the server releases it when the
 * connection ends. Names are limited to 64 characters, so long ones are hashed.
 */
final class MysqlLock implements MigrationLock {

    private final JdbcSession session;
    private final String name;

    private MysqlLock(JdbcSession session, String name) {
        this.session = session;
        this.name = name;
    }

    static MysqlLock acquire(LockRequest request, String database) {
        JdbcSession session = request.session();
        String name = lockName(database, request.name());
        LockWait.until(request,
                () -> Integer.valueOf(1).equals(session.queryOne("SELECT GET_LOCK(?, 0)", row -> row.getObject(1) == null ? null : row.getInt(1), name)),
                () -> holder(session, name));
        return new MysqlLock(session, name);
    }

    static String lockName(String database, String table) {
        String name = "retort:" + database + "." + table;
        if (name.length() <= 64) {
            return name;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "retort:" + HexFormat.of().formatHex(digest).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String holder(JdbcSession session, String name) {
        Long id = session.queryOne("SELECT IS_USED_LOCK(?)", row -> row.getObject(1) == null ? null : row.getLong(1), name);
        if (id == null) {
            return null;
        }
        String who = session.queryOne("SELECT USER, HOST, TIME FROM information_schema.PROCESSLIST WHERE ID = ?",
                row -> " (user " + row.getString(1) + " from " + row.getString(2) + ", busy for " + row.getLong(3) + " s)", id);
        return "connection " + id + program(session, id) + (who == null ? "" : who);
    }

    /** The holder's program_name connection attribute, where performance_schema is on ('' otherwise). */
    private static String program(JdbcSession session, long id) {
        try {
            String name = session.queryOne("SELECT ATTR_VALUE FROM performance_schema.session_connect_attrs"
                    + " WHERE PROCESSLIST_ID = ? AND ATTR_NAME = 'program_name'", row -> row.getString(1), id);
            return name == null ? "" : " ('" + name + "')";
        } catch (RuntimeException unavailable) {
            return "";
        }
    }

    @Override
    public void close() {
        try {
            session.queryOne("SELECT RELEASE_LOCK(?)", row -> row.getObject(1), name);
        } catch (RuntimeException ignored) {
            // The server releases the lock with the connection anyway.
        }
    }
}
