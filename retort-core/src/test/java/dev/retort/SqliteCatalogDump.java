package dev.retort;

import dev.retort.reflect.SqlLexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLite's schema as SQLite itself describes it. SQLite keeps each CREATE statement as it was
 * written ({@code sqlite_master.sql}, what {@code .schema} prints), so two databases with the same
 * tables dump the same text only when the same text created them. This dump therefore lists, per
 * table (by name), what SQLite reports about that text:
 * <ul>
 * <li>columns from {@code pragma table_xinfo}: name, declared type reduced to SQLite's affinity
 *     (rules of section 3.1 of "Datatypes In SQLite") with its arguments, NOT NULL, default as
 *     tokens, primary-key position, hidden flag;</li>
 * <li>indexes from {@code pragma index_list}/{@code index_xinfo}: unique, origin, partial, key
 *     columns with order and collation, the WHERE clause as tokens; the name only for indexes of
 *     {@code CREATE INDEX} (SQLite numbers the automatic ones by position);</li>
 * <li>foreign keys from {@code pragma foreign_key_list}: columns, table, referenced columns,
 *     actions and MATCH;</li>
 * <li>from the CREATE TABLE text, as tokens (comments gone, identifiers unquoted and lower case,
 *     keywords lower case): the constraint names, the CHECK clauses, COLLATE clauses,
 *     AUTOINCREMENT and WITHOUT ROWID;</li>
 * <li>views and triggers: their whole text as tokens.</li>
 * </ul>
 * Everything sorted where SQLite's own order is creation order. {@code sqlite_sequence} (made by
 * AUTOINCREMENT) and Retort's own tables are left out.
 */
final class SqliteCatalogDump {

    private static final SqlLexer LEXER = SqlLexer.sqlite();

    private SqliteCatalogDump() {
    }

