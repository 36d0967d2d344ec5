package dev.retort.reflect;

import dev.retort.schema.TableSelection;
import dev.retort.spi.ReflectOptions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableSelectionTest {

    @Test
    void everythingButRetortsOwnTablesByDefault() {
        TableSelection filter = ReflectOptions.defaults().filter();
        assertTrue(filter.accepts(null, "users"));
        assertFalse(filter.accepts(null, "retort_version"));
        assertFalse(filter.accepts("app", "RETORT_VERSION"));
    }

    @Test
    void globsMatchWithoutCaseAndExcludesWin() {
        TableSelection filter = ReflectOptions.defaults().withTables(List.of("user*", "a?c"), List.of("*_tmp")).filter();
        assertTrue(filter.accepts(null, "USERS"));
        assertTrue(filter.accepts(null, "abc"));
        assertFalse(filter.accepts(null, "abbc"));
        assertFalse(filter.accepts(null, "users_tmp"));
        assertFalse(filter.accepts(null, "orders"));
    }

    @Test
    void regexCharactersAreLiteralAndDottedPatternsMatchTheSchemaToo() {
        TableSelection filter = ReflectOptions.defaults().withTables(List.of("a+b", "audit.*", "Order Items"), List.of()).filter();
        assertTrue(filter.accepts(null, "a+b"));
        assertFalse(filter.accepts(null, "aab"));
        assertTrue(filter.accepts("audit", "log"));
        assertFalse(filter.accepts(null, "log"));
        assertTrue(filter.accepts(null, "order items"));
    }

    @Test
    void ownTablesCanBeRenamed() {
        TableSelection filter = ReflectOptions.defaults().withOwnTables(Set.of("my_versions")).filter();
        assertTrue(filter.accepts(null, "retort_version"));
        assertFalse(filter.accepts(null, "MY_VERSIONS"));
    }

    @Test
    void blankSchemasAreRejectedWithAHint() {
        assertThrows(IllegalArgumentException.class, () -> ReflectOptions.defaults().withSchemas(List.of(" ")));
    }
}
