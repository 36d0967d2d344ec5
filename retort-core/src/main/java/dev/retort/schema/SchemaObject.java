package dev.retort.schema;

import java.util.Objects;

/**
 * A schema object that Retort lists by name but does not model in detail yet: a view, trigger,
 * routine or sequence. Listing them keeps them from being mistaken for tables and lets later work
 * manage them. Immutable and thread-safe.
 *
 * @param kind  what the object is
 * @param name  its name
 * @param table the table a trigger belongs to; {@code null} for every other kind
 */
public record SchemaObject(Kind kind, QualifiedName name, QualifiedName table) {

    /** The kinds of object listed by name. */
    public enum Kind { VIEW, MATERIALIZED_VIEW, TRIGGER, FUNCTION, PROCEDURE, SEQUENCE }

    public SchemaObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if ((kind == Kind.TRIGGER) != (table != null)) {
            throw new IllegalArgumentException("a trigger, and only a trigger, names its table: " + kind + " " + name);
        }
    }

    /** An object that is not a trigger. */
    public static SchemaObject of(Kind kind, QualifiedName name) {
        return new SchemaObject(kind, name, null);
    }
}
