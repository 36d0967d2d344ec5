package dev.retort.ddl;

import dev.retort.RetortException;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheckConstraint;
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.DdlRenderer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static dev.retort.ddl.Fixtures.INT;
import static dev.retort.ddl.Fixtures.column;
import static dev.retort.ddl.Fixtures.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MySQL's own cases: full column definitions, defaults, index kinds, type names, escaping. */
class MysqlDdlSpecificsTest {

    private final DdlRenderer renderer = new MysqlDialect().ddlRenderer();

    private String script(MigrationOp op) {
        return renderer.render(List.of(op), Schema.empty()).stream().map(sql -> sql + ";\n").collect(Collectors.joining());
    }

    private static final ColumnType TIMESTAMP = new TemporalType(TemporalType.Kind.TIMESTAMP, null);

    @Test
    void columnsCarryTheirWholeDefinitionInMysqlOrder() {
        Table table = Fixtures.table(name("t"), List.of(
                new Column("id", new ColumnType.IntegerType(8, true), false, null, new Identity(Identity.Kind.SERIAL), null,
                        null, "the \\ key"),
                new Column("changed", TIMESTAMP, false, Fixtures.function("CURRENT_TIMESTAMP"), null, null,
                        "CURRENT_TIMESTAMP", null),
                column("maybe", TIMESTAMP, true, null, null),
                column("token", Fixtures.varchar(36), true, Fixtures.function("uuid()"), null),
                column("seen", new TemporalType(TemporalType.Kind.DATETIME, 6), true, Fixtures.function("CURRENT_TIMESTAMP(6)"),
                        null),
                column("n", INT, true, new DefaultValue("1 + 1", DefaultValue.Kind.EXPRESSION), null),
                new Column("twice", INT, true, null, null, new GeneratedColumn("`n` * 2", false), null, "virtual"),
                new Column("thrice", INT, false, null, null, new GeneratedColumn("`n` * 3", true), null, null)),
                Fixtures.primaryKey("ignored", "id"));
        assertEquals("""
                CREATE TABLE `t` (
                    `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT 'the \\\\ key',
                    `changed` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                    `maybe` timestamp NULL,
                    `token` varchar(36) DEFAULT (uuid()),
                    `seen` datetime(6) DEFAULT CURRENT_TIMESTAMP(6),
                    `n` int DEFAULT (1 + 1),
                    `twice` int GENERATED ALWAYS AS (`n` * 2) VIRTUAL COMMENT 'virtual',
                    `thrice` int GENERATED ALWAYS AS (`n` * 3) STORED NOT NULL,
                    PRIMARY KEY (`id`)
                );
                """, script(new CreateTable(table)));
        Column name = column("name", Fixtures.varchar(20), true, Fixtures.literal("'x'"), "it's");
        assertEquals("ALTER TABLE `t` MODIFY COLUMN `name` varchar(20) NOT NULL DEFAULT 'x' COMMENT 'it''s';\n",
                script(new AlterColumn(name("t"), name, Fixtures.withNullable(name, false))));
    }

    @Test
    void indexKindsPrefixesAndMethods() {
        Table table = new Table(name("doc"), List.of(column("body", Fixtures.TEXT, true, null, null),
                column("shape", ColumnType.NativeType.of("geometry"), false, null, null)), null, List.of(),
                List.of(new Index("doc_body", List.of(Index.Key.column("body")), false, null, "FULLTEXT"),
                        new Index("doc_shape", List.of(Index.Key.column("shape")), false, null, "SPATIAL"),
                        new Index("doc_prefix", List.of(new Index.Key("body", null, Index.SortOrder.DESC, 10),
                                new Index.Key(null, "length(`body`)", Index.SortOrder.ASC, null)), true, null, "HASH")),
                List.of(), List.of(), "it's a \\ doc");
        assertEquals("""
                CREATE TABLE `doc` (
                    `body` longtext,
                    `shape` geometry NOT NULL,
                    FULLTEXT KEY `doc_body` (`body`),
                    UNIQUE KEY `doc_prefix` (`body`(10) DESC, (length(`body`))) USING HASH,
                    SPATIAL KEY `doc_shape` (`shape`)
                ) COMMENT='it''s a \\\\ doc';
                """, script(new CreateTable(table)));
        assertEquals("CREATE FULLTEXT INDEX `doc_body` ON `doc` (`body`);\n", script(new CreateIndex(name("doc"),
                table.indexes().get(0))));
    }

