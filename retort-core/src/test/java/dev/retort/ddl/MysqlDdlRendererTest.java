package dev.retort.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterTableOptions;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.schema.Charset;
import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact MySQL/MariaDB statements of one op of every kind ({@link OpCatalog}). */
class MysqlDdlRendererTest extends DdlRendererContract {

    private static final Identity.Kind IDENTITY = Identity.Kind.AUTO_INCREMENT;

    MysqlDdlRendererTest() {
        super(new MysqlDialect().ddlRenderer(), IDENTITY);
    }

    @Override
    String name(String plain) {
        return "`" + plain + "`";
    }

    @Test
    void createTableWithEverything() {
        assertEquals("""
                CREATE TABLE `item` (
                    `id` int NOT NULL AUTO_INCREMENT COMMENT 'the key',
                    `name` varchar(40) DEFAULT 'x',
                    `order` decimal(10,2) NOT NULL DEFAULT 0 COMMENT 'it''s reserved',
                    PRIMARY KEY (`id`),
                    UNIQUE KEY `item_name_uq` (`name`),
                    KEY `item_order_ix` (`order` DESC, `name`),
                    CONSTRAINT `item_order_ck` CHECK ("order" >= 0)
                ) COMMENT='items';
                """, script(new dev.retort.op.CreateTable(OpCatalog.item(IDENTITY)), Schema.empty()));
    }

    @Test
    void createTable() {
        assertEquals("""
                CREATE TABLE `Audit Log` (
                    `at` timestamp NOT NULL,
                    `what` longtext COMMENT 'what happened',
                    KEY `audit_at_ix` (`at`)
                ) COMMENT='audit';
                """, script("createTable"));
    }

    @Test
    void dropTable() {
        assertEquals("""
                DROP TABLE `line`;
                """, script("dropTable"));
    }

    @Test
    void renameTable() {
        assertEquals("""
                ALTER TABLE `line` RENAME TO `order_line`;
                """, script("renameTable"));
    }

    @Test
    void addColumn() {
        assertEquals("""
                ALTER TABLE `item` ADD COLUMN `note` varchar(10) DEFAULT 'n/a' COMMENT 'a note';
                """, script("addColumn"));
    }

    @Test
    void addColumnInItsPlace() {
        assertEquals("""
                ALTER TABLE `item` ADD COLUMN `note` varchar(10) AFTER `id`;
                """, script(new dev.retort.op.AddColumn(Fixtures.name("item"), Fixtures.column("note",
                Fixtures.varchar(10), true, null, null), "id"), OpCatalog.schema(IDENTITY)));
    }

    @Test
    void dropColumn() {
        assertEquals("""
                ALTER TABLE `line` DROP COLUMN `item_id`;
                """, script("dropColumn"));
    }

    @Test
    void alterColumn() {
        assertEquals("""
                ALTER TABLE `item` MODIFY COLUMN `name` varchar(80) NOT NULL DEFAULT 'y' COMMENT 'the name';
                """, script("alterColumn"));
    }

    @Test
    void renameColumn() {
        assertEquals("""
                ALTER TABLE `item` RENAME COLUMN `name` TO `title`;
                """, script("renameColumn"));
    }

    @Test
    void addPrimaryKey() {
        assertEquals("""
                ALTER TABLE `line` ADD PRIMARY KEY (`id`, `item_id`);
                """, script("addPrimaryKey"));
    }

    @Test
    void dropPrimaryKey() {
        assertEquals("""
                ALTER TABLE `item` DROP PRIMARY KEY;
                """, script("dropPrimaryKey"));
    }

    @Test
    void addUnique() {
        assertEquals("""
                ALTER TABLE `line` ADD UNIQUE KEY `line_item_uq` (`item_id`);
                """, script("addUnique"));
    }

    @Test
    void dropUnique() {
        assertEquals("""
                DROP INDEX `item_name_uq` ON `item`;
                """, script("dropUnique"));
    }

    @Test
    void createIndex() {
        assertEquals("""
                CREATE UNIQUE INDEX `line_item_ix` ON `line` (`item_id`, `id` DESC);
                """, script("createIndex"));
    }

    @Test
    void dropIndex() {
        assertEquals("""
                DROP INDEX `item_order_ix` ON `item`;
                """, script("dropIndex"));
    }

