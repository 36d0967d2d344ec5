package dev.retort.schema;

import java.util.Objects;

/**
 * A check constraint. Immutable and thread-safe.
 *
 * @param name        the constraint name, or {@code null} where the database keeps none (SQLite)
 * @param expression  the condition, as the database reports it, without the outer {@code CHECK ( )}
 * @param columnLevel MariaDB's column-level check: named after its column and written in its definition,
 *                    which is where MariaDB keeps and prints it; false everywhere else
 */
public record CheckConstraint(String name, String expression, boolean columnLevel) {

    /**
     * Checks the constraint.
     *
     * @param name the constraint name, or {@code null} where the database keeps none (SQLite)
     * @param expression the condition, as the database reports it, without the outer {@code CHECK ( )}
     * @param columnLevel MariaDB's column-level check: named after its column and written in its definition,
     *     which is where MariaDB keeps and prints it; false everywhere else
     * @throws IllegalArgumentException when the expression is blank, or a column-level check has no name
     */
    public CheckConstraint {
        name = Names.optional(name, "check constraint");
        Objects.requireNonNull(expression, "expression");
        if (expression.isBlank()) {
            throw new IllegalArgumentException("check constraint " + name + " has an empty expression");
        }
        if (columnLevel && name == null) {
            throw new IllegalArgumentException("a column-level check is named after its column");
        }
    }

    /**
     * A table-level check.
     *
     * @param name the constraint name, or {@code null} where the database keeps none (SQLite)
     * @param expression the condition, as the database reports it, without the outer {@code CHECK ( )}
     */
    public CheckConstraint(String name, String expression) {
        this(name, expression, false);
    }
}
