package dev.retort.ddl;

import static dev.retort.ddl.Fixtures.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.op.AddForeignKey;
import dev.retort.op.AlterColumn;
import dev.retort.op.DropTable;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteDdlIT extends DdlContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }

    @Override
    Identity.Kind identityKind() {
        return Identity.Kind.AUTOINCREMENT;
    }

    @Override
    String priceCheck() {
        return "price > 0";
    }

    @Override
    String quantityCheck() {
        return "qty >= 0";
    }

    @Override
    boolean comments() {
        return false;
    }

    private void createShop() {
        harness.run(List.of(
                "CREATE TABLE rb_parent (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(20) NOT NULL)",
                "CREATE TABLE rb_child (id INTEGER PRIMARY KEY, parent_id INTEGER, qty INTEGER DEFAULT 1, note TEXT)",
                "CREATE INDEX rb_child_qty ON rb_child (qty DESC) WHERE qty > 0",
                "CREATE TABLE rb_log (msg TEXT)",
                "CREATE TRIGGER rb_child_log AFTER INSERT ON rb_child BEGIN INSERT INTO rb_log VALUES ('child ' || new.id); END",
                "CREATE VIEW rb_view AS SELECT c.id, p.name FROM rb_child c JOIN rb_parent p ON p.id = c.parent_id",
                "INSERT INTO rb_parent (name) VALUES ('one'), ('two'), ('three')",
                "DELETE FROM rb_parent WHERE id = 3",
                "INSERT INTO rb_child (id, parent_id, qty, note) VALUES (1, 1, 5, 'a'), (2, 2, 7, NULL), (3, 1, 0, 'c')",
                "DELETE FROM rb_log"));
    }

    @Test
    void rebuildKeepsRowsIndexesTriggersViewsAndTheCounter() {
        createShop();
        Schema start = harness.read("rb_*");
        assertEquals(1, start.objects(SchemaObject.Kind.TRIGGER).size());
        Column quantity = columnOf(table(start, "rb_child"), "qty");
        Column parentName = columnOf(table(start, "rb_parent"), "name");
        List<MigrationOp> ops = List.of(
                new AlterColumn(name("rb_child"), quantity, Fixtures.withNullable(Fixtures.withType(quantity, Fixtures.BIGINT), false)),
                new AddForeignKey(name("rb_child"), Fixtures.foreignKey("rb_child_parent", "parent_id", name("rb_parent"),
                        "id", ForeignKey.ReferentialAction.CASCADE, ForeignKey.ReferentialAction.NO_ACTION)),
                new AlterColumn(name("rb_parent"), parentName, Fixtures.withType(parentName, Fixtures.varchar(40))));
        List<String> sql = harness.render(ops, start);
        assertEquals(2, sql.stream().filter(statement -> statement.startsWith("CREATE TABLE _retort_new_")).count(),
                "one rebuild per table: " + sql);
        harness.run(sql);
        Schema after = harness.read("rb_*");
        assertSame(SchemaTracker.applyAll(start, ops), after, sql);
        assertEquals(List.of("1|1|5|a", "2|2|7|null", "3|1|0|c"),
                harness.query("SELECT id || '|' || parent_id || '|' || qty || '|' || ifnull(note, 'null') FROM rb_child ORDER BY id"));
        assertEquals(List.of("1", "2", "3"), harness.query("SELECT id FROM rb_view ORDER BY id"));
        harness.run(List.of("INSERT INTO rb_child (id, parent_id) VALUES (4, 2)", "INSERT INTO rb_parent (name) VALUES ('four')"));
        assertEquals(List.of("child 4"), harness.query("SELECT msg FROM rb_log"));
        assertEquals(List.of("4"), harness.query("SELECT max(id) FROM rb_parent"), "AUTOINCREMENT reused a number");
        assertEquals(List.of("rb_child_qty"), harness.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'rb_child'"));
        assertEquals(List.of("ok"), harness.query("PRAGMA integrity_check"));
        List<MigrationOp> undo = new ArrayList<>(ops.stream().map(MigrationOp::reverse).toList());
        Collections.reverse(undo);
        harness.run(List.of("DELETE FROM rb_child WHERE id = 4", "DELETE FROM rb_parent WHERE id = 4"));
        harness.apply(undo, after);
        assertEquals(start, harness.read("rb_*"));
        assertEquals(List.of("3"), harness.query("SELECT count(*) FROM rb_child"));
    }

    @Test
    void rebuildRefusesToCascadeWhileForeignKeysAreEnforced() throws SQLException {
        harness.run(List.of("CREATE TABLE fg_parent (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE TABLE fg_child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES fg_parent (id) ON DELETE CASCADE)",
                "INSERT INTO fg_parent VALUES (1, 'a')", "INSERT INTO fg_child VALUES (10, 1)"));
        Schema start = harness.read("fg_*");
        Column name = columnOf(table(start, "fg_parent"), "name");
        List<String> sql = harness.render(List.of(new AlterColumn(name("fg_parent"), name,
                Fixtures.withNullable(name, false))), start);
        try (Connection connection = harness.database().connect(); Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            connection.setAutoCommit(false);
            SQLException refused = assertThrows(SQLException.class, () -> {
                for (String each : sql) {
                    statement.execute(each);
                }
            });
            assertTrue(refused.getMessage().contains("needs PRAGMA foreign_keys = OFF"), refused.getMessage());
            connection.rollback();
        }
        assertEquals(List.of("1"), harness.query("SELECT count(*) FROM fg_child"));
        harness.run(sql);
        assertEquals(List.of("1"), harness.query("SELECT count(*) FROM fg_child"));
    }

    @Test
    void reflectedTablesWithEveryFeatureDropAndCreateAgain() {
        harness.run(List.of(
                "CREATE TABLE sf_parent (id INTEGER CONSTRAINT sf_parent_pk PRIMARY KEY AUTOINCREMENT, code CHAR(3) UNIQUE)",
                "CREATE TABLE \"sf Odd\" (\"Select\" INTEGER NOT NULL, [Line No] SMALLINT NOT NULL, untyped, amount NUMERIC(10,2)"
                        + " DEFAULT -1.5 CHECK (amount > -100), created DATETIME DEFAULT CURRENT_TIMESTAMP,"
                        + " stamp INTEGER DEFAULT (strftime('%s', 'now')), flag BOOLEAN DEFAULT TRUE, doc JSON, raw BLOB,"
                        + " total INTEGER GENERATED ALWAYS AS (\"Select\" * 2) VIRTUAL,"
                        + " stored_total INTEGER GENERATED ALWAYS AS (\"Select\" * 3) STORED, parent_code CHAR(3),"
                        + " CONSTRAINT \"PK Odd\" PRIMARY KEY (\"Select\", [Line No]),"
                        + " CONSTRAINT sf_odd_parent FOREIGN KEY (parent_code) REFERENCES sf_parent (code) ON UPDATE CASCADE,"
                        + " CONSTRAINT sf_odd_check CHECK (\"Line No\" <> 0 AND untyped IS NOT 'it''s'))",
                "CREATE INDEX sf_odd_expr ON \"sf Odd\" (lower(parent_code), amount DESC) WHERE amount IS NOT NULL"));
        Schema start = harness.read("sf*");
        roundTrip("sf", start, new DropTable(table(start, "sf Odd")));
        roundTrip("sf", start, new DropTable(table(start, "sf_parent")));
    }
}
