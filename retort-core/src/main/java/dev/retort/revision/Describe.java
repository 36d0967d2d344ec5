package dev.retort.revision;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.function.Function;

/** Names revisions in messages. Stateless. */
final class Describe {

    /** Long lists are cut here, so one message never floods a terminal. */
    private static final int LIMIT = 10;

    private Describe() {
    }

    /** "a (a.sql), b (b.sql)", or "none". */
    static String all(Collection<Revision> revisions) {
        return join(revisions, Revision::describe);
    }

    /** "a, b", or "none". */
    static String ids(Collection<Revision> revisions) {
        return join(revisions, Revision::id);
    }

    /** "a, b" for plain ids, or "none". */
    static String names(Collection<String> ids) {
        return join(ids, Function.identity());
    }

    private static <T> String join(Collection<T> items, Function<T, String> name) {
        if (items.isEmpty()) {
            return "none";
        }
        StringJoiner joined = new StringJoiner(", ");
        int shown = 0;
        for (T item : items) {
            if (shown == LIMIT) {
                joined.add("and " + (items.size() - LIMIT) + " more");
                break;
            }
            joined.add(name.apply(item));
            shown++;
        }
        return joined.toString();
    }
}
