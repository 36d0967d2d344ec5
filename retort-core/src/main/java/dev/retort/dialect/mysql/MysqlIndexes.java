package dev.retort.dialect.mysql;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.SideQueries;
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
 * Stateless.
 */
final class MysqlIndexes {

    private MysqlIndexes() {
    }

    private static final String STATISTICS = """
            select TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, COLLATION, INDEX_TYPE, %s, INDEX_COMMENT
              from information_schema.STATISTICS
             where TABLE_SCHEMA = database()
             order by TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX
            """;

    /** One index being collected. */
    private record Part(String table, String name, boolean unique, String type, String comment, List<Index.Key> keys) {
    }

    /** One row of {@link #STATISTICS}: a key part of an index. */
    private record KeyPart(String table, String name, boolean unique, String type, String comment, Index.Key key) {
    }

    /**
     * Starts reading every index of the database on the side connection; {@link #place} sorts them
     * into their tables once those are known.
     */
    static SideQueries.Pending<KeyPart> start(SideQueries side, boolean hasExpressions) {
        // MySQL 8.0.13+ reports functional key parts in EXPRESSION; MariaDB has no such column
        return side.submit(STATISTICS.formatted(hasExpressions ? "EXPRESSION" : "null"), MysqlIndexes::keyPart);
    }

    /** Adds the indexes of the chosen tables, in key order, to their tables. */
    static void place(SideQueries.Pending<KeyPart> pending, Map<String, TableBuilder> tables) {
        Map<List<String>, Part> indexes = new LinkedHashMap<>();
        for (KeyPart row : pending.rows()) {
            if (tables.containsKey(row.table())) {
                indexes.computeIfAbsent(List.of(row.table(), row.name()), id -> new Part(row.table(), row.name(),
                        row.unique(), row.type(), row.comment(), new ArrayList<>())).keys().add(row.key());
            }
        }
        for (Part part : indexes.values()) {
            place(part, tables.get(part.table()));
        }
    }

    private static KeyPart keyPart(ResultSet row) throws SQLException {
        String type = row.getString(7);
        String column = row.getString(4);
        int subPart = row.getInt(5);
        Integer prefix = row.wasNull() || subPart == 0 ? null : subPart;
        Index.SortOrder order = "D".equals(row.getString(6)) ? Index.SortOrder.DESC : Index.SortOrder.ASC;
        return new KeyPart(row.getString(1), row.getString(2), row.getInt(3) == 0,
                type == null || type.equals("BTREE") ? null : type, row.getString(9),
                new Index.Key(column, column == null ? row.getString(8) : null, order, prefix));
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
