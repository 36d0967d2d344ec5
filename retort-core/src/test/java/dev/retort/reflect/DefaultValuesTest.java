package dev.retort.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.schema.DefaultValue.Kind;
import dev.retort.schema.DefaultValue;
import dev.retort.sql.lex.SqlFlavour;
import dev.retort.sql.lex.SqlLexer;
import org.junit.jupiter.api.Test;

class DefaultValuesTest {

    private static Kind kind(String sql) {
        return DefaultValues.classify(sql, new SqlLexer(SqlFlavour.ANSI)).kind();
    }

    @Test
    void literals() {
        assertEquals(Kind.LITERAL, kind("'x'"));
        assertEquals(Kind.LITERAL, kind("-1.5"));
        assertEquals(Kind.LITERAL, kind("TRUE"));
        assertEquals(Kind.LITERAL, kind("b'101'"));
        assertEquals(Kind.LITERAL, kind("X'FF'"));
    }

    @Test
    void functionsAndValueKeywords() {
        assertEquals(Kind.FUNCTION, kind("CURRENT_TIMESTAMP"));
        assertEquals(Kind.FUNCTION, kind("now()"));
        assertEquals(Kind.FUNCTION, kind("nextval('seq'::regclass)"));
        assertEquals(Kind.FUNCTION, kind("datetime('now', 'localtime')"));
    }

    @Test
    void expressionsAndUnreadableText() {
        assertEquals(Kind.EXPRESSION, kind("(now() AT TIME ZONE 'utc')"));
        assertEquals(Kind.EXPRESSION, kind("1 + 2"));
        assertEquals(Kind.EXPRESSION, kind("b 'x'"));
        assertEquals(Kind.UNRECOGNISED, kind("'unclosed"));
        assertEquals(Kind.UNRECOGNISED, kind("f(1))"));
    }

    @Test
    void keepsTheTrimmedTextAndTreatsBlankAsNoDefault() {
        assertEquals(new DefaultValue("'a b'", Kind.LITERAL), DefaultValues.classify("  'a b' ", new SqlLexer(SqlFlavour.ANSI)));
        assertNull(DefaultValues.classify("  ", new SqlLexer(SqlFlavour.ANSI)));
        assertNull(DefaultValues.classify(null, new SqlLexer(SqlFlavour.ANSI)));
    }
}
