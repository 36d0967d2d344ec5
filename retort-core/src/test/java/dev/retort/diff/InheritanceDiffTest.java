package dev.retort.diff;

import dev.retort.op.AddColumn;
import dev.retort.op.MigrationOp;
import dev.retort.op.SetSchemaComment;
import dev.retort.schema.Inheritance;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.TEXT;
import static dev.retort.diff.Fixtures.column;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inheritance children, partitions, rules and the schema comment: what autogenerate does with each. */
class InheritanceDiffTest {

    private static final String BOUND_2024 = "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";

    private static Table sale() {
        return table("sale").column("sold", INT).build().withInheritance(Inheritance.NONE.partitionedBy("RANGE (sold)"));
    }

    /** A partition: the parent's columns, no key of its own (the parent's is the parent's). */
    private static Table partition(String name, String bound) {
        return table(name).column("sold", INT).primaryKey(null).build()
                .withInheritance(Inheritance.partitionOf(name("sale"), bound));
    }

    private static Table payment() {
        return table("payment").column("amount", INT).build();
    }

    private static Table child(String name) {
        return table(name).column("amount", INT).column("note", TEXT).primaryKey(null).build()
                .withInheritance(Inheritance.inherits(List.of(name("payment"))));
    }

    private static DiffResult diff(Schema from, Schema to) {
        return SchemaDiff.compare(from, to, ComparisonRules.standard(), DiffOptions.defaults());
    }

    @Test
    void anUnchangedHierarchyGivesNothing() {
        Schema schema = Fixtures.schema(sale(), partition("sale_2024", BOUND_2024), partition("sale_rest", "DEFAULT"),
                payment(), child("payment_2024"));
        DiffResult result = diff(schema, schema);
        assertEquals(List.of(), result.ops());
        assertEquals(List.of(), result.skipped());
    }

    @Test
    void parentsAreCreatedBeforeTheirChildrenAndDroppedAfter() {
        // names that sort before their parents: only the parents decide the order
        Schema model = Fixtures.schema(sale(), partition("a_sale_2024", BOUND_2024), payment(), child("a_payment_2024"));
        List<MigrationOp> up = Roundtrip.ops(Schema.empty(), model);
        assertEquals(List.of("create table payment", "create table a_payment_2024", "create table sale",
                "create table a_sale_2024"), SchemaDiffTest.describe(up));
        assertEquals(List.of("drop table a_sale_2024", "drop table sale", "drop table a_payment_2024", "drop table payment"),
                SchemaDiffTest.describe(OpApplier.downgrade(up)));
    }

    @Test
    void aNewPartitionIsCreatedAndAVanishedOneDropped() {
        Schema database = Fixtures.schema(sale(), partition("sale_2023", "FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')"));
        Schema model = Fixtures.schema(sale(), partition("sale_2024", BOUND_2024));
        List<MigrationOp> ops = Roundtrip.ops(database, model);
        assertEquals(List.of("drop table sale_2023", "create table sale_2024"), SchemaDiffTest.describe(ops));
        assertTrue(ops.get(0).destructive(), "a dropped partition loses its rows");
    }

    @Test
    void aMovedBoundOrParentIsSkippedWithTheStatementToWriteNotDroppedAndCreated() {
        Schema database = Fixtures.schema(sale(), partition("sale_2024", "DEFAULT"), payment(),
                child("payment_2024").withInheritance(Inheritance.NONE));
        Schema model = Fixtures.schema(sale(), partition("sale_2024", BOUND_2024), payment(), child("payment_2024"));
        DiffResult result = diff(database, model);
        assertEquals(List.of(), result.ops());
        assertEquals(List.of("payment_2024: parents", "sale_2024: partition"),
                result.skipped().stream().map(skip -> skip.table() + ": " + skip.object()).toList());
        assertTrue(result.skipped().get(1).reason().contains("ATTACH PARTITION"), result.skipped().get(1).reason());
        assertTrue(result.skipped().get(0).reason().contains("INHERIT"), result.skipped().get(0).reason());
    }

    @Test
    void aChangedPartitionKeyIsSkipped() {
        Schema database = Fixtures.schema(sale());
        Schema model = Fixtures.schema(sale().withInheritance(Inheritance.NONE.partitionedBy("LIST (sold)")));
        DiffResult result = diff(database, model);
        assertEquals(List.of(), result.ops());
        assertEquals("partition key", result.skipped().get(0).object());
    }

    @Test
    void aColumnAddedToAParentIsAddedThereOnlyPostgresGivesItToTheChildren() {
        Table parent = table("payment").column("amount", INT).column("paid", INT).build();
        Table child = table("payment_2024").column("amount", INT).column("paid", INT).column("note", TEXT)
                .column("extra", INT).primaryKey(null).build().withInheritance(Inheritance.inherits(List.of(name("payment"))));
        DiffResult result = diff(Fixtures.schema(payment(), child("payment_2024")), Fixtures.schema(parent, child));
        assertEquals(List.of(new AddColumn(name("payment"), column("paid", INT), null),
                new AddColumn(name("payment_2024"), column("extra", INT), null)), result.ops());
    }

    @Test
    void rulesAreCreatedAfterTheTablesTheyWriteTo() {
        SchemaObject rule = new SchemaObject(SchemaObject.Kind.RULE, name("payment_redirect"), name("payment"),
                "CREATE RULE payment_redirect AS ON INSERT TO payment DO INSTEAD INSERT INTO payment_2024 SELECT new.*");
        Schema model = new Schema(List.of(payment(), child("payment_2024")), List.of(rule));
        List<MigrationOp> up = Roundtrip.ops(Schema.empty(), model);
        assertEquals(List.of("create table payment", "create table payment_2024", "create rule payment_redirect on payment"),
                SchemaDiffTest.describe(up));
        assertEquals("drop rule payment_redirect on payment", OpApplier.downgrade(up).get(0).describe());
    }

    @Test
    void theSchemaCommentIsSetWhereTheModelGivesOneAndLeftAloneWhereNot() {
        Schema database = Fixtures.schema(payment()).withComment("standard public schema");
        Schema model = Fixtures.schema(payment()).withComment("Standard public schema");
        List<MigrationOp> ops = Roundtrip.ops(database, model);
        assertEquals(List.of(new SetSchemaComment("standard public schema", "Standard public schema")), ops);
        assertEquals(List.of(), diff(database, Fixtures.schema(payment())).ops(), "a model without a comment says nothing");
    }
}
