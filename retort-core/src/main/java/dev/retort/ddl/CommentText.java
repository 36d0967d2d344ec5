package dev.retort.ddl;

/**
 * Text made safe for a {@code --} comment line of a script: names, messages and reasons may hold any
 * character, and a line break among them would end the comment and turn the rest into SQL. Stateless.
 */
public final class CommentText {

    private CommentText() {
    }

    /**
     * The text on one line: every control character and every character some reader takes for a line
     * break (LF, CR, NEL, U+2028, U+2029) is written as a visible escape ({@code \n}, {@code \u2028}), and a
     * backslash is doubled so the escapes stay readable. Block-comment delimiters are broken up as well,
     * for readers that scan comments for them.
     */
    public static String line(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().replace("*/", "*\\/").replace("/*", "/\\*");
    }
}
