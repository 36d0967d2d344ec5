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

    /** SHA-256, hex, of the normalised text. */
    public static String of(String sql) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(normalise(sql).getBytes(StandardCharsets.UTF_8)));
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
