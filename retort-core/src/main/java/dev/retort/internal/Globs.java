package dev.retort.internal;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Table-name globs ({@code *} any run, {@code ?} one character, everything else literal, case-insensitive),
 * shared by reflection's and the diff's table patterns. A pattern with a dot matches {@code schema.table}.
 * Stateless.
 */
public final class Globs {

    private Globs() {
    }

    /** A glob as a case-insensitive regular expression. */
    public static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Character.isLetterOrDigit(c) || c == '_' ? String.valueOf(c) : "\\" + c);
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when some pattern matches the table: qualified patterns against {@code qualified}, others against {@code table}. */
    public static boolean matchesAny(List<Pattern> patterns, String table, String qualified) {
        for (Pattern pattern : patterns) {
            boolean qualifiedPattern = pattern.pattern().contains("\\.");
            if (pattern.matcher(qualifiedPattern ? qualified : table).matches()) {
                return true;
            }
        }
        return false;
    }
}
