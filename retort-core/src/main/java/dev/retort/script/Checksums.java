package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of script sections over normalised text, so that line endings, trailing spaces and blank
 * lines do not count as edits while any change to the SQL itself does. Stateless.
 *
 * <p>Only the upgrade section is covered: it is what ran against the database. Fixing a broken
 * downgrade or rewording the message of an applied revision is allowed and does not trip the check.
 */
public final class Checksums {

    private Checksums() {
    }

    /**
     * One digest looked up once and cloned for each use: the provider lookup of {@code getInstance}
     * costs more than hashing a script while the JVM is still cold (every command line run).
     */
    private static final MessageDigest SHA_256 = sha256();

    /** SHA-256, hex, of the normalised text. */
    public static String of(String sql) {
        return HexFormat.of().formatHex(newDigest().digest(normalise(sql).getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newDigest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** CRLF and CR become LF, trailing white space goes from each line, blank lines go. */
    static String normalise(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        for (String line : Lines.of(sql)) {
            String trimmed = line.stripTrailing();
            if (!trimmed.isEmpty()) {
                out.append(trimmed).append('\n');
            }
        }
        return out.toString();
    }
}
