package dev.retort.spi;

import java.util.Objects;

/**
 * Where a scratch space may be made: the server of the target database, or a configured development
 * database ({@code dev_url}). Immutable; {@link #toString()} hides the password.
 *
 * @param url      JDBC URL of the server's database (or of the development database)
 * @param user     its user, or null
 * @param password its password, or null
 */
public record ScratchRequest(String url, String user, String password) {
    /**
     * Checks that the URL is given.
     *
     * @param url JDBC URL of the server's database (or of the development database)
     * @param user its user, or null
     * @param password its password, or null
     */
    public ScratchRequest {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        return "ScratchRequest[url=" + dev.retort.Redaction.maskPassword(url) + ", user=" + user + "]";
    }
}
