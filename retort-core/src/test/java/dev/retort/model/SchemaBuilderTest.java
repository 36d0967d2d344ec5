package dev.retort.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the builder's calls put into the schema records (the real-database round trips are in SchemaBuilderContract). */
class SchemaBuilderTest {

    @Test
    void refinementsChangeTheLastColumnIndexAndForeignKey() {
        Schema schema = SchemaBuilder.schema()
                .table(new QualifiedName("shop", "line"), t -> t
                        .column("id", Types.bigint()).notNull().identity(Identity.Kind.ALWAYS)
                        .column("price", Types.unsigned(Types.numeric(10, 2))).columnCheck("price >= 0")
                        .column("total", Types.integer()).generatedAs("price * 2", true)
                        .column("changed", Types.timestampTz(3)).onUpdate("CURRENT_TIMESTAMP").columnComment("when")
                        .column("code", Types.text()).postgresCollation("pg_catalog.C")
                        .primaryKey("id")
                        .index("ix_line", Keys.desc("changed"), Keys.expression("lower(code)")).where("total > 0").using("btree")
                        .foreignKey("fk_line_self", List.of("total"), "line", List.of("id"), ForeignKey.ReferentialAction.SET_NULL,
                                ForeignKey.ReferentialAction.CASCADE)
                        .deferrable(ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED)
                        .partitionBy("RANGE (id)")
                        .renamedFrom("order_line")
                        .columnRenamedFrom("sku"))
                .build();
        Table line = schema.tables().get(0);
        assertEquals(new QualifiedName("shop", "line"), line.name());
        Column id = line.column("id").orElseThrow();
        assertEquals(new Identity(Identity.Kind.ALWAYS), id.identity());
        assertEquals(false, id.nullable());
        assertEquals(new ColumnType.DecimalType(10, 2, true), line.column("price").orElseThrow().type());
        assertEquals(List.of(new CheckConstraint("price", "price >= 0", true)), line.checks());
        assertEquals(new GeneratedColumn("price * 2", true), line.column("total").orElseThrow().generated());
        Column changed = line.column("changed").orElseThrow();
        assertEquals(new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP_TZ, 3), changed.type());
        assertEquals("CURRENT_TIMESTAMP", changed.onUpdate());
        assertEquals("when", changed.comment());
        assertEquals(new QualifiedName("pg_catalog", "C"), line.column("code").orElseThrow().collation());
        Index index = line.indexes().get(0);
        assertEquals(List.of(new Index.Key("changed", null, Index.SortOrder.DESC, null),
                new Index.Key(null, "lower(code)", Index.SortOrder.ASC, null)), index.keys());
        assertEquals("total > 0", index.predicate());
        assertEquals("btree", index.method());
        ForeignKey key = line.foreignKeys().get(0);
        assertEquals(ForeignKey.ReferentialAction.SET_NULL, key.onDelete());
        assertEquals(ForeignKey.ReferentialAction.CASCADE, key.onUpdate());
        assertEquals(ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, key.deferrability());
        assertEquals(new Inheritance(List.of(), null, "RANGE (id)"), line.inheritance());
        assertEquals(List.of(new QualifiedName("shop", "order_line")), schema.renames().tableFormerly(line.name()));
        assertEquals(List.of("sku"), schema.renames().columnFormerly(line.name(), "code"));
    }

    @Test
    void objectsAreTheirStatements() {
        Schema schema = SchemaBuilder.schema()
                .table("t", t -> t.column("id", Types.integer()))
                .view("v", "CREATE VIEW v AS SELECT id FROM t")
                .sequence("s", "CREATE SEQUENCE s")
                .trigger("t", "tr", "CREATE TRIGGER tr …")
                .comment("the schema")
                .build();
        assertEquals(List.of(SchemaObject.Kind.VIEW, SchemaObject.Kind.TRIGGER, SchemaObject.Kind.SEQUENCE),
                schema.objects().stream().map(SchemaObject::kind).toList());
        assertEquals("CREATE VIEW v AS SELECT id FROM t", schema.objects(SchemaObject.Kind.VIEW).get(0).definition());
        assertEquals(QualifiedName.of("t"), schema.objects(SchemaObject.Kind.TRIGGER).get(0).table());
        assertEquals("the schema", schema.comment());
        assertThrows(IllegalArgumentException.class,
                () -> SchemaBuilder.schema().object(SchemaObject.Kind.TRIGGER, "tr", "CREATE TRIGGER tr …"));
    }

    @Test
    void aRefinementBeforeItsSubjectSaysSo() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> SchemaBuilder.schema().table("t", t -> t.where("x > 0")));
        assertTrue(error.getMessage().contains("add a index to table t"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Types.unsigned(Types.text()));
    }
}
