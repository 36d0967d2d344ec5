package dev.retort.dialect.sqlite;

import dev.retort.reflect.DefaultValues;
import dev.retort.reflect.SqlLexer;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.spi.JdbcSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the columns and primary keys of all tables in one query. Used once per read; not thread-safe. */
final class SqliteColumns {

    /**
     * One row per table; the aggregate runs over one pragma's rows, which come in column order. Virtual
     * tables are objects, not tables, and the pragmas fail on one whose module this connection lacks.
     */
    private static final String COLUMNS = """
            select m.name, (select json_group_array(json_array(p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden))
                              from pragma_table_xinfo(m.name) p)
              from sqlite_master m
             where m.type = 'table' and m.sql not like 'CREATE VIRTUAL TABLE %'
            """;

    private static final SqlLexer LEXER = SqlLexer.sqlite();

    /** Real schemas repeat a few declared types and defaults: parse each text once per read. */
    private final Map<String, ColumnType> types = new HashMap<>();
    private final Map<String, DefaultValue> defaults = new HashMap<>();

    void read(JdbcSession session, Map<String, SqliteSchemaReader.Parsed> tables) {
        session.query(COLUMNS, row -> {
            SqliteSchemaReader.Parsed table = tables.get(row.getString(1));
            if (table != null) {
                columns(table, SqliteJson.rows(row.getString(2)));
            }
            return null;
        });
    }

    private void columns(SqliteSchemaReader.Parsed table, List<List<Object>> rows) {
        TreeMap<Long, String> key = new TreeMap<>();
        for (List<Object> values : rows) {
            String name = (String) values.get(0);
            long pk = (Long) values.get(4);
            if (pk > 0) {
                key.put(pk, name);
            }
            table.builder().column(column(table.sql(), name, (String) values.get(1), (Long) values.get(2) != 0,
                    (String) values.get(3), ((Long) values.get(5)).intValue()));
        }
        if (!key.isEmpty()) {
            table.builder().primaryKey(new PrimaryKey(table.sql().primaryKeyName, new ArrayList<>(key.values())));
        }
    }

    private Column column(SqliteTableSql sql, String name, String declared, boolean notNull, String defaultText,
                                 int hidden) {
        ColumnType type = types.computeIfAbsent(declared == null ? "" : declared, SqliteTypes::declared);
        // pragma_table_xinfo.hidden: 2 = generated virtual, 3 = generated stored
        GeneratedColumn generated = hidden >= 2 ? sql.generated.getOrDefault(name, null) : null;
        if (hidden >= 2 && generated == null) {
            generated = new GeneratedColumn("?", hidden == 3);
        }
        Identity identity = name.equalsIgnoreCase(sql.autoincrementColumn) ? new Identity(Identity.Kind.AUTOINCREMENT) : null;
        DefaultValue defaultValue = generated == null && identity == null && defaultText != null
                ? defaults.computeIfAbsent(defaultText, SqliteColumns::normalise) : null;
        String collation = sql.collation(name);
        return new Column(name, type, !notNull, defaultValue, identity, generated, null, null, null,
                collation == null ? null : QualifiedName.of(collation));
    }

    /**
     * The default as written; {@code (expr)} loses its parentheses. An explicit {@code DEFAULT NULL}
     * is kept: it is part of the table's stored text.
     */
    static DefaultValue normalise(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String sql = text.strip();
        try {
            List<SqlLexer.Token> tokens = LEXER.tokens(sql);
            if (tokens.size() > 2 && tokens.get(0).isSymbol("(") && SqlLexer.matchingParen(tokens, 0) == tokens.size() - 1) {
                sql = sql.substring(tokens.get(1).start(), tokens.get(tokens.size() - 2).end()).strip();
            }
        } catch (IllegalArgumentException e) {
            return new DefaultValue(sql, DefaultValue.Kind.UNRECOGNISED);
        }
        return DefaultValues.classify(sql, LEXER);
    }
}
