package dev.retort.dialect.sqlite;

import dev.retort.RetortException;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.LockRequest;
import dev.retort.spi.LockTimeoutException;
import dev.retort.spi.LockWait;
import dev.retort.spi.MigrationLock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * SQLite's migration lock, in two parts. A lock on a region of the file {@code <database>-retort.lock} (an
 * operating-system lock, which the system drops when the process dies) keeps other Retort processes out for the
 * whole command; inside it, {@code BEGIN IMMEDIATE} on the migration connection takes SQLite's write lock. The
 * runner commits after every revision and begins again, so a revision reported done stays done whatever happens
 * next, while the file lock makes sure no other Retort process runs in between. The holder writes who it is
 * into the file, so a waiting process can name it. An in-memory database (no file) needs only the transaction.
 *
 * <p>Not thread-safe: held and released by one thread.
 */
final class SqliteLock implements MigrationLock {

    private final JdbcSession session;
    private final FileChannel channel;
    private final FileLock fileLock;

    private SqliteLock(JdbcSession session, FileChannel channel, FileLock fileLock) {
        this.session = session;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    static SqliteLock acquire(LockRequest request) {
        JdbcSession session = request.session();
        long deadline = System.nanoTime() + request.timeout().toNanos();
        String file = session.queryOne("SELECT file FROM pragma_database_list WHERE name = 'main'", row -> row.getString(1));
        FileChannel channel = null;
        FileLock fileLock = null;
        if (file != null && !file.isEmpty()) {
            channel = open(Path.of(file + "-retort.lock"));
            long region = region(request.name());
            FileChannel locked = channel;
            FileLock[] held = new FileLock[1];
            try {
                LockWait.until(request, () -> (held[0] = tryLock(locked, region)) != null, () -> holder(locked));
            } catch (RuntimeException e) {
                closeQuietly(channel);
                throw e;
            }
            fileLock = held[0];
            write(channel, request.holder());
        }
        try {
            // Whatever is left of the timeout governs SQLite's own wait for a writer that is not Retort.
            long left = Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
            session.execute("PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, left));
            begin(session, request);
            session.execute("PRAGMA busy_timeout = " + Math.min(Integer.MAX_VALUE, request.timeout().toMillis()));
        } catch (RuntimeException e) {
            release(fileLock, channel);
            throw e;
        }
        return new SqliteLock(session, channel, fileLock);
    }

    /** {@code BEGIN IMMEDIATE}, a busy database reported as the lock's timeout. */
    static void begin(JdbcSession session, LockRequest request) {
        try {
            session.execute("BEGIN IMMEDIATE");
        } catch (RetortException e) {
            String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            if (message.contains("SQLITE_BUSY") || message.contains("locked")) {
                throw new LockTimeoutException(request.name(), request.timeout(),
                        "a writer that is not Retort (SQLite tells no more)");
            }
            throw e;
        }
    }

    private static long region(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return 1024 + (crc.getValue() & 0xFFFFFFL); // past the holder text written at the start
    }

    private static FileChannel open(Path path) {
        try {
            return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.DATABASE, "cannot open the lock file " + path + ": " + e
                    + "; Retort needs to create it next to the database (check the directory's permissions)", e);
        }
    }

    private static FileLock tryLock(FileChannel channel, long region) {
        try {
            return channel.tryLock(region, 1, false);
        } catch (OverlappingFileLockException heldInThisProcess) {
            return null;
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.DATABASE, "cannot lock the lock file: " + e, e);
        }
    }

    private static void write(FileChannel channel, String holder) {
        try {
            byte[] text = (holder + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text, 0, Math.min(text.length, 1000)), 0);
        } catch (IOException ignored) {
            // Naming the holder is a courtesy to waiting processes; the lock itself is held.
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(1000);
            int read = channel.read(buffer, 0);
            String text = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            // Reached with the transaction still open only when the command failed before committing.
            session.execute("ROLLBACK");
        } catch (RuntimeException ignored) {
            // "no transaction is active": the runner committed already.
        }
        release(fileLock, channel);
    }

    private static void release(FileLock fileLock, FileChannel channel) {
        try {
            if (fileLock != null) {
                fileLock.release();
            }
        } catch (IOException ignored) {
            // Closing the channel releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // The system drops the lock with the descriptor anyway.
            }
        }
    }
}
