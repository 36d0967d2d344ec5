package dev.retort.ddl;

import static dev.retort.ddl.Fixtures.INT;
import static dev.retort.ddl.Fixtures.MONEY;
import static dev.retort.ddl.Fixtures.TEXT;
import static dev.retort.ddl.Fixtures.asc;
import static dev.retort.ddl.Fixtures.check;
import static dev.retort.ddl.Fixtures.column;
import static dev.retort.ddl.Fixtures.desc;
import static dev.retort.ddl.Fixtures.foreignKey;
import static dev.retort.ddl.Fixtures.identity;
import static dev.retort.ddl.Fixtures.index;
import static dev.retort.ddl.Fixtures.literal;
import static dev.retort.ddl.Fixtures.name;
import static dev.retort.ddl.Fixtures.primaryKey;
import static dev.retort.ddl.Fixtures.unique;
import static dev.retort.ddl.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheckConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropTable;
import dev.retort.op.DropUniqueConstraint;
import dev.retort.op.ExecuteSql;
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey.ReferentialAction;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every op kind on a real database: start from a reflected schema, run the op's SQL, reflect, and
 * expect what {@link SchemaTracker} says the op does; then run the reversed op and expect the start
 * again. Each test works on tables of its own prefix. One subclass per dialect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DdlContract {

    DdlHarness harness;

    abstract TestDatabase.Kind kind();

    /** How the dialect numbers a column by itself. */
    abstract Identity.Kind identityKind();

    /** The reader's text for {@code price > 0} on a numeric(10,2) column. */
    abstract String priceCheck();

    /** The reader's text for {@code qty >= 0} on an integer column. */
    abstract String quantityCheck();

    /** Whether the database keeps table and column comments. */
    boolean comments() {
        return true;
    }

    /** The primary key name as the reader reports it for a key created with this name. */
    String primaryKeyName(String name) {
        return name;
    }

    @BeforeAll
    void createDatabase() {
        // every dialect has a reader: a failure to read is a failure, not a skip
        harness = new DdlHarness(TestDatabase.create(kind()));
        harness.read();
    }

    @AfterAll
    void dropDatabase() {
        if (harness != null) {
            harness.database().close();
        }
    }

    String note(String comment) {
        return comments() ? comment : null;
    }

    Table parent(String prefix) {
        return new Table(name(prefix + "parent"), List.of(
                identity("id", INT, identityKind(), note("the key")),
                column("code", varchar(10), false, null, null),
                column("name", varchar(40), true, literal("'x'"), note("display name")),
                column("price", MONEY, true, null, null),
                column("notes", TEXT, true, null, null)),
                primaryKey(primaryKeyName(prefix + "parent_pk"), "id"),
                List.of(unique(prefix + "parent_code_uq", "code")),
                List.of(index(prefix + "parent_name_ix", false, asc("name"))),
                List.of(),
                List.of(check(prefix + "parent_price_ck", priceCheck())),
                note("parents"));
    }

    Table child(String prefix) {
        return new Table(name(prefix + "child"), List.of(
                column("id", INT, false, null, null),
                column("parent_id", INT, true, null, null),
                column("qty", INT, false, literal("1"), null)),
                primaryKey(primaryKeyName(prefix + "child_pk"), "id"),
                List.of(),
                List.of(index(prefix + "child_parent_ix", false, asc("parent_id"))),
                List.of(foreignKey(prefix + "child_parent_fk", "parent_id", name(prefix + "parent"), "id",
                        ReferentialAction.CASCADE, ReferentialAction.RESTRICT)),
                List.of(),
                null);
    }

    /** Creates parent and child with the prefix and returns them as reflected. */
    Schema fixture(String prefix) {
        harness.apply(List.of(new CreateTable(parent(prefix)), new CreateTable(child(prefix))), Schema.empty());
        return harness.read(prefix + "*");
    }

    /** Runs the ops, expects the tracker's schema, runs them reversed, expects the start. */
    void roundTrip(String prefix, Schema start, MigrationOp... ops) {
        List<MigrationOp> forward = List.of(ops);
        Schema expected = SchemaTracker.applyAll(start, forward);
        List<String> sql = harness.render(forward, start);
        harness.run(sql);
        Schema after = reproducible(harness.read(prefix + "*"));
        assertSame(expected, after, sql);
        List<MigrationOp> backward = new ArrayList<>();
        forward.forEach(op -> backward.add(op.reverse()));
        Collections.reverse(backward);
        List<String> undo = harness.render(backward, after);
        harness.run(undo);
        Schema back = reproducible(harness.read(prefix + "*"));
        assertSame(start, back, undo);
    }

    /**
     * Without the reader's notes of what Retort does not reproduce (e.g. the indexes PostgreSQL names on
     * partitions itself): no op makes them, so the tracker cannot foresee them (the tests of what diff names check them).
     */
    private static Schema reproducible(Schema read) {
        return read.with(read.tables(), read.objects().stream()
                .filter(object -> object.kind() != SchemaObject.Kind.NOT_REPRODUCED).toList());
    }

    /** Equal schemas, or a failure naming the differences and the statements that made them. */
    static void assertSame(Schema expected, Schema actual, List<String> statements) {
        if (!expected.equals(actual)) {
            fail("after\n" + String.join(";\n", statements) + "\n" + SchemaDifferences.describe(expected, actual));
        }
    }

    Table table(Schema schema, String name) {
        return schema.table(name(name)).orElseThrow(() -> new AssertionError("no table " + name + " in " + schema));
    }

    Column columnOf(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    @Test
    void createTableReadsBackAsTheModelAndDropTableRemovesIt() {
        Schema start = harness.read("ct_*");
        roundTrip("ct_", start, new CreateTable(parent("ct_")), new CreateTable(child("ct_")));
        harness.apply(List.of(new CreateTable(parent("ct_"))), start);
        assertEquals(parent("ct_"), table(harness.read("ct_*"), "ct_parent"));
    }

    @Test
    void dropTable() {
        Schema start = fixture("dt_");
        roundTrip("dt_", start, new DropTable(table(start, "dt_child")));
    }

    @Test
    void renameTableCarriesIncomingForeignKeys() {
        Schema start = fixture("rt_");
        roundTrip("rt_", start, new RenameTable(name("rt_parent"), name("rt_parent2")));
    }

    @Test
    void addAndDropColumns() {
        Schema start = fixture("ac_");
        roundTrip("ac_", start,
                new AddColumn(name("ac_child"), column("label", varchar(20), true, literal("'y'"), note("a label"))),
                new AddColumn(name("ac_child"), column("rank", INT, false, literal("0"), null)));
        roundTrip("ac_", start, new DropColumn(name("ac_parent"), columnOf(table(start, "ac_parent"), "notes")));
    }

    @Test
    void alterColumnTypeKeepsIndexAndDefault() {
        Schema start = fixture("at_");
        Column title = columnOf(table(start, "at_parent"), "name");
        roundTrip("at_", start, new AlterColumn(name("at_parent"), title, Fixtures.withType(title, varchar(80))));
        Column quantity = columnOf(table(start, "at_child"), "qty");
        roundTrip("at_", start, new AlterColumn(name("at_child"), quantity, Fixtures.withType(quantity, Fixtures.BIGINT)));
    }

    @Test
    void alterColumnNullabilityDefaultAndComment() {
        Schema start = fixture("an_");
        Column code = columnOf(table(start, "an_parent"), "code");
        roundTrip("an_", start, new AlterColumn(name("an_parent"), code, Fixtures.withNullable(code, true)));
        Column title = columnOf(table(start, "an_parent"), "name");
        roundTrip("an_", start, new AlterColumn(name("an_parent"), title, Fixtures.withDefault(title, literal("'z'"))));
        roundTrip("an_", start, new AlterColumn(name("an_parent"), title, Fixtures.withDefault(title, null)));
        if (comments()) {
            roundTrip("an_", start, new AlterColumn(name("an_parent"), title, Fixtures.withComment(title, "renamed")));
        }
    }

    @Test
    void alterColumnIdentity() {
        Schema start = fixture("ai_");
        Column id = columnOf(table(start, "ai_child"), "id");
        roundTrip("ai_", start, new AlterColumn(name("ai_child"), id,
                Fixtures.withIdentity(id, new Identity(identityKind()))));
    }

    @Test
    void renameColumnFollowsKeysIndexesAndReferences() {
        Schema start = fixture("rc_");
        roundTrip("rc_", start, new RenameColumn(name("rc_parent"), "id", "pid"));
        roundTrip("rc_", start, new RenameColumn(name("rc_parent"), "name", "title"));
    }

    @Test
    void primaryKeys() {
        Schema start = fixture("pk_");
        Table child = table(start, "pk_child");
        roundTrip("pk_", start, new DropPrimaryKey(child.name(), child.primaryKey()));
        harness.apply(List.of(new DropPrimaryKey(child.name(), child.primaryKey())), start);
        Schema keyless = harness.read("pk_*");
        roundTrip("pk_", keyless, new AddPrimaryKey(child.name(), primaryKey(primaryKeyName("pk_child_key"), "id", "qty")));
    }

    @Test
    void uniqueConstraints() {
        Schema start = fixture("uq_");
        roundTrip("uq_", start, new AddUniqueConstraint(name("uq_child"), unique("uq_child_pair", "parent_id", "qty")));
        roundTrip("uq_", start, new DropUniqueConstraint(name("uq_parent"), table(start, "uq_parent").uniques().get(0)));
    }

    @Test
    void indexes() {
        Schema start = fixture("ix_");
        roundTrip("ix_", start, new CreateIndex(name("ix_child"), index("ix_child_qty", false, desc("qty"), asc("id"))),
                new CreateIndex(name("ix_child"), index("ix_child_unique", true, asc("parent_id"), desc("qty"))));
        roundTrip("ix_", start, new DropIndex(name("ix_parent"), table(start, "ix_parent").indexes().get(0)));
    }

    @Test
    void foreignKeys() {
        Schema start = fixture("fk_");
        Table child = table(start, "fk_child");
        roundTrip("fk_", start, new DropForeignKey(child.name(), child.foreignKeys().get(0)));
        roundTrip("fk_", start, new AddForeignKey(child.name(), foreignKey("fk_child_self", "parent_id",
                name("fk_child"), "id", ReferentialAction.SET_NULL, ReferentialAction.CASCADE)));
    }

    @Test
    void checkConstraints() {
        Schema start = fixture("ck_");
        roundTrip("ck_", start, new AddCheckConstraint(name("ck_child"), check("ck_child_qty", quantityCheck())));
        roundTrip("ck_", start, new DropCheckConstraint(name("ck_parent"), table(start, "ck_parent").checks().get(0)));
    }

    @Test
    void tableComments() {
        Schema start = fixture("tc_");
        if (!comments()) {
            // the documented behaviour of a database without comments (SQLite): it reads no comment,
            // and a comment change renders no statement
            assertEquals(List.of(), start.tables().stream().filter(table -> table.comment() != null).toList());
            assertEquals(List.of(), harness.render(List.of(new SetTableComment(name("tc_parent"), null, "all the parents"),
                    new SetTableComment(name("tc_child"), null, "children")), start));
            return;
        }
        roundTrip("tc_", start, new SetTableComment(name("tc_parent"), "parents", "all the parents"),
                new SetTableComment(name("tc_child"), null, "children"));
        roundTrip("tc_", start, new SetTableComment(name("tc_parent"), "parents", null));
    }

    @Test
    void rawSqlRunsAndReverses() {
        Schema start = harness.read("rs_*");
        ExecuteSql op = new ExecuteSql("CREATE TABLE rs_raw (id INTEGER);\nCREATE TABLE rs_raw2 (id INTEGER)",
                "DROP TABLE rs_raw2; DROP TABLE rs_raw");
        harness.apply(List.of(op), start);
        assertEquals(List.of("rs_raw", "rs_raw2"), harness.read("rs_*").tables().stream()
                .map(table -> table.name().name().toLowerCase(java.util.Locale.ROOT)).toList());
        harness.apply(List.of(op.reverse()), harness.read("rs_*"));
        assertEquals(start, harness.read("rs_*"));
    }

    @Test
    void severalChangesToOneTable() {
        Schema start = fixture("mc_");
        Column quantity = columnOf(table(start, "mc_child"), "qty");
        roundTrip("mc_", start,
                new AlterColumn(name("mc_child"), quantity, Fixtures.withDefault(quantity, literal("5"))),
                new AddCheckConstraint(name("mc_child"), check("mc_child_qty", quantityCheck())),
                new AddUniqueConstraint(name("mc_child"), unique("mc_child_pair", "parent_id", "qty")),
                new AddColumn(name("mc_child"), column("extra", TEXT, true, null, null)));
    }
}
