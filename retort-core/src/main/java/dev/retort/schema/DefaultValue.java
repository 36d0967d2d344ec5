package dev.retort.schema;

import java.util.Objects;

/**
 * A column's server default after normalisation: the dialect's decorations are removed
 * (PostgreSQL's {@code 'x'::character varying} becomes {@code 'x'}, MariaDB's quoted
 * {@code COLUMN_DEFAULT} and MySQL 8's bare one both become the SQL literal). Immutable.
 *
 * @param sql  the default as SQL text of the dialect
 * @param kind what the text is
 */
public record DefaultValue(String sql, Kind kind) {

    /** What kind of SQL the default is; decides how later work may compare it. */
    public enum Kind {
        /** A string, number, boolean or bit literal, compared exactly. */
        LITERAL,
        /** A function call or SQL value keyword such as {@code CURRENT_TIMESTAMP} or {@code now()}. */
        FUNCTION,
        /** Any other well-formed expression, compared by its normalised text. */
        EXPRESSION,
        /** Text the reader could not make sense of (unbalanced quotes or parentheses); kept verbatim. */
        UNRECOGNISED
    }

    /**
     * Checks the default.
     *
     * @param sql the default as SQL text of the dialect
     * @param kind what the text is
     * @throws IllegalArgumentException when the SQL is blank
     */
    public DefaultValue {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(kind, "kind");
        if (sql.isBlank()) {
            throw new IllegalArgumentException("a default must not be blank; use no default instead");
        }
    }
}
