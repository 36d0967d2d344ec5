package dev.retort.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static List<String> quoted(Identifiers identifiers, String... names) {
        return List.of(names).stream().map(identifiers::quote).toList();
    }

    @Test
    void namesAreQuotedOnlyWhenTheyWouldNotReadBackAsThemselves() {
        Identifiers lower = new Identifiers('"', '"', Identifiers.Fold.LOWER, Set.of("select"));
        assertEquals(List.of("plain_name", "\"Mixed\"", "\"SELECT\"", "\"select\"", "\"two words\"", "\"1st\"", "\"a\"\"b\""),
                quoted(lower, "plain_name", "Mixed", "SELECT", "select", "two words", "1st", "a\"b"));
        Identifiers upper = new Identifiers('"', '"', Identifiers.Fold.UPPER, Set.of());
        assertEquals(List.of("PLAIN", "\"plain\""), quoted(upper, "PLAIN", "plain"));
        Identifiers none = new Identifiers('[', ']', Identifiers.Fold.NONE, Set.of("Key"));
        assertEquals(List.of("Mixed", "[key]", "[a]]b]"), quoted(none, "Mixed", "key", "a]b"));
    }

    @Test
    void alwaysQuotedQuotesEveryName() {
        Identifiers always = Identifiers.alwaysQuoted('`', '`');
        assertEquals(List.of("`plain`", "`count`", "`Mixed`", "`a``b`"), quoted(always, "plain", "count", "Mixed", "a`b"));
    }
}
