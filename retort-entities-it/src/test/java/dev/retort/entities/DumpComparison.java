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
        leftStatements.removeIf(rightStatements::remove);
        int relaidOut = pair(leftStatements, rightStatements, DumpComparison::layoutFree);
        int checksMoved = pair(leftStatements, rightStatements, statement -> checksLast(layoutFree(statement)));
        DumpComparison lines = of(String.join("\n", leftStatements), leftName, String.join("\n", rightStatements), rightName);
        List<String> notes = new ArrayList<>();
        if (relaidOut > 0) {
            notes.add(relaidOut + " SQLite statements differ only in layout, letter case and quotes around names");
        }
        if (checksMoved > 0) {
            notes.add(checksMoved + " SQLite tables differ also in the order of their columns (sorted, as the other"
                    + " dumps' lines are) or write a column's CHECK or UNIQUE after the columns (Retort) instead of in the"
                    + " column (Hibernate), which SQLite enforces alike");
        }
        return new DumpComparison(lines.onlyLeft(), lines.onlyRight(), notes);
    }

    /** Removes pairs of statements whose canonical forms are equal; returns how many. */
    private static int pair(List<String> left, List<String> right, java.util.function.UnaryOperator<String> canonical) {
        int paired = 0;
        for (java.util.Iterator<String> each = left.iterator(); each.hasNext();) {
            String form = canonical.apply(each.next());
            for (java.util.Iterator<String> other = right.iterator(); other.hasNext();) {
                if (canonical.apply(other.next()).equals(form)) {
                    other.remove();
                    each.remove();
                    paired++;
                    break;
                }
            }
        }
        return paired;
    }

    /**
     * A layout-free CREATE TABLE with its columns sorted and the constraints a column may declare itself
     * ({@code check(…)}, a lone {@code unique}) moved after the columns as table constraints, those sorted:
     * SQLite makes the same check and the same unique index of either.
     */
    static String checksLast(String statement) {
        int open = statement.indexOf('(');
        int close = statement.lastIndexOf(')');
        if (!statement.startsWith("create table") || open < 0 || close < open) {
            return statement;
        }
        List<String> columns = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        for (String item : topLevel(statement.substring(open + 1, close))) {
            if (item.matches("(primary key|unique|check|constraint|foreign key)\\b.*|(primary key|unique|check)\\(.*")) {
                constraints.add(item);
                continue;
            }
            String column = item;
            int check;
            while ((check = column.indexOf(" check(")) >= 0) {
                int end = closing(column, check + " check".length());
                constraints.add(column.substring(check + 1, end + 1));
                column = column.substring(0, check) + column.substring(end + 1);
            }
            if (column.endsWith(" unique")) {
                column = column.substring(0, column.length() - " unique".length());
                constraints.add("unique(" + column.substring(0, column.indexOf(' ')) + ")");
            }
            columns.add(column);
        }
        constraints.replaceAll(constraint -> constraint.replace(" (", "("));
        constraints.sort(null);
        // and the columns sorted, as the other dumps' lines are: SQLite appends a column ALTER TABLE adds to
        // the text, Hibernate's create orders them its own way
        columns.sort(null);
        return statement.substring(0, open + 1) + String.join(",", columns) + "|" + String.join(",", constraints)
                + statement.substring(close);
    }

    /** The comma-separated items of a list, commas inside parentheses or quotes left alone. */
    private static List<String> topLevel(String list) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == ')')) {
                depth += c == '(' ? 1 : -1;
            } else if (!quoted && depth == 0 && c == ',') {
                items.add(list.substring(from, i).strip());
                from = i + 1;
            }
        }
        items.add(list.substring(from).strip());
        return items;
    }

    /** The index of the parenthesis closing the one at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return text.length() - 1;
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

    /**
     * Whitespace collapsed (and none inside or before parentheses or around commas), letters outside string literals in lower case, and
     * no double quotes around plain names: SQLite reads all of these the same.
     */
    static String layoutFree(String statement) {
        StringBuilder text = new StringBuilder();
        boolean quoted = false;
        for (char c : statement.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            text.append(quoted ? c : Character.toLowerCase(c));
        }
        return text.toString().replaceAll("\"([a-z_][a-z0-9_]*)\"", "$1").replaceAll("\\s+", " ")
                .replaceAll(" ?([,);])", "$1").replaceAll("([(,]) ", "$1")
                .replaceAll("([a-z0-9_]) \\(", "$1(").strip();
    }

    /**
     * The same database before and after (a downgrade's return): sorted lines; on SQLite, statements paired as
     * above first, since a column a downgrade adds back is appended to the table's text where the other
     * dumps' sorted lines cannot show its place.
     */
    static DumpComparison exact(Target.Kind kind, String before, String after, String name) {
        return kind == Target.Kind.SQLITE ? of(kind, before, name, after, name) : of(before, name, after, name);
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
        if (dump.isEmpty()) {
            return lines;
        }
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
