package dev.retort.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two native dumps compared after sorting their lines. The only other changes made to a line are
 * naming-only: the schema/database name and per-dump header values (pg_dump's {@code \restrict} key,
 * H2's random password salt of the dump's user line) are masked, and a line's trailing comma is dropped,
 * because after sorting it says only where the line stood. Lines on one side only are the differences.
 *
 * @param onlyLeft  lines (with multiplicity) only the left dump has
 * @param onlyRight lines only the right dump has
 */
record DumpComparison(List<String> onlyLeft, List<String> onlyRight) {

    private static final Pattern RESTRICT = Pattern.compile("^\\\\(un)?restrict \\S+$");
    private static final Pattern H2_USER = Pattern.compile("^(CREATE USER IF NOT EXISTS \"\\w+\") SALT '[0-9A-Fa-f]+' HASH '[0-9A-Fa-f]+'");

    DumpComparison {
        onlyLeft = List.copyOf(onlyLeft);
        onlyRight = List.copyOf(onlyRight);
    }

    static DumpComparison of(String left, String leftName, String right, String rightName) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : normalised(left, leftName)) {
            counts.merge(line, 1, Integer::sum);
        }
        for (String line : normalised(right, rightName)) {
            counts.merge(line, -1, Integer::sum);
        }
        List<String> onlyLeft = new ArrayList<>();
        List<String> onlyRight = new ArrayList<>();
        counts.forEach((line, count) -> {
            for (int i = 0; i < Math.abs(count); i++) {
                (count > 0 ? onlyLeft : onlyRight).add(line);
            }
        });
        return new DumpComparison(onlyLeft, onlyRight);
    }

    boolean equal() {
        return onlyLeft.isEmpty() && onlyRight.isEmpty();
    }

    /** The dump's lines, masked as described above, sorted. */
    static List<String> normalised(String dump, String name) {
        List<String> lines = new ArrayList<>();
        for (String line : dump.split("\n")) {
            String masked = line.replace(name, "<name>");
            if (RESTRICT.matcher(masked).matches()) {
                masked = masked.substring(0, masked.indexOf(' ')) + " <key>";
            }
            Matcher user = H2_USER.matcher(masked);
            if (user.find()) {
                masked = user.replaceFirst("$1 SALT <salt> HASH <hash>");
            }
            if (masked.endsWith(",")) {
                masked = masked.substring(0, masked.length() - 1);
            }
            lines.add(masked);
        }
        lines.sort(null);
        return lines;
    }

    /** The differences as lines prefixed with {@code -} (left only) and {@code +} (right only). */
    List<String> describe() {
        List<String> lines = new ArrayList<>();
        onlyLeft.forEach(line -> lines.add("- " + line));
        onlyRight.forEach(line -> lines.add("+ " + line));
        return lines;
    }
}
