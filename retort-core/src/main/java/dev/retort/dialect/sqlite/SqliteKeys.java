package dev.retort.dialect.sqlite;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.JdbcSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads indexes with unique constraints (one query) and foreign keys (one query) of all tables,
 * taking the names SQLite keeps only in the CREATE text from {@link SqliteTableSql}.
 * Used once per read; not thread-safe.
 */
final class SqliteKeys {

    /** One row per table; each aggregate runs over pragma rows in their own (seqno) order. */
    private static final String INDEXES = """
            select m.name, (select json_group_array(json_array(il.name, il."unique", il.origin, il.partial, ii.cid,
                                                               ii.name, ii."desc"))
                              from pragma_index_list(m.name) il join pragma_index_xinfo(il.name) ii
                             where ii."key" = 1)
              from sqlite_master m
             where m.type = 'table' and m.sql not like 'CREATE VIRTUAL TABLE %'
            """;

    private static final String FOREIGN_KEYS = """
            select m.name, (select json_group_array(json_array(f.id, f."table", f."from", f."to", f.on_update,
                                                               f.on_delete))
                              from pragma_foreign_key_list(m.name) f)
              from sqlite_master m
             where m.type = 'table' and m.sql not like 'CREATE VIRTUAL TABLE %'
            """;

    /** One index being collected from pragma_index_list and pragma_index_xinfo rows. */
    private record IndexParts(String name, String origin, boolean unique, boolean partial, List<String> columns,
                              List<Boolean> descending) {
    }

    /** One foreign key being collected from pragma_foreign_key_list rows. */
    private record KeyParts(String target, String onUpdate, String onDelete, List<String> columns,
                            List<String> referenced) {
    }

    void read(JdbcSession session, Map<String, SqliteSchemaReader.Parsed> tables, Map<String, String> indexSql) {
        session.query(INDEXES, row -> {
            SqliteSchemaReader.Parsed table = tables.get(row.getString(1));
            if (table != null) {
                indexes(SqliteJson.rows(row.getString(2)), table, indexSql);
            }
            return null;
        });
        session.query(FOREIGN_KEYS, row -> {
            SqliteSchemaReader.Parsed table = tables.get(row.getString(1));
            if (table != null) {
                foreignKeys(SqliteJson.rows(row.getString(2)), table, tables);
            }
            return null;
        });
    }

    /** Values per row: index name, unique, origin, partial, cid, column name, desc. */
    private static void indexes(List<List<Object>> rows, SqliteSchemaReader.Parsed table, Map<String, String> indexSql) {
        Map<String, IndexParts> indexes = new LinkedHashMap<>();
        for (List<Object> values : rows) {
            String name = (String) values.get(0);
            IndexParts parts = indexes.get(name);
            if (parts == null) {
                parts = new IndexParts(name, (String) values.get(2), (Long) values.get(1) == 1, (Long) values.get(3) == 1,
                        new ArrayList<>(), new ArrayList<>());
                indexes.put(name, parts);
            }
            // cid -2 marks an expression key, whose text only the CREATE INDEX statement has
            parts.columns().add((Long) values.get(4) == -2 ? null : (String) values.get(5));
            parts.descending().add((Long) values.get(6) == 1);
        }
        for (IndexParts parts : indexes.values()) {
            switch (parts.origin()) {
                case "pk" -> { }
                case "u" -> table.builder().unique(new UniqueConstraint(uniqueName(table.sql(), parts.columns()), parts.columns()));
                default -> table.builder().index(index(parts, indexSql.get(parts.name())));
            }
        }
    }

    private static Index index(IndexParts parts, String createSql) {
        // only partial and expression indexes need their CREATE INDEX text parsed
        boolean needsText = parts.partial() || parts.columns().contains(null);
        SqliteIndexSql sql = needsText ? SqliteIndexSql.parse(createSql) : new SqliteIndexSql(List.of(), null);
        List<Index.Key> keys = new ArrayList<>();
        for (int i = 0; i < parts.columns().size(); i++) {
            String column = parts.columns().get(i);
            String expression = column != null ? null : i < sql.keys().size() ? sql.keys().get(i) : "?";
            keys.add(new Index.Key(column, expression, parts.descending().get(i) ? Index.SortOrder.DESC : Index.SortOrder.ASC, null));
        }
        return new Index(parts.name(), keys, parts.unique(), sql.predicate(), null);
    }

    /** Values per row: id, referenced table, from, to, on_update, on_delete. */
    private static void foreignKeys(List<List<Object>> rows, SqliteSchemaReader.Parsed table,
                                    Map<String, SqliteSchemaReader.Parsed> tables) {
        Map<Long, KeyParts> keys = new LinkedHashMap<>();
        for (List<Object> values : rows) {
            KeyParts parts = keys.get((Long) values.get(0));
            if (parts == null) {
                parts = new KeyParts((String) values.get(1), (String) values.get(4), (String) values.get(5),
                        new ArrayList<>(), new ArrayList<>());
                keys.put((Long) values.get(0), parts);
            }
            parts.columns().add((String) values.get(2));
            parts.referenced().add((String) values.get(3));
        }
        keys.values().forEach(parts -> foreignKey(parts, table, tables));
    }

    private static String uniqueName(SqliteTableSql sql, List<String> columns) {
        String key = SqliteTableSql.key(columns);
        return sql.uniques.stream().filter(unique -> SqliteTableSql.key(unique.columns()).equals(key))
                .map(SqliteTableSql.Named::name).filter(name -> name != null).findFirst().orElse(null);
    }

    private static void foreignKey(KeyParts parts, SqliteSchemaReader.Parsed table, Map<String, SqliteSchemaReader.Parsed> tables) {
        List<String> referenced = parts.referenced();
        if (referenced.contains(null)) {
            // REFERENCES t without columns means t's primary key
            referenced = primaryKeyOf(tables, parts.target(), referenced);
        }
        String key = SqliteTableSql.key(parts.columns());
        List<SqliteTableSql.Named> written = table.sql().foreignKeys.stream()
                .filter(fk -> SqliteTableSql.key(fk.columns()).equals(key) && parts.target().equalsIgnoreCase(fk.target()))
                .toList();
        String name = written.stream().map(SqliteTableSql.Named::name).filter(n -> n != null).findFirst().orElse(null);
        ForeignKey.Deferrability deferrability = written.isEmpty() ? ForeignKey.Deferrability.NOT_DEFERRABLE
                : written.get(0).deferrability();
        table.builder().foreignKey(new ForeignKey(name, parts.columns(), QualifiedName.of(parts.target()), referenced,
                action(parts.onDelete()), action(parts.onUpdate()), deferrability));
    }

    /**
     * The referenced table's primary key; SQLite matches table names without case, so a miss on the
     * exact name falls back to a scan. A table outside the read set is unknown: its key stays the rowid.
     */
    private static List<String> primaryKeyOf(Map<String, SqliteSchemaReader.Parsed> tables, String target, List<String> fallback) {
        SqliteSchemaReader.Parsed parsed = tables.get(target);
        if (parsed == null) {
            parsed = tables.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(target))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        TableBuilder builder = parsed == null ? null : parsed.builder();
        if (builder != null && builder.primaryKey() != null && builder.primaryKey().columns().size() == fallback.size()) {
            return builder.primaryKey().columns();
        }
        return fallback.stream().map(column -> column == null ? "rowid" : column).toList();
    }

    private static ForeignKey.ReferentialAction action(String rule) {
        return ForeignKey.ReferentialAction.valueOf(rule.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
