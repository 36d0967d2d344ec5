package dev.retort.diff;

import dev.retort.schema.QualifiedName;

/** Parsing shared by the rename hints. Stateless. */
final class HintText {

    private HintText() {
    }

    /** The two sides of {@code left=right}, stripped; both non-empty. */
    static String[] sides(String hint, String form) {
        int equals = hint == null ? -1 : hint.indexOf('=');
        if (equals < 0 || hint.indexOf('=', equals + 1) >= 0) {
            throw new IllegalArgumentException("rename hint '" + hint + "' must have exactly one '='; write it as " + form);
        }
        String left = hint.substring(0, equals).strip();
        String right = hint.substring(equals + 1).strip();
        if (left.isEmpty() || right.isEmpty()) {
            throw new IllegalArgumentException("rename hint '" + hint + "' has an empty side; write it as " + form);
        }
        return new String[] {left, right};
    }

    /** {@code name} or {@code schema.name}. */
    static QualifiedName name(String text, String hint) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return QualifiedName.of(text);
        }
        if (dot == 0 || dot == text.length() - 1 || text.indexOf('.', dot + 1) >= 0) {
            throw new IllegalArgumentException("rename hint '" + hint + "' has a malformed table name '" + text
                    + "'; use table or schema.table");
        }
        return new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
    }
}
