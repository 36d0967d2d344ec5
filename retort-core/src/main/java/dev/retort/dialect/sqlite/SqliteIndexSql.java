package dev.retort.dialect.sqlite;

import dev.retort.sql.lex.SqlLexer.Token;
import dev.retort.sql.lex.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * The key texts and WHERE predicate of a SQLite CREATE INDEX statement, which the pragmas do not
 * give for expression keys and partial indexes. Immutable.
 *
 * @param keys      each key's text without ASC/DESC or COLLATE
 * @param predicate the WHERE condition, or {@code null}
 */
record SqliteIndexSql(List<String> keys, String predicate) {

    private static final SqlLexer LEXER = new SqlLexer(SqliteDialect.FLAVOUR);

    static SqliteIndexSql parse(String sql) {
        if (sql == null) {
            return new SqliteIndexSql(List.of(), null);
        }
        try {
            List<Token> tokens = LEXER.tokens(sql);
            int on = 0;
            while (on < tokens.size() && !tokens.get(on).is("on")) {
                on++;
            }
            int open = SqliteTableSql.indexOfSymbol(tokens, "(", on);
            int close = SqlLexer.matchingParen(tokens, open);
            List<String> keys = new ArrayList<>();
            for (List<Token> part : SqliteTableSql.splitTopLevel(tokens.subList(open + 1, close))) {
                keys.add(keyText(sql, part));
            }
            String predicate = null;
            if (close + 1 < tokens.size() && tokens.get(close + 1).is("where")) {
                predicate = sql.substring(tokens.get(close + 2).start(), tokens.get(tokens.size() - 1).end()).strip();
            }
            return new SqliteIndexSql(List.copyOf(keys), predicate);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new SqliteIndexSql(List.of(), null);
        }
    }

    private static String keyText(String sql, List<Token> part) {
        int end = part.size();
        while (end > 1 && (part.get(end - 1).is("asc") || part.get(end - 1).is("desc"))) {
            end--;
        }
        for (int i = 0; i < end; i++) {
            if (part.get(i).is("collate")) {
                end = i;
            }
        }
        return sql.substring(part.get(0).start(), part.get(end - 1).end()).strip();
    }
}
