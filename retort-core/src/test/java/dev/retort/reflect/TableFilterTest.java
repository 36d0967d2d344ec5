package dev.retort.reflect;

import dev.retort.spi.ReflectOptions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFilterTest {

    @Test
    void everythingButRetortsOwnTablesByDefault() {
        TableFilter filter = ReflectOptions.defaults().filter();
        assertTrue(filter.accepts(null, "users"));
        assertFalse(filter.accepts(null, "retort_version"));
        assertFalse(filter.accepts("app", "RETORT_VERSION"));
    }

    @Test
    void globsMatchWithoutCaseAndExcludesWin() {
        TableFilter filter = ReflectOptions.defaults().withTables(List.of("user*", "a?c"), List.of("*_tmp")).filter();
        assertTrue(filter.accepts(null, "USERS"));
        assertTrue(filter.accepts(null, "abc"));
        assertFalse(filter.accepts(null, "abbc"));
        assertFalse(filter.accepts(null, "users_tmp"));
        assertFalse(filter.accepts(null, "orders"));
    }

    @Test
    void regexCharactersAreLiteralAndDottedPatternsMatchTheSchemaToo() {
        TableFilter filter = ReflectOptions.defaults().withTables(List.of("a+b", "audit.*", "Order Items"), List.of()).filter();
        assertTrue(filter.accepts(null, "a+b"));
        assertFalse(filter.accepts(null, "aab"));
        assertTrue(filter.accepts("audit", "log"));
        assertFalse(filter.accepts(null, "log"));
        assertTrue(filter.accepts(null, "order items"));
    }

    @Test
    void ownTablesCanBeRenamed() {
        TableFilter filter = ReflectOptions.defaults().withOwnTables(Set.of("my_versions")).filter();
        assertTrue(filter.accepts(null, "retort_version"));
        assertFalse(filter.accepts(null, "MY_VERSIONS"));
    }

    @Test
    void blankSchemasAreRejectedWithAHint() {
        assertThrows(IllegalArgumentException.class, () -> ReflectOptions.defaults().withSchemas(List.of(" ")));
    }
}
