package dev.retort.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link JsonReader} reads what {@link JsonWriter} writes, and refuses what is not JSON with line and column. */
class JsonReaderTest {

    @Test
    void readsBackWhatTheWriterWrites() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ line\nbreak\ttab \u0001 é ✓");
        value.put("number", 42L);
        value.put("negative", -7L);
        value.put("fraction", 2.5);
        value.put("flags", List.of(true, false));
        value.put("nothing", null);
        value.put("empty", List.of());
        value.put("nested", Map.of("a", List.of(Map.of())));
        assertEquals(value, JsonReader.read(JsonWriter.write(value)));
        assertEquals(Arrays.asList("x", null), JsonReader.read(" [\"\\u0078\", null] "));
    }

    @Test
    void readsBackCompactTextWithoutItsNullKeys() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "plain");
        value.put("escaped", "quote \" and \u00e9 \\");
        value.put("nothing", null);
        value.put("list", Arrays.asList(1L, null, Map.of("k", "v")));
        String compact = JsonWriter.writeCompact(value);
        assertEquals("{\"text\":\"plain\",\"escaped\":\"quote \\\" and \u00e9 \\\\\",\"list\":[1,null,{\"k\":\"v\"}]}", compact);
        Map<String, Object> expected = new LinkedHashMap<>(value);
        expected.remove("nothing");
        assertEquals(expected, JsonReader.read(compact));
    }

    @Test
    void refusesWhatIsNotJsonNamingLineAndColumn() {
        assertError("line 2, column 7: expected ':'", "{\n  \"a\" 1}");
        assertError("appears twice", "{\"a\": 1, \"a\": 2}");
        assertError("not closed", "[\"open");
        assertError("after the end", "{} {}");
        assertError("unexpected character", "[1,]");
        assertError("control character", "[\"a\nb\"]");
    }

    private static void assertError(String expected, String text) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JsonReader.read(text));
        assertTrue(error.getMessage().contains(expected), error.getMessage());
    }
}
