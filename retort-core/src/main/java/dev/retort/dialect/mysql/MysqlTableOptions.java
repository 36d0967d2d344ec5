package dev.retort.dialect.mysql;

import dev.retort.schema.Charset;
import dev.retort.schema.TableOptions;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the catalog's view of a table (its collation, engine and {@code CREATE_OPTIONS}) into the
 * {@link TableOptions} Retort keeps: only what differs from the database's defaults, so that a table
 * created without options reads as {@link TableOptions#NONE} and re-creating it declares nothing more
 * than the original did. Immutable and thread-safe.
 */
final class MysqlTableOptions {

    /**
     * The options of CREATE_OPTIONS that Retort carries: storage choices a person declares, each of
     * which MySQL and MariaDB accept back as {@code NAME=DEFAULT}. Others there ({@code partitioned},
     * {@code max_rows}, encryption) are not part of the model.
     */
    static final Set<String> CARRIED = Set.of("ROW_FORMAT", "STATS_PERSISTENT", "STATS_AUTO_RECALC",
            "STATS_SAMPLE_PAGES", "PACK_KEYS");

    /** The engine every MySQL since 5.5 and MariaDB since 10.2 creates tables with unless told otherwise. */
    static final String DEFAULT_ENGINE = "InnoDB";

    private final String databaseCollation;
    private final String defaultEngine;

    MysqlTableOptions(String databaseCollation, String defaultEngine) {
        this.databaseCollation = databaseCollation;
        this.defaultEngine = defaultEngine == null ? DEFAULT_ENGINE : defaultEngine;
    }

    /**
     * The options of one table.
     *
     * @param collation        TABLES.TABLE_COLLATION
     * @param charset          the collation's character set (COLLATIONS.CHARACTER_SET_NAME), or null when unknown
     * @param defaultCollation whether the collation is its character set's default (COLLATIONS.IS_DEFAULT)
     * @param engine           TABLES.ENGINE
     * @param createOptions    TABLES.CREATE_OPTIONS, such as {@code row_format=COMPRESSED stats_persistent=0}
     */
    TableOptions of(String collation, String charset, boolean defaultCollation, String engine, String createOptions) {
        Charset tableCharset = collation == null || collation.equalsIgnoreCase(databaseCollation) ? null
                : charset(collation, charset, defaultCollation);
        TreeMap<String, String> options = new TreeMap<>();
        if (engine != null && !engine.equalsIgnoreCase(defaultEngine)) {
            options.put("ENGINE", engine);
        }
        if (createOptions != null) {
            for (String option : createOptions.trim().split("\\s+")) {
                int equals = option.indexOf('=');
                String name = equals < 0 ? "" : option.substring(0, equals).replace("`", "").toUpperCase(Locale.ROOT);
                if (CARRIED.contains(name)) {
                    options.put(name, option.substring(equals + 1).toUpperCase(Locale.ROOT));
                }
            }
        }
        return new TableOptions(tableCharset, options);
    }

    /**
     * A collation as Retort keeps it: the character set, and the collation only when it is not the
     * set's default. Without the catalog's character set (MariaDB 10.10+ lists its UCA 14 collations
     * apart from their sets) the set is taken from the collation's name, and the collation is kept.
     */
    static Charset charset(String collation, String charset, boolean defaultCollation) {
        if (charset == null) {
            return Charset.ofCollation(collation);
        }
        return new Charset(charset, defaultCollation ? null : collation);
    }
}
