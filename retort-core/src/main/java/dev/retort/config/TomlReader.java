package dev.retort.config;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of TOML that {@code retort.toml} uses: top-level {@code key = value} pairs whose values
 * are strings (basic and literal), integers, booleans, arrays of those (over several lines if
 * need be), or inline tables of plain values, with comments. Anything else — [tables], dates, floats, multi-line strings — is refused with
 * the line and a remedy rather than guessed at.
 *
 * <p>Why not a TOML library: the one we used (tomlj) starts an ANTLR runtime that cost the command line
 * about 150 ms on every run, half of the start-up budget; the settings need none of the rest of TOML.
 * Stateless.
 */
final class TomlReader {

    private final String file;
    private final String text;
    private int position;
    private int line = 1;

    private TomlReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** The key/value pairs of the document, in order. Values: String, Long, Boolean, List, Map (inline tables). */
    static Map<String, Object> parse(String file, String text) {
        return new TomlReader(file, text).document();
    }

    private Map<String, Object> document() {
        Map<String, Object> values = new LinkedHashMap<>();
        while (true) {
            skipBlankLinesAndComments();
            if (atEnd()) {
                return values;
            }
            if (peek() == '[') {
                throw error("tables ([section]) are not used in retort.toml", "write every setting as a top-level key");
            }
            int keyLine = line;
            String key = key();
            skipSpaces();
            expect('=');
            skipSpaces();
            Object value = secretValue(key, keyLine);
            if (values.put(key, value) != null) {
                throw new RetortException(RetortException.Kind.CONFIGURATION,
                        file + ":" + keyLine + ": '" + key + "' is set twice; keep one");
            }
        }
    }

    /** The value and the end of its line; a password's errors never quote it (they would show it). */
    private Object secretValue(String key, int keyLine) {
        try {
            Object value = value();
            endOfLine();
            return value;
        } catch (RetortException e) {
            if (!key.equalsIgnoreCase("password")) {
                throw e;
            }
            throw new RetortException(RetortException.Kind.CONFIGURATION, file + ":" + keyLine + ": the password is"
                    + " not one quoted string on its line; write password = \"…\" (or set RETORT_PASSWORD instead)");
        }
    }

