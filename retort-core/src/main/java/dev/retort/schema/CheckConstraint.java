package dev.retort.schema;

import java.util.Objects;

/**
 * A check constraint. Immutable and thread-safe.
 *
 * @param name       the constraint name, or {@code null} where the database keeps none (SQLite)
 * @param expression the condition, as the database reports it, without the outer {@code CHECK ( )}
 */
public record CheckConstraint(String name, String expression) {

    public CheckConstraint {
        name = Names.optional(name, "check constraint");
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " has an empty expression");
        }
    }
}
