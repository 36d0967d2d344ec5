package dev.retort.sql;

/**
 * Turns character positions of one script into 1-based line numbers.
 *
 * <p>The splitter asks for positions in increasing order, so the counter only walks forward from
 * the last answer: the whole script costs one pass, and no table of line starts is built for a
 * several-megabyte dump. A position before the last one restarts the walk from the top; that is
 * correct, only slower. A line ends at {@code \n}, at {@code \r\n} and at a lone {@code \r}.
 * Mutable, not thread-safe; one instance per split.
 */
final class LineCounter {

    private final String script;
    private int position;
    private int line = 1;

    LineCounter(String script) {
        this.script = script;
    }

    /** The line on which the character at {@code target} stands. */
    int lineAt(int target) {
        if (target < position) {
            position = 0;
            line = 1;
        }
        for (int i = position; i < target; i++) {
            char c = script.charAt(i);
            // "\r\n" counts once, at its '\n'; a lone '\r' (classic Mac OS) ends a line by itself.
            if (c == '\n' || (c == '\r' && (i + 1 >= script.length() || script.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        position = target;
        return line;
    }
}
