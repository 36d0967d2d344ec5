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
 * <p>SQLite's dump is the text of each {@code CREATE} statement as it was written, so the same table
 * written by two tools differs in layout: Hibernate writes a table on one line with lower-case keywords,
 * Retort one column per line with upper-case keywords. A statement of one dump that equals one of the
 * other once whitespace is collapsed and letters outside quotes are lower-cased (SQLite's keywords and
 * names ignore case) is counted in {@code relaidOut} and left out of the line comparison; the report
 * gives the count.
 *
 * <p>H2 names an unnamed constraint itself, {@code CONSTRAINT_} and hex digits derived from the table,
 * with more digits on a clash, so the names depend on the order constraints were made in. They are
 * masked; the notes say how many lines differed only in them.
 *
 * @param onlyLeft  lines (with multiplicity) only the left dump has
 * @param onlyRight lines only the right dump has
 * @param notes     what was equal only after the SQLite or H2 step above, with counts
 */
record DumpComparison(List<String> onlyLeft, List<String> onlyRight, List<String> notes) {

    private static final Pattern RESTRICT = Pattern.compile("^\\\\(un)?restrict \\S+$");
    /** H2's own name for an unnamed constraint: {@code CONSTRAINT_} and hex digits, more of them on a clash. */
    private static final Pattern H2_CONSTRAINT = Pattern.compile("\"CONSTRAINT_[0-9A-F]+\"");
    private static final Pattern H2_USER = Pattern.compile("^(CREATE USER IF NOT EXISTS \"\\w+\") SALT '[0-9A-Fa-f]+' HASH '[0-9A-Fa-f]+'");

    DumpComparison {
        onlyLeft = List.copyOf(onlyLeft);
        onlyRight = List.copyOf(onlyRight);
        notes = List.copyOf(notes);
    }

    static DumpComparison of(Target.Kind kind, String left, String leftName, String right, String rightName) {
        if (kind == Target.Kind.H2) {
            DumpComparison named = of(left, leftName, right, rightName);
            DumpComparison masked = of(H2_CONSTRAINT.matcher(left).replaceAll("\"CONSTRAINT_…\""), leftName,
                    H2_CONSTRAINT.matcher(right).replaceAll("\"CONSTRAINT_…\""), rightName);
            int renamed = named.describe().size() - masked.describe().size();
            return renamed == 0 ? named : new DumpComparison(masked.onlyLeft(), masked.onlyRight(),
                    List.of(renamed + " lines differ only in H2's generated constraint names"));
        }
        if (kind != Target.Kind.SQLITE) {
            return of(left, leftName, right, rightName);
        }
        List<String> leftStatements = statements(left);
        List<String> rightStatements = statements(right);
        int relaidOut = 0;
        for (java.util.Iterator<String> each = leftStatements.iterator(); each.hasNext();) {
            String statement = each.next();
            if (rightStatements.remove(statement)) {
                each.remove();
                continue;
            }
            String layout = layoutFree(statement);
            for (java.util.Iterator<String> other = rightStatements.iterator(); other.hasNext();) {
                if (layoutFree(other.next()).equals(layout)) {
                    other.remove();
                    each.remove();
                    relaidOut++;
                    break;
                }
            }
        }
        DumpComparison lines = of(String.join("\n", leftStatements), leftName, String.join("\n", rightStatements), rightName);
        return new DumpComparison(lines.onlyLeft(), lines.onlyRight(), relaidOut == 0 ? List.of()
                : List.of(relaidOut + " SQLite statements differ only in layout and letter case"));
    }

    /** The dump's statements: lines up to one ending in ';'. */
    private static List<String> statements(String dump) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : dump.split("\n")) {
            if (line.isBlank()) {
                continue; // sqlite3 separates some statements by an empty line; it belongs to neither
            }
            statement.append(statement.length() == 0 ? "" : "\n").append(line);
            if (line.endsWith(";")) {
                statements.add(statement.toString());
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            statements.add(statement.toString());
        }
        return statements;
    }

    /** Whitespace collapsed (and none around punctuation), letters outside quotes in lower case. */
    static String layoutFree(String statement) {
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        for (char c : statement.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            text.append(quoted ? c : Character.toLowerCase(c));
        }
        return text.toString().replaceAll("\\s+", " ").replaceAll(" ?([(),;]) ?", "$1").strip();
    }

    /** Sorted lines only, no statement matching: the same database before and after (a downgrade's return). */
    static DumpComparison exact(String before, String after, String name) {
        return of(before, name, after, name);
    }

    private static DumpComparison of(String left, String leftName, String right, String rightName) {
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
        return new DumpComparison(onlyLeft, onlyRight, List.of());
    }

    boolean equal() {
        return onlyLeft.isEmpty() && onlyRight.isEmpty();
    }

    /** For the report's cell: equal, equal but for layout, or the number of listed lines. */
    String summary() {
        return (equal() ? "equal" : "listed (" + describe().size() + " lines)")
                + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
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
