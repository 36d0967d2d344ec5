package dev.retort.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into plain Java values, the counterpart of {@link JsonWriter}: objects become
 * {@link LinkedHashMap}s (key order kept), arrays {@link ArrayList}s, numbers {@link Long} (or
 * {@link Double} when they have a fraction or exponent), and {@code true}, {@code false}, {@code null}
 * what they say. Strict (RFC 8259): anything else is an {@link IllegalArgumentException} naming the line
 * and column. Stateless and thread-safe; each call parses one document.
 *
 * <p>Lives in {@code internal}: public for other Retort packages only.
 */
public final class JsonReader {

    private final String text;
    private int position;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * The value of a JSON document.
     *
     * @param text the document
     * @return the value: a map, list, string, number, boolean or null
     * @throws IllegalArgumentException when the text is not one JSON value
     */
    public static Object read(String text) {
        JsonReader reader = new JsonReader(text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.position < text.length()) {
            throw reader.error("text after the end of the document");
        }
        return value;
    }

    private Object value() {
        skipSpace();
        if (position >= text.length()) {
            throw error("the document ends where a value was expected");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> word("true", Boolean.TRUE);
            case 'f' -> word("false", Boolean.FALSE);
            case 'n' -> word("null", null);
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw error("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object() {
        position++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            position++;
            return map;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("expected a key in quotes");
            }
            String key = string();
            skipSpace();
            expect(':');
            if (map.containsKey(key)) {
                throw error("key \"" + key + "\" appears twice in one object");
            }
            map.put(key, value());
            skipSpace();
            if (peek() == ',') {
                position++;
                continue;
            }
            expect('}');
            return map;
        }
    }

    private List<Object> array() {
        position++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            position++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            if (peek() == ',') {
                position++;
                continue;
            }
            expect(']');
            return list;
        }
    }

    private String string() {
        position++;
        // most strings hold no escape: one substring instead of a character-by-character copy
        for (int end = position; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == '"') {
                String plain = text.substring(position, end);
                position = end + 1;
                return plain;
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape());
            } else if (c < 0x20) {
                throw error("a control character inside a string (write it as an escape)");
            } else {
                out.append(c);
            }
        }
        throw error("a string is not closed");
    }

    private char escape() {
        if (position >= text.length()) {
            throw error("a string ends inside an escape");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'u' -> {
                if (position + 4 > text.length()) {
                    throw error("a \\u escape needs four hex digits");
                }
                try {
                    char decoded = (char) Integer.parseInt(text.substring(position, position + 4), 16);
                    position += 4;
                    yield decoded;
                } catch (NumberFormatException e) {
                    throw error("a \\u escape needs four hex digits");
                }
            }
            default -> throw error("unknown escape \\" + c);
        };
    }

    private Object number() {
        int start = position;
        if (peek() == '-') {
            position++;
        }
        boolean fraction = false;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && position > start)) {
                fraction = true;
            } else if (c < '0' || c > '9') {
                break;
            }
            position++;
        }
        String digits = text.substring(start, position);
        try {
            return fraction ? (Object) Double.valueOf(digits) : (Object) Long.valueOf(digits);
        } catch (NumberFormatException e) {
            position = start;
            throw error("not a number: " + digits);
        }
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw error("unexpected text (expected " + word + ")");
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : '\0';
    }

    private void skipSpace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            position++;
        }
    }

    private IllegalArgumentException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new IllegalArgumentException("line " + line + ", column " + column + ": " + problem);
    }
}
