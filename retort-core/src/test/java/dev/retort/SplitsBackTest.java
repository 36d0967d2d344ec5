package dev.retort;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.op.ExecuteSql;
import dev.retort.spi.Dialect;
import dev.retort.spi.Dialects;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitsBackTest {

    @Test
    void aStatementThatWouldReadAsTwoIsRefusedBeforeAnythingIsWritten() {
        for (Dialect dialect : Dialects.all()) {
            Changes smuggled = changes("CREATE TABLE t (id INT); DROP TABLE important");
            RetortException e = assertThrows(RetortException.class, () -> Autogenerate.requireSplitsBack(dialect, smuggled));
            assertEquals(RetortException.Kind.SCRIPT, e.kind());
            assertTrue(e.getMessage().contains("2 statements where 1 were rendered"), e.getMessage());
            assertDoesNotThrow(() -> Autogenerate.requireSplitsBack(dialect, changes("CREATE TABLE \"t;x\" (id INT)")));
        }
    }

    private static Changes changes(String statement) {
        ExecuteSql op = new ExecuteSql(statement, "SELECT 1");
        return new Changes(List.of(new Changes.Step(op, List.of(statement))), List.of(), List.of(), List.of());
    }
}
