package dev.retort.dialect.sqlite;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.JdbcSession;
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
             where m.type = 'table'
            """;

    private static final String FOREIGN_KEYS = """
            select m.name, (select json_group_array(json_array(f.id, f."table", f."from", f."to", f.on_update,
                                                               f.on_delete))
                              from pragma_foreign_key_list(m.name) f)
              from sqlite_master m
             where m.type = 'table'
            """;

    /** One index or foreign key being collected. */
    private record Parts(String table, String name, String kind, boolean unique, String target, String onUpdate,
                         String onDelete, List<String> columns, List<String> others, List<Boolean> descending) {
    }

    void read(JdbcSession session, Map<String, SqliteSchemaReader.Parsed> tables, Map<String, String> indexSql) {
        session.query(INDEXES, row -> {
            SqliteSchemaReader.Parsed table = tables.get(row.getString(1));
            if (table != null) {
                indexes(row.getString(1), SqliteJson.rows(row.getString(2)), table, indexSql);
            }
            return null;
        });
        session.query(FOREIGN_KEYS, row -> {
            SqliteSchemaReader.Parsed table = tables.get(row.getString(1));
            if (table != null) {
                foreignKeys(row.getString(1), SqliteJson.rows(row.getString(2)), tables);
            }
            return null;
        });
    }

    private static void indexes(String table, List<List<Object>> rows, SqliteSchemaReader.Parsed parsed,
                                Map<String, String> indexSql) {
        Map<String, Parts> indexes = new LinkedHashMap<>();
        for (List<Object> values : rows) {
            String name = (String) values.get(0);
            Parts parts = indexes.get(name);
            if (parts == null) {
                // the partial flag rides in "target": only partial or expression indexes need their SQL parsed
                parts = new Parts(table, name, (String) values.get(2), (Long) values.get(1) == 1,
                        String.valueOf(values.get(3)), null, null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                indexes.put(name, parts);
            }
            // cid -2 marks an expression key, whose text only the CREATE INDEX statement has
            parts.columns().add((Long) values.get(4) == -2 ? null : (String) values.get(5));
            parts.descending().add((Long) values.get(6) == 1);
        }
        indexes.values().forEach(parts -> index(parts, parsed, indexSql.get(parts.name())));
    }

    private static void foreignKeys(String table, List<List<Object>> rows, Map<String, SqliteSchemaReader.Parsed> tables) {
        Map<Long, Parts> keys = new LinkedHashMap<>();
        for (List<Object> values : rows) {
            Parts parts = keys.get((Long) values.get(0));
            if (parts == null) {
                parts = new Parts(table, null, "fk", false, (String) values.get(1), (String) values.get(4),
                        (String) values.get(5), new ArrayList<>(), new ArrayList<>(), List.of());
                keys.put((Long) values.get(0), parts);
            }
            parts.columns().add((String) values.get(2));
            parts.others().add((String) values.get(3));
        }
        keys.values().forEach(parts -> foreignKey(parts, tables));
    }

    private static void index(Parts parts, SqliteSchemaReader.Parsed table, String createSql) {
        switch (parts.kind()) {
            case "pk" -> { }
            case "u" -> table.builder().unique(new UniqueConstraint(uniqueName(table.sql(), parts.columns()), parts.columns()));
            default -> {
                boolean needsText = "1".equals(parts.target()) || parts.columns().contains(null);
                SqliteIndexSql sql = needsText ? SqliteIndexSql.parse(createSql) : new SqliteIndexSql(List.of(), null);
                List<Index.Key> keys = new ArrayList<>();
                for (int i = 0; i < parts.columns().size(); i++) {
                    String column = parts.columns().get(i);
                    String expression = column != null ? null : i < sql.keys().size() ? sql.keys().get(i) : "?";
                    keys.add(new Index.Key(column, expression,
                            parts.descending().get(i) ? Index.SortOrder.DESC : Index.SortOrder.ASC, null));
                }
                table.builder().index(new Index(parts.name(), keys, parts.unique(), sql.predicate(), null));
            }
        }
    }

    private static String uniqueName(SqliteTableSql sql, List<String> columns) {
        String key = SqliteTableSql.key(columns);
        return sql.uniques.stream().filter(unique -> SqliteTableSql.key(unique.columns()).equals(key))
                .map(SqliteTableSql.Named::name).filter(name -> name != null).findFirst().orElse(null);
    }

    private static void foreignKey(Parts parts, Map<String, SqliteSchemaReader.Parsed> tables) {
        SqliteSchemaReader.Parsed table = tables.get(parts.table());
        List<String> referenced = new ArrayList<>(parts.others());
        if (referenced.stream().anyMatch(column -> column == null)) {
            // REFERENCES t without columns means t's primary key
            referenced = primaryKeyOf(tables, parts.target(), referenced);
        }
        String key = SqliteTableSql.key(parts.columns());
        String name = table.sql().foreignKeys.stream()
                .filter(fk -> SqliteTableSql.key(fk.columns()).equals(key) && parts.target().equalsIgnoreCase(fk.target()))
                .map(SqliteTableSql.Named::name).filter(n -> n != null).findFirst().orElse(null);
        table.builder().foreignKey(new ForeignKey(name, parts.columns(), QualifiedName.of(parts.target()), referenced,
                action(parts.onDelete()), action(parts.onUpdate()), ForeignKey.Deferrability.NOT_DEFERRABLE));
    }

    private static List<String> primaryKeyOf(Map<String, SqliteSchemaReader.Parsed> tables, String target, List<String> fallback) {
        for (Map.Entry<String, SqliteSchemaReader.Parsed> entry : tables.entrySet()) {
            TableBuilder builder = entry.getValue().builder();
            if (entry.getKey().equalsIgnoreCase(target) && builder.primaryKey() != null
                    && builder.primaryKey().columns().size() == fallback.size()) {
                return builder.primaryKey().columns();
            }
        }
        return fallback.stream().map(column -> column == null ? "rowid" : column).toList();
    }

    private static ForeignKey.ReferentialAction action(String rule) {
        return ForeignKey.ReferentialAction.valueOf(rule.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