    @Test
    void everyTypeKindHasItsSpelling() {
        List<ColumnType> types = List.of(new ColumnType.IntegerType(1, true), ColumnType.IntegerType.of(3),
                new ColumnType.DecimalType(10, 2, true), new ColumnType.FloatType(4, false), new ColumnType.FloatType(8, true),
                new ColumnType.BooleanType(), new ColumnType.StringType(Size.FIXED, null), new ColumnType.StringType(Size.VARYING, null),
                new ColumnType.StringType(Size.LARGE, 255), new ColumnType.StringType(Size.LARGE, 65_535),
                new ColumnType.StringType(Size.LARGE, 16_777_215), new ColumnType.BinaryType(Size.FIXED, 16),
                new ColumnType.BinaryType(Size.VARYING, 8), new ColumnType.BinaryType(Size.LARGE, 300),
                new TemporalType(TemporalType.Kind.TIME, 3), new TemporalType(TemporalType.Kind.TIMESTAMP_TZ, null),
                new TemporalType(TemporalType.Kind.YEAR, null), new ColumnType.JsonType(true), new ColumnType.UuidType(),
                new ColumnType.EnumType(List.of("a", "b's", "c\\d"), false), new ColumnType.EnumType(List.of("x"), true),
                new ColumnType.NativeType("bit", List.of("8")), new ColumnType.UnrecognisedType("inet6", "test"));
        assertEquals(List.of("tinyint unsigned", "mediumint", "decimal(10,2) unsigned", "float", "double unsigned",
                "boolean", "char", "longtext", "tinytext", "text", "mediumtext", "binary(16)", "varbinary(8)", "blob",
                "time(3)", "timestamp", "year", "json", "uuid", "enum('a','b''s','c\\\\d')", "set('x')", "bit(8)", "inet6"),
                types.stream().map(type -> TypeSpelling.of(renderer, type)).toList());
        RetortException error = assertThrows(RetortException.class,
                () -> TypeSpelling.of(renderer, new ColumnType.ArrayType(INT, 1)));
        assertTrue(error.getMessage().startsWith("MySQL/MariaDB has no column type for INTEGER[]"), error.getMessage());
    }

    @Test
    void everyNameIsBackquoted() {
        assertEquals("`order`", quoted("order"));
        assertEquals("`Mixed Case`", quoted("Mixed Case"));
        assertEquals("`a``b`", quoted("a`b"));
        assertEquals("`MixedCase`", quoted("MixedCase"));
        // under IGNORE_SPACE every built-in function's name is reserved: the session decides, not the name
        assertEquals("`count`", quoted("count"));
        assertEquals("`status`", quoted("status"));
    }

    private String quoted(String name) {
        String sql = renderer.render(List.of(new RenameTable(name("x"), name(name))), Schema.empty()).get(0);
        return sql.substring("ALTER TABLE `x` RENAME TO ".length());
    }

    @Test
    void aNullOrderAndADeferrableUniqueHaveNoSpellingInMysql() {
        Index index = new Index("ix_rank", List.of(new Index.Key("rank",
                null, Index.SortOrder.DESC, null).withNulls(Index.Nulls.LAST)), false, null, null);
        assertEquals("CREATE INDEX `ix_rank` ON `t` (`rank` DESC);\n", script(new CreateIndex(name("t"), index)));
        assertEquals("ALTER TABLE `t` ADD UNIQUE KEY `uq` (`a`);\n", script(new AddUniqueConstraint(name("t"),
                new UniqueConstraint("uq", List.of("a"),
                        ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, false))));
    }

    @Test
    void aCheckNamedAfterItsColumnStaysInTheColumn() {
        Column amount = column("amount", ColumnType.NativeType.of("int(4) unsigned zerofill"), true, null, "money");
        Table table = new Table(name("t"), List.of(amount, column("n", INT, true, null, null)), null, List.of(),
                List.of(), List.of(), List.of(new CheckConstraint("amount", "`amount` >= 0", true),
                        new CheckConstraint("t_positive", "`n` > 0")), null);
        assertEquals("""
                CREATE TABLE `t` (
                    `amount` int(4) unsigned zerofill COMMENT 'money' CHECK (`amount` >= 0),
                    `n` int,
                    CONSTRAINT `t_positive` CHECK (`n` > 0)
                );
                """, script(new CreateTable(table)));
        Schema current = new Schema(List.of(table), List.of());
        // MODIFY COLUMN drops whatever it does not restate, the column's check included
        assertEquals("ALTER TABLE `t` MODIFY COLUMN `amount` int(5) COMMENT 'money' CHECK (`amount` >= 0);\n",
                script(new AlterColumn(name("t"), amount, amount.withType(ColumnType.NativeType.of("int(5)"))), current));
        Table unchecked = new Table(name("t"), table.columns(), null, List.of(), List.of(), List.of(), List.of(), null);
        assertEquals("ALTER TABLE `t` MODIFY COLUMN `amount` int(4) unsigned zerofill COMMENT 'money' CHECK (`amount` > 1);\n",
                script(new AddCheckConstraint(name("t"), new CheckConstraint("amount", "`amount` > 1", true)),
                        new Schema(List.of(unchecked), List.of())));
        assertEquals("ALTER TABLE `t` MODIFY COLUMN `amount` int(4) unsigned zerofill COMMENT 'money';\n",
                script(new DropCheckConstraint(name("t"), table.checks().get(0)), current));
        // a table-level check that happens to share a column's name stays a table constraint
        Table shared = new Table(name("t"), table.columns(), null, List.of(), List.of(), List.of(),
                List.of(new CheckConstraint("amount", "`n` > 0")), null);
        assertTrue(script(new CreateTable(shared)).contains("    CONSTRAINT `amount` CHECK (`n` > 0)\n"));
    }

    private String script(MigrationOp op, Schema current) {
        return renderer.render(List.of(op), current).stream().map(sql -> sql + ";\n").collect(Collectors.joining());
    }
}
