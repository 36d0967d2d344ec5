package dev.retort.hibernate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The key of a cached model: a SHA-256 over everything the create script depends on. Not thread-safe. */
final class Fingerprint {

    private final MessageDigest digest = sha256();

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    Fingerprint add(String label, Object value) {
        digest.update((label + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    Fingerprint add(String label, byte[] value) {
        digest.update((label + "=").getBytes(StandardCharsets.UTF_8));
        digest.update(value);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
