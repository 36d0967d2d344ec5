package dev.retort;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Retort#baseline} covers and how it names the revision it writes. Immutable.
 *
 * @param message    the revision's message
 * @param revisionId the revision's id, or null for a random one
 * @param include    table glob patterns to cover (empty: the project's {@code include_tables}, else all)
 * @param exclude    table glob patterns to leave out (empty: the project's {@code exclude_tables})
 */
public record BaselineOptions(String message, String revisionId, List<String> include, List<String> exclude) {

    /**
     * Copies the lists.
     *
     * @param message    the revision's message
     * @param revisionId the revision's id, or null for a random one
     * @param include    table glob patterns to cover
     * @param exclude    table glob patterns to leave out
     */
    public BaselineOptions {
        Objects.requireNonNull(message, "message");
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /**
     * Every table, a random id, the message {@code baseline}.
     *
     * @return the defaults
     */
    public static BaselineOptions defaults() {
        return new BaselineOptions("baseline", null, List.of(), List.of());
    }
}
