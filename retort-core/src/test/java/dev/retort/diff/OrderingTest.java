package dev.retort.diff;

import dev.retort.op.AddForeignKey;
import dev.retort.op.CreateTable;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.fk;
import static dev.retort.diff.Fixtures.index;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.schema;
import static dev.retort.diff.Fixtures.table;
import static dev.retort.diff.Fixtures.withDefault;
import static dev.retort.diff.SchemaDiffTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderingTest {

    // names chosen so that alphabetical order is never the dependency order
    private static final Table ZOO = table("zoo").build();
    private static final Table KEEPER = table("keeper").references("zoo_id", "zoo").build();
    private static final Table ANIMAL = table("animal").references("keeper_id", "keeper").build();

    @Test
    void aChainIsCreatedParentsFirstAndDroppedChildrenFirst() {
        Schema chain = schema(ANIMAL, KEEPER, ZOO);
        assertEquals(List.of("create table zoo", "create table keeper", "create table animal"),
                describe(Roundtrip.ops(Schema.empty(), chain)));
        assertEquals(List.of("drop table animal", "drop table keeper", "drop table zoo"),
                describe(Roundtrip.ops(chain, Schema.empty())));
    }

    @Test
    void aTableDrawingFromAnotherTablesSerialSequenceIsCreatedAfterItAndDroppedBefore() {
        Table owner = table("zz_owner").column(new Column("serial_no", INT, false, null,
                new Identity(Identity.Kind.SERIAL), null, null, null)).build();
        Table borrower = table("aa_borrower").column(withDefault("n", INT, "nextval('zz_owner_serial_no_seq'::regclass)",
                DefaultValue.Kind.FUNCTION)).build();
        Table qualified = table("mm_other").column(withDefault("n", INT, "nextval('public.\"zz_owner_serial_no_seq\"')",
                DefaultValue.Kind.FUNCTION)).build();
        Schema shared = schema(borrower, qualified, owner);
        assertEquals(List.of("create table zz_owner", "create table aa_borrower", "create table mm_other"),
                describe(Roundtrip.ops(Schema.empty(), shared)));
        assertEquals(List.of("drop table mm_other", "drop table aa_borrower", "drop table zz_owner"),
                describe(Roundtrip.ops(shared, Schema.empty())));
    }

    @Test
    void aTableReferencingItselfIsCreatedWithItsKey() {
        Table tree = table("tree").references("parent_id", "tree").build();
        assertEquals(List.of(new CreateTable(tree)), Roundtrip.ops(Schema.empty(), schema(tree)));
    }

    @Test
    void aCycleIsCreatedWithoutOneKeyThatIsAddedAfterwards() {
        Table a = table("a").references("b_id", "b").build();
        Table b = table("b").references("a_id", "a").build();
        List<MigrationOp> ops = Roundtrip.ops(Schema.empty(), schema(a, b));
        assertEquals(List.of(new CreateTable(table("a").column("b_id", INT).build()), new CreateTable(b),
                new AddForeignKey(name("a"), fk("fk_a_b_id", "b_id", "b"))), ops);
        assertEquals(List.of("drop foreign key fk_a_b_id of a", "drop table b", "drop table a"),
                describe(Roundtrip.ops(schema(a, b), Schema.empty())));
    }

    @Test
    void onlyOneKeyOfAThreeCycleIsDeferredAndTablesOutsideTheCycleWait() {
        Table x = table("x").references("z_id", "z").build();
        Table y = table("y").references("x_id", "x").build();
        Table z = table("z").references("y_id", "y").build();
        Table before = table("a_child").references("x_id", "x").build();
        List<MigrationOp> ops = Roundtrip.ops(Schema.empty(), schema(x, y, z, before));
        assertEquals(List.of("create table x", "create table a_child", "create table y", "create table z",
                "add foreign key [z_id] of x to z"), describe(ops));
    }

    @Test
    void twoCyclesJoinedByAKeyAreBrokenOnceEach() {
        Table a = table("a").references("b_id", "b").build();
        Table b = table("b").references("a_id", "a").references("c_id", "c").build();
        Table c = table("c").references("d_id", "d").build();
        Table d = table("d").references("c_id", "c").build();
        List<MigrationOp> ops = Roundtrip.ops(Schema.empty(), schema(a, b, c, d));
        assertEquals(2, ops.stream().filter(op -> op instanceof AddForeignKey).count(), () -> describe(ops).toString());
    }

    @Test
    void aKeptTableGainsAKeyToANewTableAfterItIsCreated() {
        Table keeperWithZoo = table("keeper").references("zoo_id", "zoo").build();
        Table keeperAlone = table("keeper").column("zoo_id", INT).build();
        assertEquals(List.of("create table zoo", "add foreign key [zoo_id] of keeper to zoo"),
                describe(Roundtrip.ops(schema(keeperAlone), schema(keeperWithZoo, ZOO))));
        assertEquals(List.of("drop foreign key fk_keeper_zoo_id of keeper", "drop table zoo"),
                describe(Roundtrip.ops(schema(keeperWithZoo, ZOO), schema(keeperAlone))));
    }

    @Test
    void keysAndIndexesGoBeforeTheColumnsTheyUse() {
        Table before = table("keeper").references("zoo_id", "zoo").index(index("ix_zoo", "zoo_id")).build();
        Table after = table("keeper").build();
        assertEquals(List.of("drop foreign key fk_keeper_zoo_id of keeper", "drop index ix_zoo of keeper",
                "drop column keeper.zoo_id"), describe(Roundtrip.ops(schema(before, ZOO), schema(after, ZOO))));
    }

    @Test
    void aNewTableReferencingANewUniqueOfAKeptTableComesAfterIt() {
        Table parent = table("parent").column("code", INT).build();
        Table parentUnique = table("parent").column("code", INT)
                .unique(new dev.retort.schema.UniqueConstraint("uq_code", List.of("code"))).build();
        Table child = table("child").column("code", INT).foreignKey(new dev.retort.schema.ForeignKey("fk_code",
                List.of("code"), name("parent"), List.of("code"), dev.retort.schema.ForeignKey.ReferentialAction.NO_ACTION,
                dev.retort.schema.ForeignKey.ReferentialAction.NO_ACTION,
                dev.retort.schema.ForeignKey.Deferrability.NOT_DEFERRABLE)).build();
        assertEquals(List.of("add unique [code] to parent", "create table child"),
                describe(Roundtrip.ops(schema(parent), schema(parentUnique, child))));
    }

    @Test
    void theOrderDoesNotDependOnTheOrderTablesWereRead() {
        List<Table> tables = new ArrayList<>(List.of(ZOO, KEEPER, ANIMAL, table("a").references("b_id", "b").build(),
                table("b").references("a_id", "a").build(), table("loner").build()));
        List<MigrationOp> first = SchemaDiff.compare(Schema.empty(), new Schema(tables, List.of()), ComparisonRules.standard(),
                DiffOptions.defaults()).ops();
        Random random = new Random(42);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(tables, random);
            assertEquals(first, SchemaDiff.compare(Schema.empty(), new Schema(tables, List.of()), ComparisonRules.standard(),
                    DiffOptions.defaults()).ops());
        }
    }

    @Test
    void theFakeDatabaseRefusesAChildBeforeItsParent() {
        // guards the guard: the ordering tests above mean something only if misordering fails
        assertThrows(AssertionError.class, () -> OpApplier.apply(Schema.empty(), List.of(new CreateTable(KEEPER), new CreateTable(ZOO))));
    }
}
