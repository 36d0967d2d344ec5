package dev.retort.sql.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static final SqlLexer STANDARD = new SqlLexer(SqlFlavour.ANSI);
    private static final SqlLexer SQLITE = new SqlLexer(SqlFlavour.ANSI.withBacktickIdentifiers(true).withBracketIdentifiers(true));
    private static final SqlLexer MYSQL = new SqlLexer(SqlFlavour.ANSI.withBackslashEscapes(true).withHashComments(true)
            .withBacktickIdentifiers(true));

    private static List<String> texts(SqlLexer lexer, String sql) {
        return lexer.tokens(sql).stream().map(SqlLexer.Token::text).toList();
    }

    @Test
    void keepsQuotedTextWholeAndDropsComments() {
        assertEquals(List.of("CHECK", "(", "a", "<>", "'it''s, (x)'", ")"),
                texts(STANDARD, "CHECK (a <> 'it''s, (x)') -- trailing ( comment\n/* block ) */"));
        assertEquals(List.of("\"Select\"", ".", "\"a\"\"b\"", "::", "text", "[", "]"),
                texts(STANDARD, "\"Select\".\"a\"\"b\"::text[]"));
    }

    @Test
    void namesLoseTheirQuotes() {
        List<SqlLexer.Token> tokens = SQLITE.tokens("[Order Items] \"a\"\"b\" `c` plain");
        assertEquals(List.of("Order Items", "a\"b", "c", "plain"), tokens.stream().map(SqlLexer.Token::name).toList());
        assertEquals(SqlLexer.Type.QUOTED_NAME, tokens.get(0).type());
    }

    @Test
    void dialectsDifferOnBracketsBackslashesAndHashes() {
        assertEquals(List.of("'a\\'b'", "x"), texts(MYSQL, "'a\\'b' x # comment"));
        assertEquals(List.of("[", "1", "]"), texts(STANDARD, "[1]"));
        assertThrows(IllegalArgumentException.class, () -> STANDARD.tokens("'a\\'b'"));
    }

    @Test
    void numbersWordsAndKeywords() {
        List<SqlLexer.Token> tokens = STANDARD.tokens("-1.5e-3 Current_Timestamp");
        assertEquals(List.of("-", "1.5e-3", "Current_Timestamp"), tokens.stream().map(SqlLexer.Token::text).toList());
        assertEquals(SqlLexer.Type.NUMBER, tokens.get(1).type());
        assertEquals(true, tokens.get(2).is("current_timestamp"));
        assertEquals("current_timestamp", SqlLexer.keyword(tokens.get(2)));
    }

    @Test
    void findsTheMatchingParenthesisOrReportsNone() {
        List<SqlLexer.Token> tokens = STANDARD.tokens("f((a), b) c");
        assertEquals(7, SqlLexer.matchingParen(tokens, 1));
        assertEquals(-1, SqlLexer.matchingParen(STANDARD.tokens("f((a)"), 1));
    }

    @Test
    void unclosedQuotesAndCommentsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> STANDARD.tokens("'open"));
        assertThrows(IllegalArgumentException.class, () -> STANDARD.tokens("\"open"));
        assertThrows(IllegalArgumentException.class, () -> STANDARD.tokens("/* open"));
    }
}
