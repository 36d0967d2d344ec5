package dev.retort.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TomlReaderTest {

    @Test
    void readsStringsNumbersBooleansAndArrays() {
        Map<String, Object> values = TomlReader.parse("f", """
                # comment
                url = "jdbc:postgresql://h/db?x=1" # trailing
                user = 'app\\literal'
                "quoted-key" = "a\\tb\\u00e9"
                lock_timeout = 1_500
                clean_enabled = false
                locations = [
                  "migrations",  # first
                  'classpath:db/m',
                ]
                empty = []
                """);
        assertEquals("jdbc:postgresql://h/db?x=1", values.get("url"));
        assertEquals("app\\literal", values.get("user"));
        assertEquals("a\tb\u00e9", values.get("quoted-key"));
        assertEquals(1500L, values.get("lock_timeout"));
        assertEquals(false, values.get("clean_enabled"));
        assertEquals(List.of("migrations", "classpath:db/m"), values.get("locations"));
        assertEquals(List.of(), values.get("empty"));
    }

    @Test
    void windowsLineEndingsAndNoFinalNewline() {
        assertEquals(Map.of("a", "1", "b", 2L), TomlReader.parse("f", "a = \"1\"\r\nb = 2"));
    }

    @Test
    void inlineTablesOfPlainValues() {
        assertEquals(Map.of("p", Map.of("hibernate.type.preferred_uuid_jdbc_type", "CHAR", "n", 3L, "b", true)),
                TomlReader.parse("f", "p = { \"hibernate.type.preferred_uuid_jdbc_type\" = \"CHAR\", n = 3, b = true }\n"));
        assertEquals(Map.of("p", Map.of()), TomlReader.parse("f", "p = {}\n"));
    }

    @Test
    void refusesWhatItDoesNotReadWithLineAndRemedy() {
        assertError("a = 1\n[database]\n", "f:2: tables");
        assertError("a = \"open\n", "f:1: a string is not closed");
        assertError("a = 1\na = 2\n", "f:2: 'a' is set twice");
        assertError("a = 1.5\n", "f:1: '1.5' is not a value");
        assertError("a = 1 b = 2\n", "f:1: unexpected text");
        assertError("a.b = 1\n", "dotted keys");
        assertError("a = { x = [1] }\n", "has a list or table as value");
        assertError("a = { x.y = 1 }\n", "quote names with dots");
        assertError("a = { x = 1, x = 2 }\n", "'x' is set twice");
        assertError("a = { x = 1\n", "expected ',' or '}'");
        assertError("a = [1, 2\n", "expected ',' or ']'");
        assertError("a = \"\\q\"\n", "unknown escape");
        assertError("= 1\n", "expected a setting name");
    }

    @Test
    void aBadlyWrittenPasswordIsNeverQuoted() {
        for (String toml : List.of("password = hunter2xyz\n", "password = \"hunter2xyz\n", "password = \"hunter2xyz\" hunter2xyz\n",
                "password = 'hunter2xyz\n", "password = [\"hunter2xyz\"\n")) {
            RetortException e = assertThrows(RetortException.class, () -> TomlReader.parse("f", "url = \"x\"\n" + toml));
            assertFalse(e.getMessage().contains("hunter2xyz"), e.getMessage());
            assertTrue(e.getMessage().startsWith("f:2: the password is not one quoted string"), e.getMessage());
        }
    }

    private static void assertError(String toml, String expected) {
        RetortException e = assertThrows(RetortException.class, () -> TomlReader.parse("f", toml));
        assertEquals(RetortException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
