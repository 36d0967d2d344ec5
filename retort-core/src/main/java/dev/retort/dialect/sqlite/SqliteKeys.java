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

    private static final String INDEXES = """
            select m.name, il.name, il."unique", il.origin, ii.cid, ii.name, ii."desc"
              from sqlite_master m
              join pragma_index_list(m.name) il
              join pragma_index_xinfo(il.name) ii
             where m.type = 'table' and ii."key" = 1
             order by m.name, il.name, ii.seqno
            """;

    private static final String FOREIGN_KEYS = """
            select m.name, f.id, f."table", f."from", f."to", f.on_update, f.on_delete
              from sqlite_master m join pragma_foreign_key_list(m.name) f
             where m.type = 'table'
             order by m.name, f.id, f.seq
            """;

    /** One index or foreign key being collected. */
    private record Parts(String table, String name, String kind, boolean unique, String target, String onUpdate,
                         String onDelete, List<String> columns, List<String> others, List<Boolean> descending) {
    }

    void read(JdbcSession session, Map<String, SqliteSchemaReader.Parsed> tables, Map<String, String> indexSql) {
        Map<List<String>, Parts> indexes = new LinkedHashMap<>();
        session.query(INDEXES, row -> {
            if (tables.containsKey(row.getString(1))) {
                List<String> id = List.of(row.getString(1), row.getString(2));
                Parts parts = indexes.get(id);
                if (parts == null) {
                    parts = new Parts(id.get(0), id.get(1), row.getString(4), row.getInt(3) == 1, null, null, null,
                            new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    indexes.put(id, parts);
                }
                // cid -2 marks an expression key, whose text only the CREATE INDEX statement has
                parts.columns().add(row.getInt(5) == -2 ? null : row.getString(6));
                parts.descending().add(row.getInt(7) == 1);
            }
            return null;
        });
        indexes.values().forEach(parts -> index(parts, tables.get(parts.table()), indexSql.get(parts.name())));
        Map<List<Object>, Parts> keys = new LinkedHashMap<>();
        session.query(FOREIGN_KEYS, row -> {
            if (tables.containsKey(row.getString(1))) {
                List<Object> id = List.of(row.getString(1), row.getInt(2));
                Parts parts = keys.get(id);
                if (parts == null) {
                    parts = new Parts(row.getString(1), null, "fk", false, row.getString(3), row.getString(6),
                            row.getString(7), new ArrayList<>(), new ArrayList<>(), List.of());
                    keys.put(id, parts);
                }
                parts.columns().add(row.getString(4));
                parts.others().add(row.getString(5));
            }
            return null;
        });
        keys.values().forEach(parts -> foreignKey(parts, tables));
    }

    private static void index(Parts parts, SqliteSchemaReader.Parsed table, String createSql) {
        switch (parts.kind()) {
            case "pk" -> { }
            case "u" -> table.builder().unique(new UniqueConstraint(uniqueName(table.sql(), parts.columns()), parts.columns()));
            default -> {
                SqliteIndexSql sql = SqliteIndexSql.parse(createSql);
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
