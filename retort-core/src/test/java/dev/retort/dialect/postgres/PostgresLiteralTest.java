package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PostgresLiteralTest {

    @Test
    void textWithABackslashIsAnEscapeStringSoNoSettingCanMoveItsEnd() {
        assertEquals("'it''s'", PostgresDialect.stringLiteral("it's"));
        assertEquals("E'a\\\\'", PostgresDialect.stringLiteral("a\\"));
        assertEquals("E'a\\\\'';DROP TABLE t;--'", PostgresDialect.stringLiteral("a\\';DROP TABLE t;--"));
        assertEquals("NULL", new PostgresDialect().literal(null));
    }
}
