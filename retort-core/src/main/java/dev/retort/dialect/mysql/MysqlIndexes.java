package dev.retort.dialect.mysql;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code information_schema.STATISTICS} once and sorts each index into what it is: the
 * primary key, a unique constraint (a unique index over whole plain columns — MySQL keeps no other
 * kind of unique constraint, and lists exactly these in TABLE_CONSTRAINTS), or an index. A unique
 * index with a comment stays an index, so that the comment is kept: a constraint has none.
 * Used once per read; not thread-safe.
 */
final class MysqlIndexes {

    private static final String STATISTICS = """
            select TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, %s, INDEX_COMMENT
              from information_schema.STATISTICS
             where TABLE_SCHEMA = database()
             order by TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
            """;

    /** One index being collected. */
    private record Part(String table, String name, boolean unique, String type, String comment, List<Index.Key> keys) {
    }

    void read(JdbcSession session, boolean hasExpressions, Map<String, TableBuilder> tables) {
        // MySQL 8.0.13+ reports functional key parts in EXPRESSION; MariaDB has no such column
        String sql = STATISTICS.formatted(hasExpressions ? "EXPRESSION" : "null");
        Map<List<String>, Part> indexes = new LinkedHashMap<>();
        session.query(sql, row -> {
            if (tables.containsKey(row.getString(1))) {
                collect(row, indexes);
            }
            return null;
        });
        for (Part part : indexes.values()) {
            place(part, tables.get(part.table()));
        }
    }

    private static void collect(ResultSet row, Map<List<String>, Part> indexes) throws SQLException {
        String table = row.getString(1);
        String name = row.getString(2);
        Part part = indexes.get(List.of(table, name));
        if (part == null) {
            String type = row.getString(7);
            part = new Part(table, name, row.getInt(3) == 0, type == null || type.equals("BTREE") ? null : type,
                    row.getString(9), new ArrayList<>());
            indexes.put(List.of(table, name), part);
        }
        String column = row.getString(4);
        int subPart = row.getInt(5);
        Integer prefix = row.wasNull() || subPart == 0 ? null : subPart;
        Index.SortOrder order = "D".equals(row.getString(6)) ? Index.SortOrder.DESC : Index.SortOrder.ASC;
        part.keys().add(new Index.Key(column, column == null ? row.getString(8) : null, order,
                prefix));
    }

    private static void place(Part part, TableBuilder table) {
        List<String> columns = part.keys().stream().map(Index.Key::column).toList();
        boolean plain = part.keys().stream().allMatch(key -> key.column() != null && key.prefixLength() == null
                && key.order() == Index.SortOrder.ASC);
        if (part.name().equals("PRIMARY")) {
            table.primaryKey(new PrimaryKey(null, columns));
        } else if (part.unique() && plain && part.type() == null && (part.comment() == null || part.comment().isEmpty())) {
            table.unique(new UniqueConstraint(part.name(), columns));
        } else {
            table.index(new Index(part.name(), part.keys(), part.unique(), null, part.type(), part.comment()));
        }
    }
}
