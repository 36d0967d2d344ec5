package dev.retort.dialect.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.reflect.CatalogCounts;
import dev.retort.reflect.ModelCounts;
import dev.retort.reflect.QueryCounter;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MysqlSchemaReaderIT {

    private static TestDatabase database;
    private static Schema schema;

    @BeforeAll
    static void createAndRead() {
        database = TestDatabase.create(TestDatabase.Kind.MYSQL);
        database.execute(
                "CREATE TABLE parent (id int AUTO_INCREMENT PRIMARY KEY, code char(3) NOT NULL,"
                        + " name varchar(40) DEFAULT 'it''s' COMMENT 'Display name',"
                        + " created timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,"
                        + " dt datetime(6) NULL, m enum('sad','ok') DEFAULT 'ok', doc json, flag tinyint(1) DEFAULT 1,"
                        + " big bigint unsigned, amount decimal(10,2) DEFAULT -1.50, note text, maybe int NULL,"
                        + " total int GENERATED ALWAYS AS (flag * 2) STORED,"
                        + " UNIQUE KEY uq_parent_code (code), KEY ix_name_prefix (name(10)),"
                        + " CONSTRAINT ck_amount CHECK (amount > -100)) COMMENT='Parents'",
                "CREATE TABLE `Order Items` (`Select` int NOT NULL, `Line No` smallint NOT NULL, `MixedCase` bigint,"
                        + " parent_id int, PRIMARY KEY (`Select`, `Line No`),"
                        + " CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL)",
                "CREATE TABLE child (id bigint AUTO_INCREMENT PRIMARY KEY, self_id bigint, o_select int, o_line smallint,"
                        + " CONSTRAINT fk_self FOREIGN KEY (self_id) REFERENCES child (id),"
                        + " CONSTRAINT fk_order FOREIGN KEY (o_select, o_line) REFERENCES `Order Items` (`Select`, `Line No`))",
                "CREATE TABLE cycle_a (id int PRIMARY KEY, b_id int)",
                "CREATE TABLE cycle_b (id int PRIMARY KEY, a_id int, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES cycle_a (id))",
                "ALTER TABLE cycle_a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES cycle_b (id)",
                "CREATE INDEX ix_child_desc ON child (o_line DESC, o_select)",
                "CREATE UNIQUE INDEX ux_child_self ON child (self_id)",
                "CREATE FULLTEXT INDEX ft_note ON parent (note)",
                "CREATE VIEW v_parent AS SELECT id, name FROM parent",
                "CREATE TRIGGER trg_touch BEFORE UPDATE ON parent FOR EACH ROW SET NEW.code = NEW.code",
                "CREATE FUNCTION answer() RETURNS int DETERMINISTIC RETURN 42",
                "CREATE TABLE retort_version (revision varchar(12) PRIMARY KEY)");
        schema = read(ReflectOptions.defaults());
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static Schema read(ReflectOptions options) {
        try (Connection connection = database.connect()) {
            return new MysqlDialect().schemaReader().read(new JdbcSession(connection), options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Table table(String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name));
    }

    @Test
    void tablesAndColumnsMatchTheCatalog() throws SQLException {
        List<String> expected = database.column("select TABLE_NAME from information_schema.TABLES where TABLE_SCHEMA = database()"
                + " and TABLE_TYPE = 'BASE TABLE' and TABLE_NAME <> 'retort_version'").stream().sorted().toList();
        assertEquals(expected, schema.tables().stream().map(table -> table.name().name()).sorted().toList());
        for (Table table : schema.tables()) {
            List<String> columns = database.column("select concat(COLUMN_NAME, ':', IS_NULLABLE) from information_schema.COLUMNS"
                    + " where TABLE_SCHEMA = database() and TABLE_NAME = '" + table.name().name() + "' order by ORDINAL_POSITION");
            assertEquals(columns, table.columns().stream().map(c -> c.name() + ":" + (c.nullable() ? "YES" : "NO")).toList());
        }
    }

    @Test
    void typesAreCanonical() {
        Table parent = table("parent");
        assertEquals(new ColumnType.StringType(ColumnType.Size.FIXED, 3), column(parent, "code").type());
        assertEquals(new ColumnType.TemporalType(ColumnType.TemporalType.Kind.DATETIME, 6), column(parent, "dt").type());
        assertEquals(new ColumnType.EnumType(List.of("sad", "ok"), false), column(parent, "m").type());
        assertEquals(new ColumnType.JsonType(false), column(parent, "doc").type());
        assertEquals(new ColumnType.BooleanType(), column(parent, "flag").type());
        assertEquals(new ColumnType.IntegerType(8, true), column(parent, "big").type());
        assertEquals(new ColumnType.DecimalType(10, 2, false), column(parent, "amount").type());
        assertEquals(new ColumnType.StringType(ColumnType.Size.LARGE, 65_535), column(parent, "note").type());
    }

    @Test
    void defaultsAreNormalisedAndIdentitiesRecognised() {
        Table parent = table("parent");
        assertEquals(new DefaultValue("'it''s'", DefaultValue.Kind.LITERAL), column(parent, "name").defaultValue());
        assertEquals(new DefaultValue("CURRENT_TIMESTAMP", DefaultValue.Kind.FUNCTION), column(parent, "created").defaultValue());
        assertEquals("CURRENT_TIMESTAMP", column(parent, "created").onUpdate());
        assertEquals(new DefaultValue("'ok'", DefaultValue.Kind.LITERAL), column(parent, "m").defaultValue());
        assertEquals(new DefaultValue("1", DefaultValue.Kind.LITERAL), column(parent, "flag").defaultValue());
        assertEquals(new DefaultValue("-1.50", DefaultValue.Kind.LITERAL), column(parent, "amount").defaultValue());
        assertNull(column(parent, "maybe").defaultValue());
        assertEquals(new Identity(Identity.Kind.AUTO_INCREMENT), column(parent, "id").identity());
        assertTrue(column(parent, "total").generated().stored());
        assertEquals("Display name", column(parent, "name").comment());
        assertEquals("Parents", parent.comment());
    }

    @Test
    void keysConstraintsAndIndexes() {
        Table order = table("Order Items");
        assertEquals(List.of("Select", "Line No"), order.primaryKey().columns());
        ForeignKey toParent = order.foreignKeys().get(0);
        assertEquals(ForeignKey.ReferentialAction.CASCADE, toParent.onDelete());
        assertEquals(ForeignKey.ReferentialAction.SET_NULL, toParent.onUpdate());
        Table child = table("child");
        ForeignKey composite = child.foreignKeys().get(0);
        assertEquals("fk_order", composite.name());
        assertEquals(List.of("Select", "Line No"), composite.referencedColumns());
        assertEquals(QualifiedName.of("child"), child.foreignKeys().get(1).referencedTable());
        assertEquals(QualifiedName.of("cycle_b"), table("cycle_a").foreignKeys().get(0).referencedTable());
        assertEquals(List.of("uq_parent_code"), table("parent").uniques().stream().map(u -> u.name()).toList());
        assertEquals(List.of("ux_child_self"), child.uniques().stream().map(u -> u.name()).toList());
        Index desc = child.indexes().stream().filter(i -> i.name().equals("ix_child_desc")).findFirst().orElseThrow();
        assertEquals(Index.SortOrder.DESC, desc.keys().get(0).order());
        Index prefix = table("parent").indexes().stream().filter(i -> i.name().equals("ix_name_prefix")).findFirst().orElseThrow();
        assertEquals(10, prefix.keys().get(0).prefixLength());
        Index fulltext = table("parent").indexes().stream().filter(i -> i.name().equals("ft_note")).findFirst().orElseThrow();
        assertEquals("FULLTEXT", fulltext.method());
        assertEquals(List.of("ck_amount"), table("parent").checks().stream().map(c -> c.name()).toList());
    }

    @Test
    void otherObjectsAreListedAndOwnTablesLeftOut() {
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("v_parent"))),
                schema.objects(SchemaObject.Kind.VIEW).stream().map(view -> view.withCatalog(null)).toList());
        assertEquals(QualifiedName.of("parent"), schema.objects(SchemaObject.Kind.TRIGGER).get(0).table());
        assertEquals("answer", schema.objects(SchemaObject.Kind.FUNCTION).get(0).name().name());
        assertTrue(schema.table(QualifiedName.of("retort_version")).isEmpty());
    }

    @Test
    void everyObjectCountMatchesTheCatalogAndNothingIsUnrecognised() throws SQLException {
        try (Connection connection = database.connect()) {
            assertEquals(CatalogCounts.mysql(connection, database.name(), connection.getMetaData().getDatabaseProductVersion().contains("MariaDB")), ModelCounts.of(schema));
        }
        assertEquals(List.of(), ModelCounts.unrecognised(schema));
    }

    @Test
    void readingTwiceGivesEqualModelsAndFiltersApply() {
        assertEquals(schema, read(ReflectOptions.defaults()));
        Schema filtered = read(ReflectOptions.defaults().withTables(List.of("cycle_*", "order items"), List.of("cycle_b")));
        assertEquals(List.of("Order Items", "cycle_a"), filtered.tables().stream().map(t -> t.name().name()).toList());
    }

    @Test
    void readingWithASideConnectionGivesTheSameModelAndClosesIt() throws SQLException {
        List<Connection> opened = new ArrayList<>();
        Schema beside;
        try (Connection connection = database.connect()) {
            JdbcSession session = new JdbcSession(connection, () -> {
                Connection sibling = database.connect();
                opened.add(sibling);
                return new JdbcSession(sibling);
            });
            beside = new MysqlDialect().schemaReader().read(session, ReflectOptions.defaults());
        }
        assertEquals(schema, beside);
        assertEquals(1, opened.size(), "one side connection");
        assertTrue(opened.get(0).isClosed(), "the side connection is closed after the read");
    }

    @Test
    void queryCountDoesNotGrowWithTables() {
        QueryCounter.assertCountDoesNotGrow(database, 10,
                i -> "CREATE TABLE extra_" + i + " (id int PRIMARY KEY, v varchar(9) UNIQUE, p int REFERENCES parent (id))");
    }

}
