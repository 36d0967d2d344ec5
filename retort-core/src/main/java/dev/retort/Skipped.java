package dev.retort;

import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * Something the diff could not compare reliably, and therefore generated nothing for.
 * Immutable and thread-safe.
 *
 * @param table  the table it belongs to, or {@code null} for a schema-level object (a view)
 * @param object what it is, e.g. {@code column rating} or {@code index idx_title}
 * @param reason why it was skipped and what to do about it
 */
public record Skipped(QualifiedName table, String object, String reason) {

    /**
     * Checks that the object and the reason are given.
     *
     * @param table the table it belongs to, or {@code null} for a schema-level object (a view)
     * @param object what it is, e.g. {@code column rating} or {@code index idx_title}
     * @param reason why it was skipped and what to do about it
     * @throws NullPointerException when {@code object} or {@code reason} is null
     */
    public Skipped {
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@return one line for people: {@code film: column rating: ...}} */
    public String describe() {
        return (table == null ? "" : table + ": ") + object + ": " + reason;
    }
}