    private String key() {
        if (peek() == '"') {
            return basicString();
        }
        if (peek() == '\'') {
            return literalString();
        }
        int start = position;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
            position++;
        }
        if (start == position) {
            throw error("expected a setting name", "write lines like: url = \"jdbc:sqlite:retort.db\"");
        }
        if (!atEnd() && peek() == '.') {
            throw error("dotted keys are not used in retort.toml", "write every setting as a plain top-level key");
        }
        return text.substring(start, position);
    }

    private Object value() {
        if (atEnd()) {
            throw error("a value is missing", "add one after '='");
        }
        char c = peek();
        if (c == '"') {
            if (text.startsWith("\"\"\"", position)) {
                throw error("multi-line strings are not used in retort.toml", "put the value on one line");
            }
            return basicString();
        }
        if (c == '\'') {
            return literalString();
        }
        if (c == '[') {
            return array();
        }
        if (c == '{') {
            return inlineTable();
        }
        return bareValue();
    }

    /**
     * {@code { "name" = value, … }} of plain values (for {@code model_properties}); a bare dotted name would
     * be a nested table in TOML, so names with dots are written in quotes.
     */
    private Map<String, Object> inlineTable() {
        expect('{');
        Map<String, Object> table = new LinkedHashMap<>();
        while (true) {
            skipWhitespaceAndComments();
            if (!atEnd() && peek() == '}') {
                position++;
                return table;
            }
            String name;
            try {
                name = key();
            } catch (RetortException e) {
                throw error("expected a name in the inline table", "quote names with dots: { \"hibernate.x\" = \"y\" }");
            }
            skipSpaces();
            expect('=');
            skipSpaces();
            Object value = value();
            if (value instanceof List<?> || value instanceof Map<?, ?>) {
                throw error("'" + name + "' in an inline table has a list or table as value", "give a string, integer or boolean");
            }
            if (table.put(name, value) != null) {
                throw error("'" + name + "' is set twice in the inline table", "keep one");
            }
            skipWhitespaceAndComments();
            if (!atEnd() && peek() == ',') {
                position++;
            } else if (atEnd() || peek() != '}') {
                throw error("expected ',' or '}' in the inline table", "separate entries with commas and close with }");
            }
        }
    }

    private List<Object> array() {
        expect('[');
        List<Object> items = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (!atEnd() && peek() == ']') {
                position++;
                return items;
            }
            items.add(value());
            skipWhitespaceAndComments();
            if (!atEnd() && peek() == ',') {
                position++;
            } else if (atEnd() || peek() != ']') {
                throw error("expected ',' or ']' in the array", "separate items with commas and close with ]");
            }
        }
    }

    private Object bareValue() {
        int start = position;
        while (!atEnd() && !Character.isWhitespace(peek()) && peek() != ',' && peek() != ']' && peek() != '}'
                && peek() != '#') {
            position++;
        }
        String word = text.substring(start, position);
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        if (word.matches("[+-]?(0|[1-9](_?[0-9])*)")) {
            try {
                return Long.parseLong(word.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error("the integer " + word + " is too large", "use a smaller number");
            }
        }
        throw error("'" + word + "' is not a value retort.toml uses",
                "use a \"string\", an integer, true/false, or an [array]");
    }

    private String basicString() {
        int startLine = line;
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd() || peek() == '\n') {
                throw new RetortException(RetortException.Kind.CONFIGURATION,
                        file + ":" + startLine + ": a string is not closed; end it with \" on the same line");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                out.append(escape());
            } else {
                out.append(c);
            }
        }
    }

    private String escape() {
        if (atEnd()) {
            throw error("a backslash ends the file", "close the string");
        }
        char c = text.charAt(position++);
        return switch (c) {
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'n' -> "\n";
            case 't' -> "\t";
            case 'r' -> "\r";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'u' -> unicode(4);
            case 'U' -> unicode(8);
            default -> throw error("unknown escape \\" + c, "write \\\\ for a backslash, or use a 'literal string'");
        };
    }

    private String unicode(int digits) {
        if (position + digits > text.length()) {
            throw error("a \\u escape needs " + digits + " hex digits", "complete it");
        }
        try {
            int code = Integer.parseInt(text.substring(position, position + digits), 16);
            position += digits;
            return new String(Character.toChars(code));
        } catch (IllegalArgumentException e) {
            throw error("invalid unicode escape", "use \\uXXXX with hex digits");
        }
    }

    private String literalString() {
        int startLine = line;
        expect('\'');
        int end = text.indexOf('\'', position);
        int newline = text.indexOf('\n', position);
        if (end < 0 || (newline >= 0 && newline < end)) {
            throw new RetortException(RetortException.Kind.CONFIGURATION,
                    file + ":" + startLine + ": a string is not closed; end it with ' on the same line");
        }
        String value = text.substring(position, end);
        position = end + 1;
        return value;
    }

    private void endOfLine() {
        skipSpaces();
        if (!atEnd() && peek() == '#') {
            skipComment();
        }
        if (atEnd()) {
            return;
        }
        if (peek() == '\r') {
            position++;
        }
        if (atEnd() || peek() != '\n') {
            throw error("unexpected text after the value", "put one setting per line");
        }
        position++;
        line++;
    }

    private void skipBlankLinesAndComments() {
        skipWhitespaceAndComments();
    }

    private void skipWhitespaceAndComments() {
        while (!atEnd()) {
            char c = peek();
            if (c == '#') {
                skipComment();
            } else if (c == '\n') {
                position++;
                line++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                position++;
            } else {
                return;
            }
        }
    }

    private void skipComment() {
        while (!atEnd() && peek() != '\n') {
            position++;
        }
    }

    private void skipSpaces() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t')) {
            position++;
        }
    }

    private void expect(char c) {
        if (atEnd() || peek() != c) {
            throw error("expected '" + c + "'", "write lines like: key = \"value\"");
        }
        position++;
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private char peek() {
        return text.charAt(position);
    }

    private RetortException error(String problem, String remedy) {
        return new RetortException(RetortException.Kind.CONFIGURATION, file + ":" + line + ": " + problem + "; " + remedy);
    }
}
