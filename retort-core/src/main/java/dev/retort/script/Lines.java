package dev.retort.script;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at LF, CRLF or CR without a regular expression (scripts are read at every start). */
final class Lines {

    private Lines() {
    }

    /** The lines, terminators removed; a trailing terminator yields a last empty line, as split(…, -1) does. */
    static List<String> of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * Where each line's text starts and ends in the text (terminators excluded), split as {@link #of}
     * splits: {@code starts[i]} and {@code ends[i]} for line i.
     */
    static int[][] spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                spans.add(new int[] {start, i});
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        spans.add(new int[] {start, length});
        return spans.toArray(int[][]::new);
    }
}
