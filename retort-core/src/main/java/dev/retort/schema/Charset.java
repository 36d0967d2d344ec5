package dev.retort.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * A character set with its collation, as MySQL and MariaDB give them to a table (its default for
 * text columns) or to one text column. Immutable and thread-safe.
 *
 * <p>Retort keeps only what differs from what would be inherited anyway: a table's charset is
 * recorded when its default collation is not the database's, a column's when its collation is not
 * its table's; and the collation is {@code null} when it is the character set's own default. So a
 * schema created without any CHARACTER SET clause carries none, and a re-created table declares
 * exactly what the original did.
 *
 * @param name      the character set, lower case ({@code utf8mb4}, {@code latin1})
 * @param collation the collation, lower case, or {@code null} for the character set's default
 */
public record Charset(String name, String collation) {

    /**
     * Checks the names and folds them to lower case; a blank collation becomes null.
     *
     * @param name the character set, lower case ({@code utf8mb4}, {@code latin1})
     * @param collation the collation, lower case, or {@code null} for the character set's default
     * @throws IllegalArgumentException when the name is blank or the collation is not of this character set
     */
    public Charset {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a character set name must not be blank");
        }
        name = name.toLowerCase(Locale.ROOT);
        collation = collation == null || collation.isBlank() ? null : collation.toLowerCase(Locale.ROOT);
        if (collation != null && !collation.equals("binary") && !collation.startsWith(name + "_")) {
            throw new IllegalArgumentException("collation " + collation + " does not belong to character set " + name
                    + "; name a collation that starts with " + name + "_");
        }
    }

    /**
     * {@return the character set alone, with its default collation}
     *
     * @param name the character set, lower case ({@code utf8mb4}, {@code latin1})
     */
    public static Charset of(String name) {
        return new Charset(name, null);
    }

    /**
     * {@return the character set a collation belongs to, with that collation: MySQL names every collation
     * after its character set ({@code utf8mb4_bin} is of {@code utf8mb4}), except {@code binary}}
     *
     * @param collation the collation, lower case, or {@code null} for the character set's default
     */
    public static Charset ofCollation(String collation) {
        Objects.requireNonNull(collation, "collation");
        String lower = collation.toLowerCase(Locale.ROOT);
        int underscore = lower.indexOf('_');
        if (underscore <= 0) {
            return new Charset(lower, null);
        }
        return new Charset(lower.substring(0, underscore), lower);
    }

    /** {@return {@code utf8mb4} or {@code utf8mb4 collate utf8mb4_bin}, for people} */
    public String describe() {
        return collation == null ? name : name + " collate " + collation;
    }
}
