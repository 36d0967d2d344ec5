package dev.retort.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checksums of script sections over normalised text, so that line endings, trailing spaces and blank
 * lines do not count as edits while any change to the SQL itself does. Stateless.
 *
 * <p>Two algorithms. The current one ({@link #of}) normalises blank lines and trailing spaces only
 * outside string literals, quoted names and dollar quotes, so {@code 'alice\n\nbob'} and
 * {@code 'alice\nbob'} differ, as the data they insert does. The legacy one ({@link #legacy}) normalised
 * everywhere; version tables hold its values for scripts applied before, so a recorded checksum equal
 * to either is accepted and a writing command replaces a legacy value with the current one. Both are
 * 64 hex digits, so no column had to widen and no prefix is needed. Line endings are normalised
 * everywhere by both, because version control converts them inside literals too.
 *
 * <p>Literals are found by standard SQL quoting rules whatever the dialect: {@code '…'} with doubled
 * quotes, {@code "…"}, {@code `…`}, {@code $tag$…$tag$}, outside {@code --} and block comments.
 */
public final class Checksums {

    private Checksums() {
    }

    /**
     * One digest looked up once and cloned for each use: the provider lookup of {@code getInstance}
     * costs more than hashing a script while the JVM is still cold (every command line run).
     */
    private static final MessageDigest SHA_256 = sha256();

    /** SHA-256, hex, of the text normalised outside literals. */
    public static String of(String sql) {
        return digest(normalise(sql));
    }

    /** The checksum of the earlier algorithm, which also normalised inside literals. */
    public static String legacy(String sql) {
        return digest(normaliseEverywhere(sql));
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
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

    /** CRLF and CR become LF; outside literals trailing white space goes from each line and blank lines go. */
    static String normalise(String sql) {
        return new LiteralAwareNormaliser(String.join("\n", Lines.of(sql))).run();
    }

    /** The legacy rule: CRLF and CR become LF, trailing white space goes from each line, blank lines go. */
    static String normaliseEverywhere(String sql) {
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
