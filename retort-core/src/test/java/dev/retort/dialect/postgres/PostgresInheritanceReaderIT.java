package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.retort.reflect.QueryCounter;
import dev.retort.schema.CheckConstraint;
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
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Table inheritance, declarative partitioning, rules and the schema comment as the PostgreSQL reader
 * reads them, each checked against the catalog queried here on its own.
 */
class PostgresInheritanceReaderIT {

    private static TestDatabase database;
    private static Schema schema;

    @BeforeAll
    static void createAndRead() {
        database = TestDatabase.create(TestDatabase.Kind.POSTGRES);
        database.execute(
                "CREATE TABLE customer (id integer PRIMARY KEY)",
                "CREATE TABLE payment (id serial PRIMARY KEY, customer_id integer, paid date NOT NULL,"
                        + " CONSTRAINT payment_id_ck CHECK (id > 0))",
                "CREATE TABLE payment_2024 (CONSTRAINT payment_2024_paid_ck CHECK (paid >= '2024-01-01'),"
                        + " note text) INHERITS (payment)",
                "CREATE TABLE tagged (tag text)",
                "CREATE TABLE payment_tagged () INHERITS (payment, tagged)",
                "CREATE INDEX payment_2024_customer_ix ON payment_2024 (customer_id)",
                "CREATE RULE payment_redirect AS ON INSERT TO payment WHERE new.paid >= '2024-01-01'"
                        + " DO INSTEAD INSERT INTO payment_2024 (customer_id, paid) VALUES (new.customer_id, new.paid)",
                "CREATE TABLE sale (id integer NOT NULL, sold date NOT NULL, customer_id integer REFERENCES customer (id),"
                        + " PRIMARY KEY (id, sold)) PARTITION BY RANGE (sold)",
                "CREATE INDEX sale_customer_ix ON sale (customer_id)",
                "CREATE TABLE sale_2024 PARTITION OF sale FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "CREATE TABLE sale_rest (id integer NOT NULL, sold date NOT NULL, customer_id integer)",
                "CREATE INDEX sale_rest_own_ix ON sale_rest (id)",
                "ALTER TABLE sale ATTACH PARTITION sale_rest DEFAULT",
                "CREATE TABLE sale_ref (sale_id integer, sale_sold date, FOREIGN KEY (sale_id, sale_sold) REFERENCES sale (id, sold))",
                "CREATE TABLE counted (d date) PARTITION BY RANGE (d)",
                "COMMENT ON SCHEMA \"" + database.name() + "\" IS 'the shop'");
        schema = read();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static Schema read() {
        try (Connection connection = database.connect()) {
            return new PostgresDialect().schemaReader().read(new JdbcSession(connection), ReflectOptions.defaults());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Table table(String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void parentsAreTheCatalogsInDeclarationOrder() {
        for (Table table : schema.tables()) {
            List<String> expected = database.column("select p.relname from pg_inherits i join pg_class p on p.oid = i.inhparent"
                    + " where i.inhrelid = '" + table.name().name() + "'::regclass order by i.inhseqno");
            assertEquals(expected, table.inheritance().parents().stream().map(QualifiedName::name).toList(), table.name().toString());
        }
        assertEquals(List.of("payment", "tagged"), table("payment_tagged").inheritance().parents().stream().map(QualifiedName::name).toList());
    }

    @Test
    void boundsAndPartitionKeysAreAsPostgresPrintsThem() {
        for (Table table : schema.tables()) {
            String oid = "'" + table.name().name() + "'::regclass";
            assertEquals(database.column("select pg_get_expr(relpartbound, oid) from pg_class where oid = " + oid).get(0),
                    table.inheritance().bound(), table.name().toString());
            assertEquals(database.column("select case when relkind = 'p' then pg_get_partkeydef(oid) end from pg_class where oid = " + oid).get(0),
                    table.inheritance().partitionKey(), table.name().toString());
        }
        assertEquals("RANGE (sold)", table("sale").inheritance().partitionKey());
        assertEquals("DEFAULT", table("sale_rest").inheritance().bound());
    }

    @Test
    void aChildHasAllItsColumnsButOnlyTheChecksItDeclares() {
        Table child = table("payment_2024");
        List<String> columns = database.column("select attname from pg_attribute where attrelid = 'payment_2024'::regclass"
                + " and attnum > 0 and not attisdropped order by attnum");
        assertEquals(columns, child.columns().stream().map(column -> column.name()).toList());
        List<String> local = database.column("select conname from pg_constraint where conrelid = 'payment_2024'::regclass"
                + " and contype = 'c' and conislocal order by conname");
        assertEquals(local, child.checks().stream().map(CheckConstraint::name).toList());
        assertEquals(List.of("payment_2024_paid_ck"), local);
        assertNull(child.primaryKey());
        assertEquals(List.of("payment_2024_customer_ix"), child.indexes().stream().map(Index::name).toList());
    }

    @Test
    void aPartitionLeavesWhatItHasFromItsPartitionedTableToThatTable() {
        // the catalog has a key, an index and a foreign key on each partition, made from the parent's
        assertEquals(List.of("sale_2024_pkey", "sale_rest_pkey"), database.column("select conname from pg_constraint"
                + " where conrelid in ('sale_2024'::regclass, 'sale_rest'::regclass) and contype = 'p' order by conname"));
        for (String name : List.of("sale_2024", "sale_rest")) {
            Table partition = table(name);
            assertNull(partition.primaryKey(), name);
            assertEquals(List.of(), partition.foreignKeys(), name);
        }
        assertEquals(List.of(), table("sale_2024").indexes());
        assertEquals(List.of("sale_rest_own_ix"), table("sale_rest").indexes().stream().map(Index::name).toList());
        Table sale = table("sale");
        assertEquals(List.of("id", "sold"), sale.primaryKey().columns());
        assertEquals(List.of("sale_customer_ix"), sale.indexes().stream().map(Index::name).toList());
        // a foreign key to a partitioned table is one key, not one per partition
        assertEquals(1, table("sale_ref").foreignKeys().size());
    }

    @Test
    void rulesAreListedOnTheirTables() {
        List<String> expected = database.column("select rulename || ' on ' || tablename from pg_rules"
                + " where schemaname = current_schema() order by 1");
        List<String> actual = schema.objects(SchemaObject.Kind.RULE).stream()
                .map(rule -> rule.name().name() + " on " + rule.table().name()).toList();
        assertEquals(expected, actual);
        assertEquals(List.of("payment_redirect on payment"), actual);
    }

    @Test
    void theSchemaCommentIsTheCatalogs() {
        assertEquals(database.column("select obj_description(oid, 'pg_namespace') from pg_namespace"
                + " where nspname = current_schema()").get(0), schema.comment());
        assertEquals("the shop", schema.comment());
    }

    @Test
    void everyTableOfTheCatalogIsReadOnce() {
        assertEquals(new TreeSet<>(database.column("select relname from pg_class where relnamespace = current_schema()::regnamespace"
                        + " and relkind in ('r', 'p')")),
                new TreeSet<>(schema.tables().stream().map(table -> table.name().name()).toList()));
    }

    @Test
    void queryCountDoesNotGrowWithPartitionsChildrenAndRules() {
        QueryCounter.assertCountDoesNotGrow(database, 12, i -> switch (i % 3) {
            case 0 -> "CREATE TABLE extra_" + i + " PARTITION OF counted FOR VALUES FROM ('" + (2000 + i) + "-01-01') TO ('"
                    + (2000 + i) + "-06-01')";
            case 1 -> "CREATE TABLE extra_" + i + " () INHERITS (payment)";
            default -> "CREATE TABLE extra_" + i + " (id integer); CREATE RULE extra_" + i + "_rule AS ON DELETE TO extra_" + i
                    + " DO INSTEAD NOTHING";
        });
    }
}
