package dev.retort.ddl;

import dev.retort.op.MigrationOp;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import dev.retort.spi.DdlRenderer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every dialect's renderer test shares: the ops of {@link OpCatalog} rendered as a script, and
 * the ops whose SQL is the same on every dialect — an object created from the model's own statement,
 * a view dropped by name, statements executed as written. One subclass per dialect.
 */
abstract class DdlRendererContract {

    private final DdlRenderer renderer;
    private final Identity.Kind identity;

    /**
     * @param renderer the renderer under test
     * @param identity how the dialect's catalog items number their key
     */
    DdlRendererContract(DdlRenderer renderer, Identity.Kind identity) {
        this.renderer = renderer;
        this.identity = identity;
    }

    /** The dialect's spelling of a plain name in generated DDL (H2 and MySQL quote every name). */
    String name(String plain) {
        return plain;
    }

    /** The catalog op named {@code key} rendered against the catalog's schema, each statement ended by ";\n". */
    final String script(String key) {
        return script(OpCatalog.ops(identity).get(key), OpCatalog.schema(identity));
    }

    /** One op rendered against {@code before}, each statement ended by ";\n". */
    final String script(MigrationOp op, Schema before) {
        return renderer.render(List.of(op), before).stream().map(sql -> sql + ";\n").collect(Collectors.joining());
    }

    @Test
    void createObjectRunsTheModelsOwnStatement() {
        assertEquals("CREATE VIEW line_items AS SELECT id, item_id FROM line;\n", script("createObject"));
    }

    @Test
    void dropObjectDropsItByKindAndName() {
        assertEquals("DROP VIEW " + name("item_names") + ";\n", script("dropObject"));
    }

    @Test
    void executeSqlRunsItsStatementsAsWritten() {
        assertEquals("UPDATE item SET name = 'a;b';\nDELETE FROM line;\n", script("executeSql"));
    }
}
