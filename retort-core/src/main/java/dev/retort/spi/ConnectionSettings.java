package dev.retort.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * What Retort asks of the connections it opens and the sessions it runs: timeouts of the network, of waits for the
 * lock, and the name it shows the database. Zero durations mean no limit. Immutable and thread-safe.
 *
 * @param connectTimeout         opening a connection
 * @param socketTimeout          silence allowed while Retort waits on its own queries
 * @param statementSocketTimeout silence allowed while a revision's statement runs
 * @param lockTimeout            every wait for a lock: the migration lock, and a database's own write lock (SQLite)
 * @param applicationName        shown by the database for Retort's sessions, e.g. {@code retort upgrade}
 */
public record ConnectionSettings(Duration connectTimeout, Duration socketTimeout, Duration statementSocketTimeout,
                                 Duration lockTimeout, String applicationName) {

    /**
     * Checks that every timeout is given; a blank application name becomes null.
     *
     * @param connectTimeout opening a connection
     * @param socketTimeout silence allowed while Retort waits on its own queries
     * @param statementSocketTimeout silence allowed while a revision's statement runs
     * @param lockTimeout every wait for a lock: the migration lock, and a database's own write lock (SQLite)
     * @param applicationName shown by the database for Retort's sessions, e.g. {@code retort upgrade}
     */
    public ConnectionSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(statementSocketTimeout, "statementSocketTimeout");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        applicationName = applicationName == null || applicationName.isBlank() ? "retort" : applicationName;
    }

    /**
     * {@return whole seconds, rounded up (drivers and servers that count in seconds); 0 stays 0.}
     *
     * @param duration a timeout; zero for none
     */
    public static long seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis == 0 ? 0 : (millis + 999) / 1000;
    }

    /**
     * {@return milliseconds as an int (JDBC's network timeout), capped}
     *
     * @param duration a timeout; zero for none
     */
    public static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
