package dev.retort.dialect.sqlite;

import dev.retort.spi.Comparison;
import dev.retort.schema.Identity;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Table;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How SQLite schemas compare. SQLite keeps the CREATE text as written, so declared types compare
 * letter for letter and expressions nearly verbatim; what it adds is its own index names, primary
 * keys that allow NULL, and the date functions that are CURRENT_TIMESTAMP under another name.
 * Stateless and thread-safe.
 */
final class SqliteComparisonRules implements ComparisonRules {

    /** {@code datetime('now')} and friends, which return exactly what the SQL keywords return. */
    private static final Map<String, String> NOW_FUNCTIONS = Map.of(
            "datetime", "current_timestamp", "date", "current_date", "time", "current_time");

    /**
     * SQLite lets primary-key columns hold NULL unless declared NOT NULL (a bug it keeps for
     * compatibility); only the rowid alias, a single key column declared exactly {@code INTEGER} (in
     * any case; {@code INT} is not one), never holds NULL: for it, a model's NOT NULL is taken as
     * already true.
     */
    @Override
    public boolean impliedNotNull(Table table, Column column) {
        return table.primaryKey() != null && table.primaryKey().columns().equals(List.of(column.name()))
                && declared(column.type()).equalsIgnoreCase("INTEGER");
    }

    /**
     * The declared text is the schema: it decides affinity and whether a key is the rowid alias, and
     * {@code .schema} prints it, so any change of it ({@code INT} to {@code INTEGER} included) is one.
     */
    @Override
    public Comparison compareTypes(ColumnType from, ColumnType to) {
        String before = declared(from);
        String after = declared(to);
        return before.equals(after) ? Comparison.EQUAL
                : Comparison.different("declared type " + (before.isEmpty() ? "(none)" : before) + " -> "
                        + (after.isEmpty() ? "(none)" : after));
    }

    /** An explicit {@code DEFAULT NULL} is part of the stored text, unlike no default at all. */
    @Override
    public String canonicalDefault(DefaultValue value, ColumnType type) {
        if (value != null && value.sql().strip().equalsIgnoreCase("null")) {
            return "null";
        }
        return ComparisonRules.super.canonicalDefault(value, type);
    }

    /** The type as SQLite stores it for a column of this type. */
    static String declared(ColumnType type) {
        return type.accept(SqliteTypeNames.INSTANCE);
    }

    @Override
    public boolean generatedName(Table table, String name) {
        // the indexes behind UNIQUE and PRIMARY KEY constraints are named sqlite_autoindex_<table>_<n>
        return name.startsWith("sqlite_autoindex_");
    }

    @Override
    public List<String> rewriteExpression(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String keyword = NOW_FUNCTIONS.get(tokens.get(i));
            if (keyword != null && i + 3 < tokens.size() && tokens.get(i + 1).equals("(")
                    && tokens.get(i + 2).equalsIgnoreCase("'now'") && tokens.get(i + 3).equals(")")) {
                // datetime('now') is CURRENT_TIMESTAMP: both give 'YYYY-MM-DD HH:MM:SS' in UTC
                out.add(keyword);
                i += 3;
            } else {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    /** SQLite's one identity is AUTOINCREMENT on an INTEGER PRIMARY KEY, whatever the model called it. */
    @Override
    public Identity.Kind canonicalIdentity(Identity.Kind kind) {
        return Identity.Kind.AUTOINCREMENT;
    }
}
