package dev.retort.dialect.sqlite;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.TableSelection;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.SchemaReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads SQLite schemas.
 *
 * <p>Always exactly four queries, whatever the number of tables: {@code sqlite_master} with
 * {@code pragma_table_list}, then
 * {@code sqlite_master} joined with {@code pragma_table_xinfo}, with {@code pragma_index_list} and
 * {@code pragma_index_xinfo}, and with {@code pragma_foreign_key_list}. Constraint names, CHECK
 * constraints, AUTOINCREMENT, generation expressions, expression index keys and partial-index
 * predicates exist only in the stored CREATE text, which {@link SqliteTableSql} and
 * {@link SqliteIndexSql} parse. SQLite's internal {@code sqlite_*} tables are never read. A virtual
 * table is an object made by its statement, not a table; the shadow tables its module keeps
 * ({@code t_data}, {@code t_segdir}, {@code t_node} …) are its own and not read at all.
 * Stateless and thread-safe.
 */
final class SqliteSchemaReader implements SchemaReader {

    /**
     * pragma_table_list (SQLite 3.37) tells ordinary, virtual and shadow tables apart. Materialized once:
     * joined directly, SQLite lists every table again for each row of sqlite_master (1.9 s at 1000 tables).
     */
    private static final String MASTER = """
            with l as materialized (select name, type from pragma_table_list where schema = 'main')
            select m.type, m.name, m.tbl_name, m.sql, l.type
              from sqlite_master m left join l on l.name = m.name
            """;

    /** One table's builder and what its CREATE text says. */
    record Parsed(TableBuilder builder, SqliteTableSql sql) {
    }

    /**
     * SQLite keeps the text of the {@code CREATE} statement as it was written (from {@code CREATE} on,
     * without the semicolon); it re-creates the object, and with its spacing collapsed it is what is
     * compared. Two texts that differ only in spelling (case, comments) count as a change: SQLite
     * normalises nothing, and a harmless re-creation is better than a missed change.
     */
    private static CatalogDefinition definition(String sql) {
        return sql == null || sql.isBlank() ? null : CatalogDefinition.spacingCollapsed(sql, sql);
    }

    @Override
    public Schema read(JdbcSession session, ReflectOptions options) {
        TableSelection filter = options.filter();
        Map<String, Parsed> tables = new HashMap<>();
        Map<String, String> indexSql = new HashMap<>();
        List<SchemaObject> objects = new ArrayList<>();
        List<String[]> triggers = new ArrayList<>();
        session.query(MASTER, row -> {
            String type = row.getString(1);
            String name = row.getString(2);
            boolean internal = name.toLowerCase(Locale.ROOT).startsWith("sqlite_");
            switch (type) {
                case "table" -> {
                    String kind = row.getString(5);
                    if (internal || "shadow".equals(kind) || !filter.accepts(null, name)) {
                        return null;
                    }
                    if ("virtual".equals(kind)) {
                        // the module's statement is what makes it, so it is both the definition and the print
                        String sql = row.getString(4);
                        objects.add(SchemaObject.of(SchemaObject.Kind.VIRTUAL_TABLE, QualifiedName.of(name))
                                .withDefinition(sql).withCatalog(definition(sql)));
                    } else {
                        Parsed parsed = new Parsed(new TableBuilder(QualifiedName.of(name), null),
                                SqliteTableSql.parse(row.getString(4)));
                        parsed.sql().checks.forEach(parsed.builder()::check);
                        parsed.builder().options(SqliteDdlRenderer.options(parsed.sql().withoutRowid, parsed.sql().strict));
                        tables.put(name, parsed);
                    }
                }
                case "index" -> indexSql.put(name, row.getString(4));
                case "view" -> {
                    if (filter.accepts(null, name)) {
                        objects.add(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of(name))
                                .withCatalog(definition(row.getString(4))));
                    }
                }
                case "trigger" -> triggers.add(new String[] {name, row.getString(3), row.getString(4)});
                default -> { }
            }
            return null;
        });
        java.util.Set<String> views = new java.util.HashSet<>();
        objects.stream().filter(object -> object.kind() == SchemaObject.Kind.VIEW)
                .forEach(view -> views.add(view.name().name()));
        for (String[] trigger : triggers) {
            // a view's INSTEAD OF trigger too: leaving it out would lose it without a word
            if (tables.containsKey(trigger[1]) || views.contains(trigger[1])) {
                objects.add(new SchemaObject(SchemaObject.Kind.TRIGGER, QualifiedName.of(trigger[0]), QualifiedName.of(trigger[1]),
                        null, definition(trigger[2])));
            }
        }
        new SqliteColumns().read(session, tables);
        new SqliteKeys().read(session, tables, indexSql);
        return new Schema(tables.values().stream().map(parsed -> parsed.builder().build()).toList(), objects);
    }
}
