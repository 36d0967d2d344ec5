package dev.retort.dialect.sqlite;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.sql.lex.SqlLexer.Token;
import dev.retort.sql.lex.SqlLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What only a SQLite CREATE TABLE text knows: constraint names, CHECK expressions, AUTOINCREMENT,
 * generation expressions, column collations and the table options ({@code WITHOUT ROWID}, {@code STRICT}). Parsed with {@link SqlLexer}, so quotes and nested
 * parentheses are respected. Immutable once built.
 */
final class SqliteTableSql {

    /** A named constraint over columns, found in the text; {@code target} is the referenced table of a foreign key. */
    record Named(String name, List<String> columns, String target, ForeignKey.Deferrability deferrability) {
        Named(String name, List<String> columns, String target) {
            this(name, columns, target, ForeignKey.Deferrability.NOT_DEFERRABLE);
        }
    }

    private static final SqlLexer LEXER = new SqlLexer(SqliteDialect.FLAVOUR);

    final List<CheckConstraint> checks = new ArrayList<>();
    final List<Named> uniques = new ArrayList<>();
    final List<Named> foreignKeys = new ArrayList<>();
    final Map<String, GeneratedColumn> generated = new HashMap<>();
    /** A column's {@code COLLATE} name by lower-case column name: no pragma gives it. */
    final Map<String, String> collations = new HashMap<>();
    /** {@code WITHOUT ROWID}: the primary key is the storage key, with no rowid beside it. */
    boolean withoutRowid;
    /** {@code STRICT}: declared types are enforced. */
    boolean strict;
    String primaryKeyName;
    String autoincrementColumn;

    private final String sql;

    private SqliteTableSql(String sql) {
        this.sql = sql;
    }

    /** Parses a CREATE TABLE statement; a text it cannot read yields no extra facts rather than an error. */
    static SqliteTableSql parse(String createTable) {
        SqliteTableSql table = new SqliteTableSql(createTable == null ? "" : createTable);
        try {
            List<Token> tokens = LEXER.tokens(table.sql);
            int open = indexOfSymbol(tokens, "(", 0);
            int close = open < 0 ? -1 : SqlLexer.matchingParen(tokens, open);
            if (close > open) {
                for (List<Token> item : splitTopLevel(tokens.subList(open + 1, close))) {
                    table.item(item);
                }
                table.tableOptions(tokens.subList(close + 1, tokens.size()));
            }
        } catch (IllegalArgumentException e) {
            // An unreadable text: the pragmas still give columns, keys and indexes; names and checks stay unknown.
        }
        return table;
    }

