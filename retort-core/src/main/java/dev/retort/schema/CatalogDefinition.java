package dev.retort.schema;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A view's, routine's, trigger's or rule's definition as the database's catalog prints it, read by a
 * schema reader. Immutable and thread-safe.
 *
 * <p>A SQL model is loaded into a scratch database of the target's dialect and read by the same
 * reader, so the same server prints both sides: two objects whose {@code comparable} texts differ
 * have different definitions. The reader takes out what differs only because the model lived
 * elsewhere (the scratch schema's or database's name, a {@code DEFINER}, spacing).
 *
 * @param comparable the normalised text to compare with the other side's
 * @param statement  SQL that re-creates the object as the database has it (several statements for
 *                   overloaded routines), or {@code null} where the reader cannot build it
 */
public record CatalogDefinition(String comparable, String statement) {

    private static final Pattern SPACING = Pattern.compile("\\s+");

    /**
     * Checks the definition.
     *
     * @param comparable the normalised text to compare with the other side's
     * @param statement SQL that re-creates the object as the database has it (several statements for
     *     overloaded routines), or {@code null} where the reader cannot build it
     * @throws NullPointerException when {@code comparable} is null
     * @throws IllegalArgumentException when {@code statement} is blank
     */
    public CatalogDefinition {
        Objects.requireNonNull(comparable, "comparable");
        if (statement != null && statement.isBlank()) {
            throw new IllegalArgumentException("a catalog definition's statement is blank; use null for unknown");
        }
    }

    /**
     * {@return the definition whose comparable text is {@code text} with its spacing collapsed, which is how
     * every reader compares what its database prints: white space is layout, not definition}
     *
     * @param statement SQL that re-creates the object as the database has it (several statements for
     *     overloaded routines), or {@code null} where the reader cannot build it
     * @param text the definition as the database prints it
     */
    public static CatalogDefinition spacingCollapsed(String text, String statement) {
        return new CatalogDefinition(SPACING.matcher(text).replaceAll(" ").strip(), statement);
    }

    /**
     * {@return true when both texts are known and differ}
     *
     * @param other the other side's definition
     */
    public boolean differsFrom(CatalogDefinition other) {
        return !comparable.equals(other.comparable);
    }
}
