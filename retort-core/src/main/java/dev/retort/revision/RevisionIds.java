package dev.retort.revision;

/**
 * The rule every revision id follows, so that each one fits the version table and no two are one row
 * to a database: ASCII letters, digits, {@code '_'}, {@code '.'} and {@code '-'}, at most
 * {@value #MAX_LENGTH} characters (the width of the version table's {@code revision} column), and
 * unique without regard to case (MySQL/MariaDB compare the key case-insensitively). Stateless.
 */
public final class RevisionIds {

    /** The width of the version table's and the audit table's {@code revision} column. */
    public static final int MAX_LENGTH = 64;

    /** The rule in words, for messages. */
    public static final String RULE = "ASCII letters, digits, '_', '-' and '.', at most " + MAX_LENGTH
            + " characters, unique regardless of case";

    private RevisionIds() {
    }

    /** What is wrong with the id's spelling, or null when it follows the rule (uniqueness aside). */
    public static String problem(String id) {
        if (id == null || id.isEmpty()) {
            return "is empty";
        }
        if (id.length() > MAX_LENGTH) {
            return "is " + id.length() + " characters long, more than the version table's " + MAX_LENGTH;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_' || c == '.' || c == '-';
            if (!allowed) {
                return "contains '" + c + "'";
            }
        }
        return null;
    }

    /** The form two ids are compared in for uniqueness. */
    public static String foldCase(String id) {
        return id.toLowerCase(java.util.Locale.ROOT);
    }
}