    /** SQLite's table options after the closing parenthesis: {@code WITHOUT ROWID} and {@code STRICT}. */
    private void tableOptions(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is("without") && i + 1 < tokens.size() && tokens.get(i + 1).is("rowid")) {
                withoutRowid = true;
            } else if (tokens.get(i).is("strict")) {
                strict = true;
            }
        }
    }

    private void item(List<Token> item) {
        if (item.isEmpty()) {
            return;
        }
        Token first = item.get(0);
        boolean tableConstraint = first.is("constraint") || first.is("primary") || first.is("unique")
                || first.is("check") || first.is("foreign");
        if (tableConstraint) {
            constraints(item, 0, null);
        } else {
            constraints(item, 1, item.get(0).name());
        }
    }

    /** Walks constraint clauses from {@code start}; {@code column} is null for a table constraint. */
    private void constraints(List<Token> item, int start, String column) {
        String name = null;
        for (int i = start; i < item.size(); i++) {
            Token token = item.get(i);
            if (token.is("constraint") && i + 1 < item.size()) {
                name = item.get(++i).name();
            } else if (token.is("primary")) {
                primaryKeyName = name;
                name = null;
            } else if (token.is("collate") && column != null && i + 1 < item.size()) {
                collations.put(column.toLowerCase(Locale.ROOT), item.get(++i).name());
            } else if (token.is("autoincrement") && column != null) {
                autoincrementColumn = column;
            } else if (token.is("unique")) {
                i = unique(item, i, column, name);
                name = null;
            } else if (token.is("check") && i + 1 < item.size() && item.get(i + 1).isSymbol("(")) {
                int close = SqlLexer.matchingParen(item, i + 1);
                checks.add(new CheckConstraint(name, text(item, i + 2, close)));
                i = close;
                name = null;
            } else if ((token.is("as") && column != null) && i + 1 < item.size() && item.get(i + 1).isSymbol("(")) {
                int close = SqlLexer.matchingParen(item, i + 1);
                boolean stored = close + 1 < item.size() && item.get(close + 1).is("stored");
                generated.put(column, new GeneratedColumn(text(item, i + 2, close), stored));
                i = close;
            } else if (token.is("foreign") || token.is("references")) {
                i = foreignKey(item, i, column, name);
                name = null;
            } else if (token.isSymbol("(")) {
                // type arguments, DEFAULT (expression), referenced columns: nothing to learn inside
                i = Math.max(i, SqlLexer.matchingParen(item, i));
            }
        }
    }

    private int unique(List<Token> item, int at, String column, String name) {
        if (column != null) {
            uniques.add(new Named(name, List.of(column), null));
            return at;
        }
        int open = indexOfSymbol(item, "(", at);
        int close = SqlLexer.matchingParen(item, open);
        uniques.add(new Named(name, names(item, open, close), null));
        return close;
    }

    private int foreignKey(List<Token> item, int at, String column, String name) {
        List<String> columns = List.of();
        int i = at;
        if (item.get(i).is("foreign")) {
            int open = indexOfSymbol(item, "(", i);
            int close = SqlLexer.matchingParen(item, open);
            columns = names(item, open, close);
            i = close + 1;
            while (i < item.size() && !item.get(i).is("references")) {
                i++;
            }
        } else {
            columns = List.of(column);
        }
        String target = i + 1 < item.size() ? item.get(i + 1).name() : null;
        foreignKeys.add(new Named(name, columns, target, deferrability(item, i + 2)));
        return i + 1;
    }

    /**
     * A foreign key clause's {@code [NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]}, which no pragma gives:
     * looked for from {@code from} up to where the next constraint of the column or table starts.
     */
    private static ForeignKey.Deferrability deferrability(List<Token> item, int from) {
        for (int i = from; i < item.size(); i++) {
            Token token = item.get(i);
            if (token.is("constraint") || token.is("primary") || token.is("unique") || token.is("check")
                    || token.is("references") || token.is("foreign") || token.is("default") || token.is("collate")
                    || token.is("generated") || token.is("as")) {
                break;
            }
            if (token.is("deferrable")) {
                if (i > 0 && item.get(i - 1).is("not")) {
                    return ForeignKey.Deferrability.NOT_DEFERRABLE;
                }
                boolean deferred = i + 2 < item.size() && item.get(i + 1).is("initially") && item.get(i + 2).is("deferred");
                return deferred ? ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                        : ForeignKey.Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE;
            }
        }
        return ForeignKey.Deferrability.NOT_DEFERRABLE;
    }

    /** The plain column names between two parentheses, ignoring ASC/DESC/COLLATE decorations. */
    private static List<String> names(List<Token> item, int open, int close) {
        List<String> names = new ArrayList<>();
        for (List<Token> part : splitTopLevel(item.subList(open + 1, close))) {
            if (!part.isEmpty()) {
                names.add(part.get(0).name());
            }
        }
        return names;
    }

    /** Items separated by commas at parenthesis depth zero. */
    static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            depth += token.isSymbol("(") ? 1 : token.isSymbol(")") ? -1 : 0;
            if (depth == 0 && token.isSymbol(",")) {
                items.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        items.add(tokens.subList(start, tokens.size()));
        return items;
    }

    static int indexOfSymbol(List<Token> tokens, String symbol, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol(symbol)) {
                return i;
            }
        }
        return -1;
    }

    /** The original text from token {@code from} up to, not including, token {@code to}. */
    private String text(List<Token> tokens, int from, int to) {
        return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end()).strip();
    }

    /** The column's own collation as the text names it, or {@code null}. */
    String collation(String column) {
        return collations.get(column.toLowerCase(Locale.ROOT));
    }

    /** Lower-case key for matching names across the text and the pragmas, which may differ in case. */
    static String key(List<String> columns) {
        return String.join("\u0000", columns).toLowerCase(Locale.ROOT);
    }
}