    @Test
    void addForeignKey() {
        assertEquals("""
                ALTER TABLE `line` ADD CONSTRAINT `line_self_fk` FOREIGN KEY (`item_id`) REFERENCES `line` (`id`) ON DELETE SET NULL ON UPDATE RESTRICT;
                """, script("addForeignKey"));
    }

    @Test
    void dropForeignKey() {
        assertEquals("""
                ALTER TABLE `line` DROP FOREIGN KEY `line_item_fk`;
                """, script("dropForeignKey"));
    }

    @Test
    void addCheck() {
        assertEquals("""
                ALTER TABLE `line` ADD CONSTRAINT `line_id_ck` CHECK (id > 0);
                """, script("addCheck"));
    }

    @Test
    void dropCheck() {
        assertEquals("""
                ALTER TABLE `item` DROP CONSTRAINT `item_order_ck`;
                """, script("dropCheck"));
    }

    @Test
    void setTableComment() {
        assertEquals("""
                ALTER TABLE `item` COMMENT = 'all the ''items''';
                """, script("setTableComment"));
    }

    @Test
    void alterTableOptions() {
        assertEquals("""
                ALTER TABLE `item` DEFAULT CHARSET=latin1 COLLATE=latin1_bin, ROW_FORMAT=COMPRESSED;
                """, script("alterTableOptions"));
    }

    @Test
    void alterTableOptionsBackToTheDefaultsNamesEachDefault() {
        TableOptions options = TableOptions.of(Charset.of("latin1"), Map.of("ENGINE", "MyISAM", "ROW_FORMAT", "COMPACT"));
        assertEquals("""
                ALTER TABLE `item` CHARACTER SET DEFAULT, ENGINE=InnoDB, ROW_FORMAT=DEFAULT;
                """, script(new AlterTableOptions(Fixtures.name("item"), options, TableOptions.NONE),
                OpCatalog.schema(IDENTITY)));
    }

    @Test
    void alterTableOptionsRendersOnlyWhatChanges() {
        TableOptions before = TableOptions.of(Charset.of("latin1"), Map.of("ROW_FORMAT", "COMPACT"));
        assertEquals("""
                ALTER TABLE `item` ROW_FORMAT=DYNAMIC;
                """, script(new AlterTableOptions(Fixtures.name("item"), before, before.with("row_format", "DYNAMIC")),
                OpCatalog.schema(IDENTITY)));
    }

    @Test
    void createTableWithCharsetsOptionsAndIndexComments() {
        Table table = new Table(Fixtures.name("note"), List.of(
                Column.of("id", Fixtures.INT, false),
                Column.of("body", Fixtures.varchar(10), true).withCharset(Charset.ofCollation("utf8mb4_bin")),
                Column.of("code", Fixtures.varchar(3), true).withCharset(Charset.of("ascii"))),
                null, List.of(), List.of(new Index("note_body_ix", List.of(Index.Key.column("body")), false, null, null,
                "for 'search'")), List.of(), List.of(), "notes",
                TableOptions.of(Charset.of("latin1"), Map.of("ENGINE", "InnoDB", "ROW_FORMAT", "DYNAMIC")));
        assertEquals("""
                CREATE TABLE `note` (
                    `id` int NOT NULL,
                    `body` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
                    `code` varchar(3) CHARACTER SET ascii,
                    KEY `note_body_ix` (`body`) COMMENT 'for ''search'''
                ) ENGINE=InnoDB DEFAULT CHARSET=latin1 ROW_FORMAT=DYNAMIC COMMENT='notes';
                """, script(new CreateTable(table), Schema.empty()));
        assertEquals("""
                CREATE INDEX `note_body_ix` ON `note` (`body`) COMMENT 'for ''search''';
                """, script(new CreateIndex(table.name(), table.indexes().get(0)), new Schema(List.of(table), List.of())));
    }

    @Test
    void alterColumnStatesTheCharset() {
        Column before = Column.of("name", Fixtures.varchar(40), true);
        assertEquals("""
                ALTER TABLE `item` MODIFY COLUMN `name` varchar(40) CHARACTER SET latin1 COLLATE latin1_bin;
                """, script(new AlterColumn(Fixtures.name("item"), before,
                before.withCharset(Charset.ofCollation("latin1_bin"))), OpCatalog.schema(IDENTITY)));
    }
}
