package dev.retort.schema;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table's dialect options: its default character set and the storage options MySQL and MariaDB
 * keep per table ({@code ENGINE}, {@code ROW_FORMAT}…). Empty means the database's defaults, which
 * is all PostgreSQL, H2 and SQLite tables ever have. Immutable and thread-safe.
 *
 * @param charset the default character set and collation of the table's text columns, or {@code null}
 *                for the database's default (see {@link Charset} for what a reader records)
 * @param options option name (upper case) to value, sorted by name; an option left out is the default
 */
public record TableOptions(Charset charset, SortedMap<String, String> options) {

    /** No options: the database's defaults. */
    public static final TableOptions NONE = new TableOptions(null, new TreeMap<>());

    /**
     * Checks and sorts the options.
     *
     * @param charset the default character set and collation of the table's text columns, or {@code null} for
     *     the database's default (see {@link Charset} for what a reader records)
     * @param options option name (upper case) to value, sorted by name; an option left out is the default
     * @throws IllegalArgumentException when an option has no name or no value
     */
    public TableOptions {
        Objects.requireNonNull(options, "options");
        TreeMap<String, String> copy = new TreeMap<>();
        options.forEach((name, value) -> {
            if (name == null || name.isBlank() || value == null || value.isBlank()) {
                throw new IllegalArgumentException("table option " + name + "=" + value
                        + " needs both a name and a value; leave an option out for the default");
            }
            copy.put(name.strip().toUpperCase(Locale.ROOT), value.strip());
        });
        options = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Options from any map, sorted by name.
     *
     * @param charset the table's default character set, or null
     * @param options option names and values ({@code ENGINE} → {@code InnoDB})
     * @return the options
     * @throws IllegalArgumentException when an option has no name or no value
     */
    public static TableOptions of(Charset charset, Map<String, String> options) {
        return new TableOptions(charset, new TreeMap<>(options));
    }

    /**
     * {@return the value of an option, or {@code null} for the default}
     *
     * @param name the option's name ({@code ENGINE})
     */
    public String option(String name) {
        return options.get(name.toUpperCase(Locale.ROOT));
    }

    /**
     * {@return these options with one option set, or removed when the value is {@code null}}
     *
     * @param name the option's name ({@code ENGINE})
     * @param value its value, or null to remove it
     */
    public TableOptions with(String name, String value) {
        TreeMap<String, String> changed = new TreeMap<>(options);
        if (value == null) {
            changed.remove(name.toUpperCase(Locale.ROOT));
        } else {
            changed.put(name.toUpperCase(Locale.ROOT), value);
        }
        return new TableOptions(charset, changed);
    }

    /**
     * {@return these options with another default character set}
     *
     * @param newCharset the character set, or null for the database's
     */
    public TableOptions withCharset(Charset newCharset) {
        return new TableOptions(newCharset, options);
    }

    /** {@return true when the table has only the database's defaults} */
    public boolean isEmpty() {
        return charset == null && options.isEmpty();
    }
}
