package dev.retort.schema;

import java.util.HashSet;
import java.util.List;

/** Validation shared by the constraint records. */
final class Names {

    private Names() {
    }

    /** A non-empty copy of the column list with no blank or repeated names. */
    static List<String> columns(List<String> columns, String owner) {
        List<String> copy = List.copyOf(columns);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(owner + " must name at least one column");
        }
        if (new HashSet<>(copy).size() != copy.size() || copy.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException(owner + " names a column twice or an empty column: " + copy);
        }
        return copy;
    }

    /** Null or non-empty. */
    static String optional(String name, String what) {
        if (name != null && name.isEmpty()) {
            throw new IllegalArgumentException(what + " name must be null or non-empty");
        }
        return name;
    }
}
