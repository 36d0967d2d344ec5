package dev.retort.script;

/**
 * One pass over LF-terminated text that drops trailing white space and blank lines outside literals
 * and keeps everything inside a literal as written. Mutable, one instance per text.
 */
final class LiteralAwareNormaliser {

    private final String text;
    private final StringBuilder out;
    /** Where the current line starts in {@code out}. */
    private int lineStart;
    /** Up to where the current line is literal text that trimming must not touch. */
    private int keepUpTo;
    /** The current line began inside a literal: keep it even when it looks blank. */
    private boolean lineInLiteral;

    LiteralAwareNormaliser(String text) {
        this.text = text;
        this.out = new StringBuilder(text.length());
    }

    String run() {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                endLine();
                i++;
            } else if (c == '-' && text.startsWith("--", i)) {
                int end = text.indexOf('\n', i);
                i = copy(i, end < 0 ? text.length() : end);
            } else if (c == '/' && text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = copyOutside(i, end < 0 ? text.length() : end + 2);
            } else if (c == '\'' || c == '"' || c == '`') {
                i = literal(i, closingQuote(i, c));
            } else if (c == '$' && dollarTag(i) != null) {
                String tag = dollarTag(i);
                int end = text.indexOf(tag, i + tag.length());
                i = literal(i, end < 0 ? text.length() : end + tag.length());
            } else {
                out.append(c);
                i++;
            }
        }
        endLine();
        return out.toString();
    }

    /** The end of the quoted token opening at {@code start}; a doubled quote stays inside. */
    private int closingQuote(int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    /** The {@code $tag$} opening at {@code i}, or null: {@code $1} and {@code a$b} are no dollar quotes. */
    private String dollarTag(int i) {
        if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '_')) {
            return null;
        }
        int j = i + 1;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) != '$' || (j > i + 1 && Character.isDigit(text.charAt(i + 1)))) {
            return null;
        }
        return text.substring(i, j + 1);
    }

    /** Copies a literal verbatim, line breaks and all. */
    private int literal(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '\n') {
                lineStart = out.length();
                lineInLiteral = true;
            }
        }
        keepUpTo = out.length();
        return to;
    }

    /** Copies text outside literals that may span lines (a block comment), ending lines as it goes. */
    private int copyOutside(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                endLine();
            } else {
                out.append(text.charAt(i));
            }
        }
        return to;
    }

    private int copy(int from, int to) {
        out.append(text, from, to);
        return to;
    }

    private void endLine() {
        int end = out.length();
        int floor = Math.max(lineStart, keepUpTo);
        while (end > floor && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
        if (end == lineStart && !lineInLiteral) {
            return;
        }
        out.append('\n');
        lineStart = out.length();
        keepUpTo = lineStart;
        lineInLiteral = false;
    }
}
