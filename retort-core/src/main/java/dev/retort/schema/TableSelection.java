package dev.retort.schema;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which tables Retort reads and compares: include and exclude globs ({@code *} any run, {@code ?}
 * one character, everything else literal, case-insensitive; a glob with a dot matches
 * {@code schema.table}), and Retort's own tables, which never take part whatever the globs say.
 * A table takes part when it matches some include glob (or there are none) and no exclude glob.
 * One selection serves reflection and the diff. Immutable and thread-safe; the globs are compiled once.
 */
public final class TableSelection {

    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final Set<String> ownTables;

    private TableSelection(List<String> include, List<String> exclude, Collection<String> ownTables) {
        this.include = include.stream().map(TableSelection::glob).toList();
        this.exclude = exclude.stream().map(TableSelection::glob).toList();
        this.ownTables = lowerCase(ownTables);
    }

    /**
     * Compiles the globs ({@code *} any run of characters, {@code ?} one), matched without case against a
     * table's name, or against {@code schema.table} when a glob has a dot.
     *
     * @param include   globs of tables that take part; empty for all
     * @param exclude   globs of tables left out
     * @param ownTables Retort's own tables, compared without case
     * @return the selection
     */
    public static TableSelection of(List<String> include, List<String> exclude, Collection<String> ownTables) {
        return new TableSelection(include, exclude, ownTables);
    }

    /**
     * {@return the names lower-cased, as own tables are compared}
     *
     * @param names table names
     */
    public static Set<String> lowerCase(Collection<String> names) {
        return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * {@return true when the table takes part; {@code schema} may be null for the current schema}
     *
     * @param schema the table's schema, or null
     * @param table the table's name
     */
    public boolean accepts(String schema, String table) {
        if (ownTables.contains(table.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String qualified = schema == null ? table : schema + "." + table;
        return (include.isEmpty() || matchesAny(include, table, qualified)) && !matchesAny(exclude, table, qualified);
    }

    /**
     * {@return true when the table takes part}
     *
     * @param table the table's name
     */
    public boolean accepts(QualifiedName table) {
        return accepts(table.schema(), table.name());
    }

    /** A glob as a case-insensitive regular expression. */
    static Pattern glob(String glob) {
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

    /** Qualified globs match {@code qualified}, others {@code table}. */
    private static boolean matchesAny(List<Pattern> patterns, String table, String qualified) {
        for (Pattern pattern : patterns) {
            boolean qualifiedPattern = pattern.pattern().contains("\\.");
            if (pattern.matcher(qualifiedPattern ? qualified : table).matches()) {
                return true;
            }
        }
        return false;
    }
}
