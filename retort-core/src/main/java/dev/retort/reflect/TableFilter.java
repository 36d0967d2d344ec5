package dev.retort.reflect;

import dev.retort.internal.Globs;
import dev.retort.spi.ReflectOptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table filter of a {@link ReflectOptions}, compiled once. Immutable and thread-safe.
 * Readers apply it to the table list before reading anything else about the tables.
 */
public final class TableFilter {

    private final List<Pattern> include;
    private final List<Pattern> exclude;
    private final Set<String> ownTables;

    public TableFilter(ReflectOptions options) {
        this.include = options.includeTables().stream().map(TableFilter::glob).toList();
        this.exclude = options.excludeTables().stream().map(TableFilter::glob).toList();
        this.ownTables = options.ownTables();
    }

    /** True when the table should be read; {@code schema} may be null for the current schema. */
    public boolean accepts(String schema, String table) {
        if (ownTables.contains(table.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String qualified = schema == null ? table : schema + "." + table;
        return (include.isEmpty() || Globs.matchesAny(include, table, qualified)) && !Globs.matchesAny(exclude, table, qualified);
    }


    /** Turns a glob into a case-insensitive regular expression; everything but * and ? is literal. */
    static Pattern glob(String glob) {
        return Globs.compile(glob);
    }
}
