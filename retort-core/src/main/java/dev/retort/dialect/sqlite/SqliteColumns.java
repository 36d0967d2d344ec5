package dev.retort.dialect.sqlite;

import dev.retort.reflect.DefaultValues;
import dev.retort.reflect.SqlLexer;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.sql.JdbcSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the columns and primary keys of all tables in one query. Used once per read; not thread-safe. */
final class SqliteColumns {

    private static final String COLUMNS = """
            select m.name, p.name, p.type, p."notnull", p.dflt_value, p.pk, p.hidden
              from sqlite_master m join pragma_table_xinfo(m.name) p
             where m.type = 'table'
             order by m.name, p.cid
            """;

    private static final SqlLexer LEXER = SqlLexer.sqlite();

    void read(JdbcSession session, Map<String, SqliteSchemaReader.Parsed> tables) {
        Map<String, TreeMap<Integer, String>> keys = new java.util.HashMap<>();
        session.query(COLUMNS, row -> {
            SqliteSchemaReader.Parsed table = tables.get(row.getString(1));
            if (table == null) {
                return null;
            }
            String name = row.getString(2);
            int pk = row.getInt(6);
            if (pk > 0) {
                keys.computeIfAbsent(row.getString(1), ignored -> new TreeMap<>()).put(pk, name);
            }
            table.builder().column(column(table.sql(), name, row.getString(3), row.getInt(4) != 0, row.getString(5), row.getInt(7)));
            return null;
        });
        keys.forEach((table, columns) -> {
            SqliteSchemaReader.Parsed parsed = tables.get(table);
            parsed.builder().primaryKey(new PrimaryKey(parsed.sql().primaryKeyName, new ArrayList<>(columns.values())));
        });
    }

    private static Column column(SqliteTableSql sql, String name, String declared, boolean notNull, String defaultText,
                                 int hidden) {
        ColumnType type = SqliteTypes.parse(declared);
        // pragma_table_xinfo.hidden: 2 = generated virtual, 3 = generated stored
        GeneratedColumn generated = hidden >= 2 ? sql.generated.getOrDefault(name, null) : null;
        if (hidden >= 2 && generated == null) {
            generated = new GeneratedColumn("?", hidden == 3);
        }
        Identity identity = name.equalsIgnoreCase(sql.autoincrementColumn) ? new Identity(Identity.Kind.AUTOINCREMENT) : null;
        DefaultValue defaultValue = generated == null && identity == null ? normalise(defaultText) : null;
        return new Column(name, type, !notNull, defaultValue, identity, generated, null, null);
    }

    /** The default as written; {@code DEFAULT NULL} is no default, and {@code (expr)} loses its parentheses. */
    static DefaultValue normalise(String text) {
        if (text == null || text.strip().equalsIgnoreCase("null")) {
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
