package dev.retort.schema;

import java.util.Objects;

/**
 * A computed column's expression. Immutable and thread-safe.
 *
 * @param expression the generation expression as the database reports it
 * @param stored     true when the value is stored, false when computed on read (virtual)
 */
public record GeneratedColumn(String expression, boolean stored) {

    /**
     * Checks the expression.
     *
     * @param expression the generation expression as the database reports it
     * @param stored true when the value is stored, false when computed on read (virtual)
     * @throws IllegalArgumentException when the expression is blank
     */
    public GeneratedColumn {
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("a generation expression must not be blank");
        }
    }
}
