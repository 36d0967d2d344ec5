package dev.retort.dialect.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.reflect.CatalogCounts;
import dev.retort.reflect.ModelCounts;
import dev.retort.reflect.QueryCounter;
import dev.retort.schema.CatalogDefinition;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class H2SchemaReaderIT {

    private static TestDatabase database;
    private static Schema schema;

    @BeforeAll
    static void createAndRead() {
        database = TestDatabase.create(TestDatabase.Kind.H2);
        database.execute(
                "CREATE TABLE parent (id INT AUTO_INCREMENT PRIMARY KEY, code CHAR(3) NOT NULL, name VARCHAR(40) DEFAULT 'x',"
                        + " created TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP, m ENUM('sad','ok') DEFAULT 'ok',"
                        + " tags VARCHAR(10) ARRAY, big BIGINT GENERATED ALWAYS AS IDENTITY, total INT GENERATED ALWAYS AS (id * 2),"
                        + " amount NUMERIC(10,2) DEFAULT -1.5, flag BOOLEAN DEFAULT TRUE, doc JSON, u UUID,"
                        + " CONSTRAINT uq_code UNIQUE (code), CONSTRAINT ck_amount CHECK (amount > -100))",
                "COMMENT ON TABLE parent IS 'Parents'",
                "COMMENT ON COLUMN parent.name IS 'Display name'",
                "CREATE TABLE \"Order Items\" (\"Select\" INT NOT NULL, \"Line No\" SMALLINT NOT NULL, \"MixedCase\" BIGINT,"
                        + " parent_id INT, CONSTRAINT \"PK Order\" PRIMARY KEY (\"Select\", \"Line No\"),"
                        + " CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL)",
                "CREATE TABLE child (id INT PRIMARY KEY, self_id INT, o_select INT, o_line SMALLINT,"
                        + " CONSTRAINT fk_self FOREIGN KEY (self_id) REFERENCES child (id),"
                        + " CONSTRAINT fk_order FOREIGN KEY (o_select, o_line) REFERENCES \"Order Items\" (\"Select\", \"Line No\"))",
                "CREATE TABLE cycle_a (id INT PRIMARY KEY, b_id INT)",
                "CREATE TABLE cycle_b (id INT PRIMARY KEY, a_id INT, CONSTRAINT fk_b_a FOREIGN KEY (a_id) REFERENCES cycle_a (id))",
                "ALTER TABLE cycle_a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES cycle_b (id)",
                "CREATE INDEX ix_child_desc ON child (o_line DESC, o_select)",
                "CREATE UNIQUE INDEX ux_child_self ON child (self_id)",
                "CREATE VIEW v_parent AS SELECT id, name FROM parent",
                "CREATE SEQUENCE standalone_seq",
                "CREATE TABLE retort_version (revision VARCHAR(12) PRIMARY KEY)");
        schema = read(ReflectOptions.defaults());
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static Schema read(ReflectOptions options) {
        try (Connection connection = database.connect()) {
            return new H2Dialect().schemaReader().read(new JdbcSession(connection), options);
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
        List<String> tables = database.column("select TABLE_NAME from INFORMATION_SCHEMA.TABLES where TABLE_SCHEMA = 'PUBLIC'"
                + " and TABLE_TYPE = 'BASE TABLE' and TABLE_NAME <> 'RETORT_VERSION' order by TABLE_NAME");
        assertEquals(tables, schema.tables().stream().map(table -> table.name().name()).toList());
        for (Table table : schema.tables()) {
            List<String> columns = database.column("select COLUMN_NAME || ':' || IS_NULLABLE from INFORMATION_SCHEMA.COLUMNS"
                    + " where TABLE_SCHEMA = 'PUBLIC' and TABLE_NAME = '" + table.name().name() + "' order by ORDINAL_POSITION");
            assertEquals(columns, table.columns().stream().map(c -> c.name() + ":" + (c.nullable() ? "YES" : "NO")).toList());
        }
    }

    @Test
    void typesDefaultsAndIdentities() {
        Table parent = table("PARENT");
        assertEquals(new ColumnType.StringType(ColumnType.Size.FIXED, 3), column(parent, "CODE").type());
        assertEquals(new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP_TZ, 3), column(parent, "CREATED").type());
        assertEquals(new ColumnType.EnumType(List.of("sad", "ok"), false), column(parent, "M").type());
        assertEquals(new ColumnType.ArrayType(new ColumnType.StringType(ColumnType.Size.VARYING, 10), 1), column(parent, "TAGS").type());
        assertEquals(new ColumnType.DecimalType(10, 2, false), column(parent, "AMOUNT").type());
        assertEquals(new ColumnType.JsonType(false), column(parent, "DOC").type());
        assertEquals(new DefaultValue("'x'", DefaultValue.Kind.LITERAL), column(parent, "NAME").defaultValue());
        assertEquals(new DefaultValue("CURRENT_TIMESTAMP", DefaultValue.Kind.FUNCTION), column(parent, "CREATED").defaultValue());
        assertEquals(new DefaultValue("-1.5", DefaultValue.Kind.LITERAL), column(parent, "AMOUNT").defaultValue());
        assertEquals(new DefaultValue("TRUE", DefaultValue.Kind.LITERAL), column(parent, "FLAG").defaultValue());
        assertEquals(new Identity(Identity.Kind.BY_DEFAULT), column(parent, "ID").identity());
        assertEquals(new Identity(Identity.Kind.ALWAYS), column(parent, "BIG").identity());
        assertTrue(column(parent, "TOTAL").generated() != null);
        assertEquals("Display name", column(parent, "NAME").comment());
        assertEquals("Parents", parent.comment());
    }

    @Test
    void keysConstraintsAndIndexes() {
        Table order = table("Order Items");
        assertEquals("PK Order", order.primaryKey().name());
        assertEquals(List.of("Select", "Line No"), order.primaryKey().columns());
        ForeignKey toParent = order.foreignKeys().get(0);
        assertEquals(ForeignKey.ReferentialAction.CASCADE, toParent.onDelete());
        assertEquals(ForeignKey.ReferentialAction.SET_NULL, toParent.onUpdate());
        Table child = table("CHILD");
        ForeignKey composite = child.foreignKeys().get(0);
        assertEquals("FK_ORDER", composite.name());
        assertEquals(List.of("Select", "Line No"), composite.referencedColumns());
        assertEquals(QualifiedName.of("CHILD"), child.foreignKeys().get(1).referencedTable());
        assertEquals(QualifiedName.of("CYCLE_B"), table("CYCLE_A").foreignKeys().get(0).referencedTable());
        assertEquals(List.of("UQ_CODE"), table("PARENT").uniques().stream().map(u -> u.name()).toList());
        assertEquals(List.of("CK_AMOUNT"), table("PARENT").checks().stream().map(c -> c.name()).toList());
        assertEquals(List.of("IX_CHILD_DESC", "UX_CHILD_SELF"), child.indexes().stream().map(Index::name).toList());
        assertEquals(Index.SortOrder.DESC, child.indexes().get(0).keys().get(0).order());
        assertTrue(child.indexes().get(1).unique());
    }

    @Test
    void otherObjectsAreListedAndOwnTablesLeftOut() {
        // the view as H2 prints it, with its column names and without the current schema's qualifier
        String view = "CREATE VIEW \"V_PARENT\"(\"ID\", \"NAME\") AS\nSELECT\n    \"ID\",\n    \"NAME\"\nFROM \"PARENT\"";
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("V_PARENT"))
                        .withCatalog(new CatalogDefinition(view.replaceAll("\\s+", " "), view))),
                schema.objects(SchemaObject.Kind.VIEW));
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.SEQUENCE, QualifiedName.of("STANDALONE_SEQ"))),
                schema.objects(SchemaObject.Kind.SEQUENCE));
        assertTrue(schema.table(QualifiedName.of("RETORT_VERSION")).isEmpty());
    }

    @Test
    void everyObjectCountMatchesTheCatalogAndNothingIsUnrecognised() throws SQLException {
        try (Connection connection = database.connect()) {
            assertEquals(CatalogCounts.h2(connection, "PUBLIC"), ModelCounts.of(schema));
        }
        assertEquals(List.of(), ModelCounts.unrecognised(schema));
    }

    @Test
    void readingTwiceGivesEqualModelsAndFiltersApply() {
        assertEquals(schema, read(ReflectOptions.defaults()));
        Schema filtered = read(ReflectOptions.defaults().withTables(List.of("cycle_*", "order items"), List.of("cycle_b")));
        assertEquals(List.of("CYCLE_A", "Order Items"), filtered.tables().stream().map(t -> t.name().name()).toList());
    }

    @Test
    void queryCountDoesNotGrowWithTables() {
        QueryCounter.assertCountDoesNotGrow(database, 20,
                i -> "CREATE TABLE extra_" + i + " (id INT PRIMARY KEY, v VARCHAR(9) UNIQUE, p INT REFERENCES parent (id))");
    }

}
