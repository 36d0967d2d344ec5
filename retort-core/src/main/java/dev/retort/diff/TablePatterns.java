package dev.retort.diff;

import dev.retort.schema.QualifiedName;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.retort.internal.Globs;
import java.util.regex.Pattern;

/**
 * The table filter of a {@link DiffOptions}, compiled once. The same grammar as reflection's
 * filter; kept here because the diff may depend on nothing but the schema and op packages.
 * Immutable and thread-safe.
 */
final class TablePatterns {

    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final Set<String> ownTables;

    TablePatterns(DiffOptions options) {
        this.include = options.includeTables().stream().map(TablePatterns::glob).toList();
        this.exclude = options.excludeTables().stream().map(TablePatterns::glob).toList();
        this.ownTables = options.ownTables();
    }

    /** True when the table takes part in the comparison. */
    boolean accepts(QualifiedName table) {
        if (ownTables.contains(table.name().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String name = table.name();
        String qualified = table.toString();
        return (include.isEmpty() || Globs.matchesAny(include, name, qualified)) && !Globs.matchesAny(exclude, name, qualified);
    }


    /** A glob as a case-insensitive regular expression; everything but * and ? is literal. */
    static Pattern glob(String glob) {
        return Globs.compile(glob);
    }
}
