package dev.retort.dialect.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON arrays SQLite's {@code json_group_array(json_array(...))} builds: arrays of
 * strings, integers and nulls. The readers fetch one such array per table instead of one row per
 * column, because pulling every value across JNI on its own costs more than the catalog query.
 * Stateless.
 */
final class SqliteJson {

    private final String text;
    private int at;

    private SqliteJson(String text) {
        this.text = text;
    }

    /** The rows of a {@code [[...], [...]]} text; each row's values are String, Long or null. */
    static List<List<Object>> rows(String json) {
        SqliteJson reader = new SqliteJson(json);
        List<Object> outer = reader.array();
        List<List<Object>> rows = new ArrayList<>(outer.size());
        for (Object row : outer) {
            @SuppressWarnings("unchecked")
            List<Object> values = (List<Object>) row;
            rows.add(values);
        }
        return rows;
    }

    private Object value() {
        skipSpace();
        char c = text.charAt(at);
        if (c == '[') {
            return array();
        }
        if (c == '"') {
            return string();
        }
        if (text.startsWith("null", at)) {
            at += 4;
            return null;
        }
        int start = at;
        boolean integer = true;
        while (at < text.length()) {
            char d = text.charAt(at);
            if (d >= '0' && d <= '9' || d == '-' || d == '+') {
                at++;
            } else if (d == '.' || d == 'e' || d == 'E') {
                integer = false;
                at++;
            } else {
                break;
            }
        }
        String number = text.substring(start, at);
        return integer ? Long.valueOf(number) : number;
    }

    private List<Object> array() {
        List<Object> values = new ArrayList<>();
        at++;
        skipSpace();
        if (text.charAt(at) == ']') {
            at++;
            return values;
        }
        while (true) {
            values.add(value());
            skipSpace();
            char c = text.charAt(at++);
            if (c == ']') {
                return values;
            }
            if (c != ',') {
                throw new IllegalArgumentException("malformed JSON from SQLite at offset " + (at - 1));
            }
        }
    }

    private String string() {
        at++;
        // most strings have no escape: find the closing quote and take the text as it is
        for (int end = at; end < text.length(); end++) {
            char c = text.charAt(end);
            if (c == '"') {
                String plain = text.substring(at, end);
                at = end + 1;
                return plain;
            }
            if (c == '\\') {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = text.charAt(at++);
            switch (escaped) {
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(escaped);
            }
        }
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
