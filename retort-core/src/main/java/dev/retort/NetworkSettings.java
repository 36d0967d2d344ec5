package dev.retort;

import java.time.Duration;
import java.util.Objects;

/**
 * How long Retort waits on a database server that does not answer, for connections it opens from a URL. Zero means
 * no limit. Immutable and thread-safe.
 *
 * @param connectTimeout         opening a connection ({@code connect_timeout})
 * @param socketTimeout          silence while Retort waits on its own work: the lock, the version table, reading the
 *                               schema ({@code socket_timeout}); the server also ends Retort's sessions idle about
 *                               twice this long, which frees the lock of a client it can no longer reach
 * @param statementSocketTimeout silence while a revision's statement runs ({@code statement_socket_timeout}): long,
 *                               because a migration statement may rightly run for a long time without a word
 */
public record NetworkSettings(Duration connectTimeout, Duration socketTimeout, Duration statementSocketTimeout) {

    /** The defaults: 10 seconds to connect, 60 seconds of silence on Retort's own work, an hour within a statement. */
    public static final NetworkSettings DEFAULTS =
            new NetworkSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofHours(1));

    /**
     * Checks that every timeout is given.
     *
     * @param connectTimeout opening a connection ({@code connect_timeout})
     * @param socketTimeout silence while Retort waits on its own work: the lock, the version table, reading
     *     the schema ({@code socket_timeout}); the server also ends Retort's sessions idle about twice this
     *     long, which frees the lock of a client it can no longer reach
     * @param statementSocketTimeout silence while a revision's statement runs
     *     ({@code statement_socket_timeout}): long, because a migration statement may rightly run for a long
     *     time without a word
     * @throws NullPointerException when a timeout is null
     */
    public NetworkSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(socketTimeout, "socketTimeout");
        Objects.requireNonNull(statementSocketTimeout, "statementSocketTimeout");
    }
}
