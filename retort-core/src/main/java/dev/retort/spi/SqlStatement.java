package dev.retort.spi;

import java.util.Objects;

/**
 * One SQL statement cut from a script, without its terminator. Immutable.
 *
 * @param sql  the statement text, trimmed, comments inside it kept
 * @param line the 1-based line of the script on which the statement starts
 */
public record SqlStatement(String sql, int line) {
    /**
     * Validates the components.
     *
     * @param sql  the statement text
     * @param line its 1-based first line
     * @throws NullPointerException if {@code sql} is null
     * @throws IllegalArgumentException if {@code line} is less than 1
     */
    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }
}
