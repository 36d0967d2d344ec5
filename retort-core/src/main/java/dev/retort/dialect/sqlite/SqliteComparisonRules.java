package dev.retort.dialect.sqlite;

import dev.retort.diff.ComparisonRules;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How SQLite schemas compare. SQLite keeps the CREATE text as written, so types and expressions
 * compare nearly verbatim; what it adds is its own index names, primary keys that allow NULL, and
 * the date functions that are CURRENT_TIMESTAMP under another name. Stateless and thread-safe.
 */
final class SqliteComparisonRules implements ComparisonRules {

    /** {@code datetime('now')} and friends, which return exactly what the SQL keywords return. */
    private static final Map<String, String> NOW_FUNCTIONS = Map.of(
            "datetime", "current_timestamp", "date", "current_date", "time", "current_time");

    /**
     * SQLite lets primary-key columns hold NULL unless declared NOT NULL (a bug it keeps for
     * compatibility); only the rowid alias, a single INTEGER key column, never holds NULL. The reader
     * maps INT and INTEGER alike, so an INT key counts as the alias too: for those, a model's NOT NULL
     * is taken as already true.
     */
    @Override
    public boolean impliedNotNull(Table table, Column column) {
        return table.primaryKey() != null && table.primaryKey().columns().equals(List.of(column.name()))
                && column.type() instanceof ColumnType.IntegerType;
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
}
