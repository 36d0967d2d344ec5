package dev.retort.spi;

import java.util.Objects;

/**
 * Where a scratch space may be made: the server of the target database, or a configured development
 * database ({@code dev_url}). Immutable; {@link #toString()} hides the password.
 */
public record ScratchRequest(String url, String user, String password) {
    public ScratchRequest {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public String toString() {
        return "ScratchRequest[url=" + dev.retort.Redaction.maskPassword(url) + ", user=" + user + "]";
    }
}
