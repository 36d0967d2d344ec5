package dev.retort.dialect.postgres;

import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.LockWait;
import dev.retort.spi.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A session-level advisory lock on the migration connection. PostgreSQL releases it when the
 * session ends, so a crashed process never leaves it behind.
 */
final class PostgresLock implements MigrationLock {

    /** High 32 bits of every Retort key ("RTRT"), so other applications' advisory locks rarely collide. */
    private static final long PREFIX = 0x52545254L << 32;

    private final JdbcSession session;
    private final long key;

    private PostgresLock(JdbcSession session, long key) {
        this.session = session;
        this.key = key;
    }

    static PostgresLock acquire(LockRequest request) {
        JdbcSession session = request.session();
        long key = key(request.name());
        LockWait.until(request,
                () -> Boolean.TRUE.equals(session.queryOne("SELECT pg_try_advisory_lock(?)", row -> row.getBoolean(1), key)),
                () -> holder(session, key));
        return new PostgresLock(session, key);
    }

    static long key(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return PREFIX | crc.getValue();
    }

    private static String holder(JdbcSession session, long key) {
        // A bigint advisory key is stored as classid (high half) and objid (low half), objsubid 1.
        return session.queryOne("""
                SELECT a.pid, a.usename, a.application_name, a.client_addr, a.backend_start
                FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                  AND l.classid::bigint = ? AND l.objid::bigint = ?
                """, row -> "backend pid " + row.getInt(1) + " (user " + row.getString(2) + ", application '"
                        + row.getString(3) + "', client " + row.getString(4) + ", connected since " + row.getString(5) + ")",
                key >>> 32, key & 0xFFFFFFFFL);
    }

    @Override
    public void close() {
        try {
            session.queryOne("SELECT pg_advisory_unlock(?)", row -> row.getBoolean(1), key);
        } catch (RuntimeException ignored) {
            // The connection is closing anyway; PostgreSQL drops the lock with the session.
        }
    }
}