    static String dump(Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        List<String[]> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select type, name, tbl_name, sql from sqlite_master"
                     + " where sql is not null order by lower(name)")) {
            while (rows.next()) {
                objects.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)});
            }
        }
        for (String[] object : objects) {
            String type = object[0];
            String name = object[1];
            if (name.startsWith("sqlite_") || SchemaDumps.ownTable(name) || SchemaDumps.ownTable(object[2])) {
                continue;
            }
            switch (type) {
                case "table" -> out.addAll(table(connection, name, object[3]));
                case "view", "trigger" -> out.add(type + " " + name.toLowerCase(Locale.ROOT) + ": " + tokens(object[3]));
                default -> { } // indexes are listed with their table
            }
        }
        return String.join("\n", out) + "\n";
    }

    private static List<String> table(Connection connection, String table, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        List<String> words = LEXER.tokens(sql).stream().map(SqliteCatalogDump::normal).toList();
        String text = String.join(" ", words);
        out.add("table " + table.toLowerCase(Locale.ROOT) + (text.contains(" autoincrement") ? " autoincrement" : "")
                + (text.endsWith("without rowid") ? " without rowid" : ""));
        for (List<String> row : rows(connection, "select name, type, \"notnull\", dflt_value, pk, hidden from pragma_table_xinfo(?)", table)) {
            out.add("  column " + row.get(0).toLowerCase(Locale.ROOT) + " " + affinity(row.get(1))
                    + ("1".equals(row.get(2)) ? " not null" : "") + defaultClause(row.get(3))
                    + ("0".equals(row.get(4)) ? "" : " pk " + row.get(4)) + ("0".equals(row.get(5)) ? "" : " hidden " + row.get(5)));
        }
        List<String> indexes = new ArrayList<>();
        for (List<String> row : rows(connection, "select name, \"unique\", origin, partial from pragma_index_list(?)", table)) {
            indexes.add("  index " + ("c".equals(row.get(2)) ? row.get(0).toLowerCase(Locale.ROOT) + " " : "")
                    + ("1".equals(row.get(1)) ? "unique " : "") + row.get(2) + " " + keys(connection, row.get(0))
                    + ("1".equals(row.get(3)) ? " where " + predicate(connection, row.get(0)) : ""));
        }
        indexes.sort(null);
        out.addAll(indexes);
        out.addAll(foreignKeys(connection, table));
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("constraint") && i + 1 < words.size()) {
                clauses.add("  constraint " + words.get(i + 1));
            } else if (words.get(i).equals("check") || words.get(i).equals("collate")) {
                clauses.add("  " + words.get(i) + " " + (words.get(i).equals("check") ? group(words, i + 1) : words.get(i + 1)));
            }
        }
        clauses.sort(null);
        out.addAll(clauses);
        return out;
    }

    /** A default, as tokens; an explicit DEFAULT NULL is the same as none. */
    private static String defaultClause(String text) {
        String tokens = text == null ? "null" : tokens(text);
        return tokens.equals("null") ? "" : " default " + tokens;
    }

    private static List<String> foreignKeys(Connection connection, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        String current = null;
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        String tail = "";
        for (List<String> row : rows(connection, "select id, seq, \"table\", \"from\", \"to\", on_update, on_delete, \"match\""
                + " from pragma_foreign_key_list(?) order by id, seq", table)) {
            if (!row.get(0).equals(current)) {
                if (current != null) {
                    keys.add("  foreign key (" + String.join(", ", from) + ") " + tail.replace("#TO#", String.join(", ", to)));
                }
                current = row.get(0);
                from.clear();
                to.clear();
                tail = "references " + row.get(2).toLowerCase(Locale.ROOT) + " (#TO#) on update " + row.get(5)
                        + " on delete " + row.get(6) + " match " + row.get(7);
            }
            from.add(row.get(3).toLowerCase(Locale.ROOT));
            to.add(row.get(4) == null ? "(primary key)" : row.get(4).toLowerCase(Locale.ROOT));
        }
        if (current != null) {
            keys.add("  foreign key (" + String.join(", ", from) + ") " + tail.replace("#TO#", String.join(", ", to)));
        }
        keys.sort(null);
        return keys;
    }

    private static String keys(Connection connection, String index) throws SQLException {
        List<String> parts = new ArrayList<>();
        for (List<String> row : rows(connection, "select name, \"desc\", coll from pragma_index_xinfo(?) where key = 1 order by seqno", index)) {
            parts.add((row.get(0) == null ? "<expression>" : row.get(0).toLowerCase(Locale.ROOT))
                    + ("1".equals(row.get(1)) ? " desc" : "") + ("BINARY".equalsIgnoreCase(row.get(2)) ? "" : " collate " + row.get(2)));
        }
        return "(" + String.join(", ", parts) + ")";
    }

    private static String predicate(Connection connection, String index) throws SQLException {
        List<List<String>> sql = rows(connection, "select sql from sqlite_master where type = 'index' and name = ?", index);
        String text = tokens(sql.get(0).get(0));
        return text.substring(text.lastIndexOf(" where ") + " where ".length());
    }

    /** The tokens of a parenthesised group starting at {@code start}, joined. */
    private static String group(List<String> words, int start) {
        int depth = 0;
        StringBuilder out = new StringBuilder();
        for (int i = start; i < words.size(); i++) {
            String word = words.get(i);
            depth += word.equals("(") ? 1 : word.equals(")") ? -1 : 0;
            out.append(out.length() == 0 ? "" : " ").append(word);
            if (depth == 0) {
                break;
            }
        }
        return out.toString();
    }

    /** SQLite's type affinity of a declared type, with the type's arguments (datatype3 section 3.1). */
    static String affinity(String declared) {
        String upper = declared.toUpperCase(Locale.ROOT);
        int paren = upper.indexOf('(');
        String arguments = paren < 0 ? "" : upper.substring(paren).replace(" ", "");
        String affinity;
        if (upper.contains("INT")) {
            affinity = "INTEGER";
        } else if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
            affinity = "TEXT";
        } else if (upper.contains("BLOB") || upper.isBlank()) {
            affinity = "BLOB";
        } else if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
            affinity = "REAL";
        } else {
            affinity = "NUMERIC";
        }
        return affinity + arguments;
    }

    static String tokens(String sql) {
        return String.join(" ", LEXER.tokens(sql).stream().map(SqliteCatalogDump::normal).toList());
    }

    /** A token for comparison: identifiers unquoted, words lower case, strings as written. */
    private static String normal(SqlLexer.Token token) {
        return switch (token.type()) {
            case QUOTED_NAME -> token.name().toLowerCase(Locale.ROOT);
            case WORD -> token.text().toLowerCase(Locale.ROOT);
            default -> token.text();
        };
    }

    private static List<List<String>> rows(Connection connection, String sql, String argument) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, argument);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
