package dev.retort.ddl;

import static dev.retort.ddl.Fixtures.name;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.op.AlterColumn;
import dev.retort.op.DropTable;
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameColumn;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlDdlIT extends DdlContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }

    @Override
    Identity.Kind identityKind() {
        return Identity.Kind.AUTO_INCREMENT;
    }

    @Override
    String priceCheck() {
        return "`price` > 0";
    }

    @Override
    String quantityCheck() {
        return "`qty` >= 0";
    }

    @Override
    String primaryKeyName(String name) {
        return null;
    }

    @Test
    void everyKindOfColumnAndIndexSurvivesDropAndCreate() {
        harness.run(List.of(
                "CREATE TABLE my_parent (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY) COMMENT 'the \\\\ parent'",
                "CREATE TABLE my_rich (id bigint unsigned NOT NULL AUTO_INCREMENT COMMENT 'it''s the key',"
                        + " `order` mediumint NOT NULL DEFAULT 0, `key` varchar(40) DEFAULT 'a\\\\b',"
                        + " tiny tinyint DEFAULT -1, small smallint unsigned, flag tinyint(1) DEFAULT 1,"
                        + " price decimal(10,2) unsigned DEFAULT 1.50, ratio float, big double,"
                        + " code char(3) NOT NULL, short_text tinytext, body text, medium mediumtext, doc longtext,"
                        + " bin binary(4), varbin varbinary(16), blobs blob, mblob mediumblob,"
                        + " kind enum('a','b''s','c') DEFAULT 'a', tags set('x','y'), bits bit(8) DEFAULT b'1',"
                        + " born year, day date, at time(3), seen datetime(6) DEFAULT CURRENT_TIMESTAMP(6),"
                        + " changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,"
                        + " maybe timestamp NULL, meta json, parent_id int unsigned,"
                        + " doubled bigint GENERATED ALWAYS AS (`order` * 2) VIRTUAL,"
                        + " total decimal(12,2) GENERATED ALWAYS AS (price * 2) STORED,"
                        + " token varchar(36) DEFAULT (uuid()),"
                        + " PRIMARY KEY (id), UNIQUE KEY my_rich_code (code, day),"
                        + " KEY my_rich_prefix (`key`(10), code DESC), FULLTEXT KEY my_rich_body (body, medium),"
                        + " CONSTRAINT my_rich_parent FOREIGN KEY (parent_id) REFERENCES my_parent (id) ON DELETE SET NULL,"
                        + " CONSTRAINT my_rich_order CHECK (`order` >= 0)) COMMENT='rich ''table'''"));
        Schema start = harness.read("my_*");
        Table rich = table(start, "my_rich");
        assertEquals(new ColumnType.EnumType(List.of("a", "b's", "c"), false), columnOf(rich, "kind").type());
        assertEquals(3, rich.indexes().size(), rich.indexes().toString());
        roundTrip("my_", start, new DropTable(rich));
        roundTrip("my_", start, new RenameColumn(name("my_rich"), "key", "lock"));
    }

    @Test
    void modifyColumnKeepsTheWholeDefinition() {
        harness.run(List.of("CREATE TABLE my_mod (id int NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT 'key',"
                        + " name varchar(20) DEFAULT 'x' COMMENT 'the name',"
                        + " changed timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)",
                "INSERT INTO my_mod (name) VALUES ('one'), ('two')"));
        Schema start = harness.read("my_mod");
        Table table = table(start, "my_mod");
        Column id = columnOf(table, "id");
        roundTrip("my_mod", start, new AlterColumn(name("my_mod"), id, Fixtures.withType(id, Fixtures.BIGINT)));
        Column name = columnOf(table, "name");
        roundTrip("my_mod", start, new AlterColumn(name("my_mod"), name, Fixtures.withComment(
                Fixtures.withType(name, Fixtures.varchar(30)), "longer name")));
        Column changed = columnOf(table, "changed");
        roundTrip("my_mod", start, new AlterColumn(name("my_mod"), changed, Column.of("changed", changed.type(), true)
                .withComment("no longer automatic")));
        harness.run(List.of("INSERT INTO my_mod (name) VALUES ('three')"));
        assertEquals(List.of("3"), harness.query("SELECT max(id) FROM my_mod"));
    }

    /** Built-in function names are reserved words under IGNORE_SPACE; the session, not Retort, decides the mode. */
    private static final String IGNORE_SPACE = "SET SESSION sql_mode = CONCAT(@@sql_mode, ',IGNORE_SPACE')";

    @Test
    void functionNamesAndReservedWordsNameEverythingUnderIgnoreSpace() {
        harness.run(List.of(
                "CREATE TABLE `count` (`id` int PRIMARY KEY, `count` int, `position` int, `now` datetime,"
                        + " `sum` decimal(5,2) CHECK (`sum` >= 0), `substr` varchar(5), KEY `count` (`count`),"
                        + " KEY `position` (`position`, `now`), UNIQUE KEY `substr` (`substr`))",
                "CREATE TABLE `count_trim` (`max` int, `min` int, KEY `mid` (`min`),"
                        + " CONSTRAINT `trim` FOREIGN KEY (`max`) REFERENCES `count` (`id`))"));
        Schema model = harness.read("count*");
        harness.run(List.of("DROP TABLE `count_trim`", "DROP TABLE `count`"));
        List<MigrationOp> create = model.tables().stream().sorted(java.util.Comparator.comparing(t -> t.name().name()))
                .map(table -> (MigrationOp) new dev.retort.op.CreateTable(table)).toList();
        List<String> sql = underIgnoreSpace(harness.render(create, Schema.empty()));
        harness.run(sql);
        assertSame(model, harness.read("count*"), sql);
        List<MigrationOp> changes = List.of(
                new dev.retort.op.AddColumn(name("count_trim"), Column.of("now", ColumnType.IntegerType.of(4), true), null),
                new dev.retort.op.CreateIndex(name("count_trim"), new dev.retort.schema.Index("sum",
                        List.of(dev.retort.schema.Index.Key.column("now")), false, null, null)),
                new RenameColumn(name("count_trim"), "min", "substr"));
        Schema changed = SchemaTracker.applyAll(model, changes);
        sql = underIgnoreSpace(harness.render(changes, model));
        harness.run(sql);
        assertSame(changed, harness.read("count*"), sql);
        List<MigrationOp> back = new java.util.ArrayList<>(changes.stream().map(MigrationOp::reverse).toList());
        java.util.Collections.reverse(back);
        sql = underIgnoreSpace(harness.render(back, changed));
        harness.run(sql);
        assertSame(model, harness.read("count*"), sql);
    }

    private static List<String> underIgnoreSpace(List<String> statements) {
        List<String> all = new java.util.ArrayList<>(List.of(IGNORE_SPACE));
        all.addAll(statements);
        return all;
    }

    @Test
    void renameTableTakesItsForeignKeysAndIndexesToTheirNewNames() {
        // MariaDB has no RENAME FOREIGN KEY: the key is dropped and added again, its index renamed between
        Schema start = fixture("rn_");
        roundTrip("rn_", start, new dev.retort.op.RenameTable(name("rn_child"), name("rn_kid"), List.of(
                new dev.retort.op.RenameTable.PartName(dev.retort.op.RenameTable.Part.FOREIGN_KEY, "rn_child_parent_fk", "rn_kid_parent_fk"),
                new dev.retort.op.RenameTable.PartName(dev.retort.op.RenameTable.Part.INDEX, "rn_child_parent_ix", "rn_kid_parent_ix"))),
                new dev.retort.op.RenameTable(name("rn_parent"), name("rn_mother"), List.of(
                new dev.retort.op.RenameTable.PartName(dev.retort.op.RenameTable.Part.UNIQUE, "rn_parent_code_uq", "rn_mother_code_uq"))));
    }
}
