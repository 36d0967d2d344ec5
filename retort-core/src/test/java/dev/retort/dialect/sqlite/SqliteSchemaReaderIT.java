package dev.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.reflect.CatalogCounts;
import dev.retort.reflect.ModelCounts;
import dev.retort.reflect.QueryCounter;
import dev.retort.schema.CheckConstraint;
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

class SqliteSchemaReaderIT {

    private static TestDatabase database;
    private static Schema schema;

    @BeforeAll
    static void createAndRead() {
        database = TestDatabase.create(TestDatabase.Kind.SQLITE);
        database.execute(
                "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code CHAR(3) NOT NULL CONSTRAINT uq_code UNIQUE,"
                        + " name VARCHAR(40) DEFAULT 'x', created DATETIME DEFAULT CURRENT_TIMESTAMP,"
                        + " amount NUMERIC(10,2) DEFAULT -1.5 CHECK (amount > -100), flag BOOLEAN DEFAULT (1),"
                        + " total INTEGER GENERATED ALWAYS AS (id * 2) STORED, note TEXT, untyped DEFAULT NULL,"
                        + " CONSTRAINT ck_name CHECK (name <> 'it''s, (tricky) CHECK (x)'))",
                "CREATE TABLE \"Order Items\" (\"Select\" INTEGER NOT NULL, \"Line No\" SMALLINT NOT NULL, [MixedCase] BIGINT,"
                        + " parent_id INTEGER, CONSTRAINT \"PK Order\" PRIMARY KEY (\"Select\", \"Line No\"),"
                        + " CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, self_id INTEGER CONSTRAINT fk_self REFERENCES child,"
                        + " o_select INTEGER, o_line SMALLINT,"
                        + " FOREIGN KEY (o_select, o_line) REFERENCES \"Order Items\" (\"Select\", \"Line No\"), UNIQUE (o_select, o_line))",
                "CREATE TABLE cycle_a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES cycle_b (id))",
                "CREATE TABLE cycle_b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES cycle_a (id))",
                "CREATE INDEX ix_parent_lower ON parent (lower(name), created DESC) WHERE name IS NOT NULL",
                "CREATE UNIQUE INDEX ux_child_self ON child (self_id)",
                "CREATE VIEW v_parent AS SELECT id FROM parent",
                "CREATE TRIGGER trg_touch AFTER UPDATE ON parent BEGIN SELECT 1; END",
                "CREATE TABLE retort_version (revision VARCHAR(12) PRIMARY KEY)");
        schema = read(ReflectOptions.defaults());
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static Schema read(ReflectOptions options) {
        try (Connection connection = database.connect()) {
            return new SqliteDialect().schemaReader().read(new JdbcSession(connection), options);
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
    void tablesAndColumnsMatchThePragmas() throws SQLException {
        List<String> tables = database.column("select name from sqlite_master where type = 'table'"
                + " and name not like 'sqlite%' and name <> 'retort_version' order by name");
        assertEquals(tables, schema.tables().stream().map(table -> table.name().name()).toList());
        for (Table table : schema.tables()) {
            List<String> columns = database.column("select name || ':' || \"notnull\" from pragma_table_xinfo('"
                    + table.name().name() + "') order by cid");
            assertEquals(columns, table.columns().stream().map(c -> c.name() + ":" + (c.nullable() ? 0 : 1)).toList());
        }
    }

    @Test
    void typesDefaultsAndIdentity() {
        Table parent = table("parent");
        assertEquals(new Identity(Identity.Kind.AUTOINCREMENT), column(parent, "id").identity());
        assertNull(column(table("child"), "id").identity());
        assertEquals(new ColumnType.StringType(ColumnType.Size.FIXED, 3), column(parent, "code").type());
        assertEquals(new ColumnType.DecimalType(10, 2, false), column(parent, "amount").type());
        assertEquals(new DefaultValue("'x'", DefaultValue.Kind.LITERAL), column(parent, "name").defaultValue());
        assertEquals(new DefaultValue("CURRENT_TIMESTAMP", DefaultValue.Kind.FUNCTION), column(parent, "created").defaultValue());
        assertEquals(new DefaultValue("-1.5", DefaultValue.Kind.LITERAL), column(parent, "amount").defaultValue());
        assertEquals(new DefaultValue("1", DefaultValue.Kind.LITERAL), column(parent, "flag").defaultValue());
        // an explicit DEFAULT NULL stays: it is part of the stored CREATE text
        assertEquals(new DefaultValue("NULL", DefaultValue.Kind.LITERAL), column(parent, "untyped").defaultValue());
        assertEquals(ColumnType.NativeType.of(""), column(parent, "untyped").type());
        assertEquals("id * 2", column(parent, "total").generated().expression());
        assertTrue(column(parent, "total").generated().stored());
    }

    @Test
    void namesAndChecksComeFromTheCreateText() {
        Table parent = table("parent");
        assertEquals(List.of(new CheckConstraint("ck_name", "name <> 'it''s, (tricky) CHECK (x)'"),
                new CheckConstraint(null, "amount > -100")), parent.checks());
        assertEquals("uq_code", parent.uniques().get(0).name());
        Table order = table("Order Items");
        assertEquals("PK Order", order.primaryKey().name());
        assertEquals(List.of("Select", "Line No"), order.primaryKey().columns());
        ForeignKey toParent = order.foreignKeys().get(0);
        assertEquals("fk_parent", toParent.name());
        assertEquals(ForeignKey.ReferentialAction.CASCADE, toParent.onDelete());
        assertEquals(ForeignKey.ReferentialAction.SET_NULL, toParent.onUpdate());
        Table child = table("child");
        ForeignKey self = child.foreignKeys().stream().filter(key -> "fk_self".equals(key.name())).findFirst().orElseThrow();
        assertEquals(List.of("id"), self.referencedColumns());
        assertEquals(QualifiedName.of("child"), self.referencedTable());
        assertEquals(List.of("o_select", "o_line"), child.uniques().get(0).columns());
        assertNull(child.uniques().get(0).name());
        assertEquals(QualifiedName.of("cycle_b"), table("cycle_a").foreignKeys().get(0).referencedTable());
        assertEquals(QualifiedName.of("cycle_a"), table("cycle_b").foreignKeys().get(0).referencedTable());
    }

    @Test
    void indexesCarryExpressionsOrderAndPredicate() {
        Index lower = table("parent").indexes().get(0);
        assertEquals("ix_parent_lower", lower.name());
        assertEquals(new Index.Key(null, "lower(name)", Index.SortOrder.ASC, null), lower.keys().get(0));
        assertEquals(new Index.Key("created", null, Index.SortOrder.DESC, null), lower.keys().get(1));
        assertEquals("name IS NOT NULL", lower.predicate());
        assertTrue(table("child").indexes().get(0).unique());
        assertEquals(1, table("child").indexes().size());
    }

    @Test
    void otherObjectsAreListedAndOwnTablesLeftOut() {
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("v_parent"))),
                schema.objects(SchemaObject.Kind.VIEW).stream().map(view -> view.withCatalog(null)).toList());
        assertEquals(QualifiedName.of("parent"), schema.objects(SchemaObject.Kind.TRIGGER).get(0).table());
        assertTrue(schema.table(QualifiedName.of("retort_version")).isEmpty());
        assertTrue(schema.table(QualifiedName.of("sqlite_sequence")).isEmpty());
    }

    @Test
    void everyObjectCountMatchesTheCatalogAndNothingIsUnrecognised() throws SQLException {
        try (Connection connection = database.connect()) {
            assertEquals(CatalogCounts.sqlite(connection), ModelCounts.of(schema));
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
    void queryCountDoesNotGrowWithTables() {
        QueryCounter.assertCountDoesNotGrow(database, 20,
                i -> "CREATE TABLE extra_" + i + " (id INTEGER PRIMARY KEY, v TEXT UNIQUE, p INTEGER REFERENCES parent (id))");
    }

}
