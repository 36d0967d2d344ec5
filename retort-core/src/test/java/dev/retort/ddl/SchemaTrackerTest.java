package dev.retort.ddl;

import static dev.retort.ddl.Fixtures.INT;
import static dev.retort.ddl.Fixtures.column;
import static dev.retort.ddl.Fixtures.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.op.AddColumn;
import dev.retort.op.CreateTable;
import dev.retort.op.DropColumn;
import dev.retort.op.DropIndex;
import dev.retort.op.DropTable;
import dev.retort.op.ExecuteSql;
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaTrackerTest {

    private static final Schema SCHEMA = OpCatalog.schema(Identity.Kind.BY_DEFAULT);

    private static Table table(Schema schema, String name) {
        return schema.table(name(name)).orElseThrow();
    }

    @Test
    void everyOpAndItsReverseGiveTheStartBack() {
        for (Map.Entry<String, MigrationOp> entry : OpCatalog.ops(Identity.Kind.BY_DEFAULT).entrySet()) {
            MigrationOp op = entry.getValue();
            Schema after = SchemaTracker.apply(SCHEMA, op);
            if (op instanceof ExecuteSql) {
                assertSame(SCHEMA, after, "raw SQL is not interpreted");
            } else if (!(op instanceof DropColumn)) {
                assertTrue(!after.equals(SCHEMA) || op instanceof dev.retort.op.SetTableComment, entry.getKey());
                assertEquals(SCHEMA, SchemaTracker.apply(after, op.reverse()), entry.getKey());
            }
        }
    }

    @Test
    void droppingAColumnDropsTheKeysAndIndexesThatUseIt() {
        Table item = table(SCHEMA, "item");
        Schema after = SchemaTracker.apply(SCHEMA, new DropColumn(name("item"), item.column("name").orElseThrow()));
        Table changed = table(after, "item");
        assertEquals(List.of("id", "order"), changed.columns().stream().map(c -> c.name()).toList());
        assertEquals(List.of(), changed.uniques());
        assertEquals(List.of(), changed.indexes());
        assertEquals(item.checks(), changed.checks());
        Schema keyless = SchemaTracker.apply(SCHEMA, new DropColumn(name("item"), item.column("id").orElseThrow()));
        assertNull(table(keyless, "item").primaryKey());
    }

    @Test
    void renamesFollowIntoKeysIndexesReferencesAndTriggers() {
        Schema schema = new Schema(SCHEMA.tables(), List.of(new SchemaObject(SchemaObject.Kind.TRIGGER, name("touch"),
                name("item"))));
        Schema renamed = SchemaTracker.apply(schema, new RenameColumn(name("item"), "id", "item_id"));
        assertEquals(List.of("item_id"), table(renamed, "item").primaryKey().columns());
        assertEquals(List.of("item_id"), table(renamed, "line").foreignKeys().get(0).referencedColumns());
        assertEquals(List.of("item_id"), table(renamed, "line").foreignKeys().get(0).columns(), "line's own column");
        Schema moved = SchemaTracker.apply(renamed, new RenameTable(name("item"), name("product")));
        ForeignKey key = table(moved, "line").foreignKeys().get(0);
        assertEquals(name("product"), key.referencedTable());
        assertEquals(name("product"), moved.objects().get(0).table());
        Index index = table(SchemaTracker.apply(schema, new RenameColumn(name("item"), "order", "rank")), "item")
                .indexes().get(0);
        assertEquals("rank", index.keys().get(0).column());
    }

    @Test
    void droppingATableDropsItsTriggers() {
        Schema schema = new Schema(SCHEMA.tables(), List.of(new SchemaObject(SchemaObject.Kind.TRIGGER, name("touch"),
                name("line")), SchemaObject.of(SchemaObject.Kind.VIEW, name("v"))));
        Schema after = SchemaTracker.apply(schema, new DropTable(table(schema, "line")));
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.VIEW, name("v"))), after.objects());
    }

    @Test
    void anOpThatDoesNotFitTheSchemaIsRefusedWithTheReason() {
        RetortException missing = assertThrows(RetortException.class, () -> SchemaTracker.apply(Schema.empty(),
                new AddColumn(name("item"), column("x", INT, true, null, null))));
        assertEquals("cannot add column item.x: the schema has no table item; the op does not fit the schema it was"
                + " applied to, so generate the ops again from the current database", missing.getMessage());
        assertThrows(RetortException.class, () -> SchemaTracker.apply(SCHEMA, new CreateTable(table(SCHEMA, "item"))));
        assertThrows(RetortException.class, () -> SchemaTracker.apply(SCHEMA,
                new AddColumn(name("item"), column("name", INT, true, null, null))));
        assertThrows(RetortException.class, () -> SchemaTracker.apply(SCHEMA, new DropIndex(name("item"),
                Fixtures.index("nope", false, Fixtures.asc("id")))));
        assertThrows(RetortException.class, () -> SchemaTracker.apply(SCHEMA,
                new RenameColumn(name("item"), "nope", "x")));
    }

    @Test
    void theRendererToleratesOpsOnTablesItWasNotShown() {
        List<MigrationOp> ops = List.of(new AddColumn(name("elsewhere"), column("x", INT, true, null, null)),
                new RenameTable(name("elsewhere"), name("moved")));
        assertEquals(List.of("ALTER TABLE elsewhere ADD COLUMN x integer", "ALTER TABLE elsewhere RENAME TO moved"),
                new dev.retort.dialect.postgres.PostgresDialect().ddlRenderer().render(ops, Schema.empty()));
    }
}
