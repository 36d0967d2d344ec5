package dev.retort.schema;

import java.util.Comparator;
import java.util.Objects;

/**
 * The name of a schema object, with the schema it lives in. Names keep their real case; quoting
 * them is the renderer's job.
 *
 * <p>{@code schema} is {@code null} for objects of the session's current (default) schema, so a
 * model read from a scratch schema compares equal to the same model read from the live one; it is
 * set only for objects of other schemas. Immutable and thread-safe.
 *
 * @param schema the schema, or {@code null} for the current schema
 * @param name   the object's own name, never blank
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    private static final Comparator<QualifiedName> ORDER = Comparator
            .comparing(QualifiedName::schema, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(QualifiedName::name);

    /**
     * Checks the names.
     *
     * @param schema the schema, or {@code null} for the current schema
     * @param name the object's own name, never blank
     * @throws IllegalArgumentException when the name is empty, or the schema is empty rather than null
     */
    public QualifiedName {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an object name must not be empty");
        }
        if (schema != null && schema.isEmpty()) {
            throw new IllegalArgumentException("schema must be null or non-empty for " + name);
        }
    }

    /**
     * {@return a name in the current schema}
     *
     * @param name the object's own name, never blank
     */
    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** Current-schema objects first, then by schema, then by name. */
    @Override
    public int compareTo(QualifiedName other) {
        return ORDER.compare(this, other);
    }

    /** {@code schema.name}, or just {@code name} in the current schema; for messages, not SQL. */
    @Override
    public String toString() {
        return schema == null ? name : schema + "." + name;
    }
}
