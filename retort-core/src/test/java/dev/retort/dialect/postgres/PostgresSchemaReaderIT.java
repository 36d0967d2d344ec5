package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PostgresSchemaReaderIT {

    private static TestDatabase database;
    private static Schema schema;

    @BeforeAll
    static void createAndRead() {
        database = TestDatabase.create(TestDatabase.Kind.POSTGRES);
        database.execute(
                "CREATE TYPE mood AS ENUM ('sad', 'ok')",
                "CREATE TYPE unused_mood AS ENUM ('meh')",
                "CREATE DOMAIN positive AS integer CHECK (VALUE > 0)",
                "CREATE TABLE parent (id serial PRIMARY KEY, code char(3) NOT NULL, name varchar(40) DEFAULT 'x',"
                        + " created timestamptz(3) DEFAULT now(), m mood DEFAULT 'ok', tags text[] DEFAULT '{}',"
                        + " doc jsonb, uid uuid, ident bigint GENERATED ALWAYS AS IDENTITY, p positive,"
                        + " total integer GENERATED ALWAYS AS (id * 2) STORED, amount numeric(10,2) DEFAULT -1.5,"
                        + " neg integer DEFAULT -1, flag boolean DEFAULT true, addr inet,"
                        + " CONSTRAINT uq_parent_code UNIQUE (code), CONSTRAINT ck_amount CHECK (amount > -100))",
                "CREATE TABLE \"Order Items\" (\"Select\" integer NOT NULL, \"Line No\" smallint NOT NULL,"
                        + " \"MixedCase\" bigint, parent_id integer,"
                        + " CONSTRAINT \"PK Order\" PRIMARY KEY (\"Select\", \"Line No\"),"
                        + " CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL)",
                "CREATE TABLE child (id bigserial PRIMARY KEY, self_id bigint REFERENCES child (id) DEFERRABLE INITIALLY DEFERRED,"
                        + " o_select integer, o_line smallint,"
                        + " CONSTRAINT fk_order FOREIGN KEY (o_select, o_line) REFERENCES \"Order Items\" (\"Select\", \"Line No\"))",
                "CREATE TABLE cycle_a (id integer PRIMARY KEY, b_id integer)",
                "CREATE TABLE cycle_b (id integer PRIMARY KEY, a_id integer REFERENCES cycle_a (id))",
                "ALTER TABLE cycle_a ADD CONSTRAINT fk_a_b FOREIGN KEY (b_id) REFERENCES cycle_b (id)",
                "CREATE INDEX ix_parent_lower ON parent (lower(name), created DESC) WHERE name IS NOT NULL",
                "CREATE UNIQUE INDEX ux_child_self ON child (self_id)",
                "CREATE INDEX ix_parent_tags ON parent USING gin (tags)",
                "COMMENT ON TABLE parent IS 'Parents'",
                "COMMENT ON COLUMN parent.name IS 'Display name'",
                "CREATE VIEW v_parent AS SELECT id, name FROM parent",
                "CREATE MATERIALIZED VIEW mv_parent AS SELECT id FROM parent",
                "CREATE SEQUENCE standalone_seq",
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$",
                "CREATE TRIGGER trg_touch BEFORE UPDATE ON parent FOR EACH ROW EXECUTE FUNCTION touch()",
                "CREATE FUNCTION concat_state(text, text) RETURNS text LANGUAGE sql AS $$ SELECT $1 || $2 $$",
                "CREATE AGGREGATE concat_all(text) (SFUNC = concat_state, STYPE = text)",
                "CREATE TABLE retort_version (revision varchar(12) PRIMARY KEY)");
        schema = read(ReflectOptions.defaults());
    }

    @AfterAll
    static void drop() {
        database.execute("DROP SCHEMA IF EXISTS \"" + otherSchema() + "\" CASCADE");
        database.close();
    }

    private static String otherSchema() {
        return database.name() + " Other";
    }

    @Test
    void otherSchemasAreReadWhenAskedAndNamedByTheirSchema() {
        String other = otherSchema();
        database.execute("CREATE SCHEMA \"" + other + "\"",
                "CREATE TABLE \"" + other + "\".audit (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id))",
                "ALTER TABLE child ADD COLUMN audit_id integer",
                "ALTER TABLE child ADD CONSTRAINT fk_audit FOREIGN KEY (audit_id) REFERENCES \"" + other + "\".audit (id)");
        try {
            Schema both = read(ReflectOptions.defaults().withSchemas(List.of(database.name(), other)));
            Table audit = both.table(new QualifiedName(other, "audit")).orElseThrow();
            assertEquals(QualifiedName.of("parent"), audit.foreignKeys().get(0).referencedTable());
            assertTrue(both.table(QualifiedName.of("parent")).isPresent());
            Schema current = read(ReflectOptions.defaults());
            ForeignKey toOther = current.table(QualifiedName.of("child")).orElseThrow().foreignKeys().stream()
                    .filter(key -> "fk_audit".equals(key.name())).findFirst().orElseThrow();
            // the referenced table is outside the read set: its columns still come from the catalog
            assertEquals(new QualifiedName(other, "audit"), toOther.referencedTable());
            assertEquals(List.of("id"), toOther.referencedColumns());
            assertTrue(current.table(new QualifiedName(other, "audit")).isEmpty());
        } finally {
            database.execute("ALTER TABLE child DROP COLUMN audit_id", "DROP SCHEMA \"" + other + "\" CASCADE");
        }
    }

    private static Schema read(ReflectOptions options) {
        try (Connection connection = database.connect()) {
            return new PostgresDialect().schemaReader().read(new JdbcSession(connection), options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Table table(String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void tablesMatchTheCatalogAndLeaveOutRetortsOwn() throws SQLException {
        Set<String> expected = new TreeSet<>(database.column("select table_name from information_schema.tables"
                + " where table_schema = current_schema() and table_type = 'BASE TABLE'"));
        expected.remove("retort_version");
        Set<String> actual = new TreeSet<>(schema.tables().stream().map(table -> table.name().name()).toList());
        assertEquals(expected, actual);
        assertTrue(schema.tables().stream().allMatch(table -> table.name().schema() == null));
    }

    @Test
    void columnsMatchTheCatalogInOrderWithNullability() throws SQLException {
        for (Table table : schema.tables()) {
            List<String> expected = database.column("select column_name || ':' || is_nullable from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = '" + table.name().name().replace("'", "''")
                    + "' order by ordinal_position");
            List<String> actual = table.columns().stream()
                    .map(column -> column.name() + ":" + (column.nullable() ? "YES" : "NO")).toList();
            assertEquals(expected, actual, table.name().toString());
        }
    }

    @Test
    void typesAreCanonical() {
        Table parent = table("parent");
        assertEquals(new ColumnType.StringType(ColumnType.Size.FIXED, 3), type(parent, "code"));
        assertEquals(new ColumnType.StringType(ColumnType.Size.VARYING, 40), type(parent, "name"));
        assertEquals(new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP_TZ, 3), type(parent, "created"));
        assertEquals(new ColumnType.UserDefinedType(QualifiedName.of("mood"), ColumnType.UserDefinedType.Kind.ENUM), type(parent, "m"));
        assertEquals(new ColumnType.UserDefinedType(QualifiedName.of("positive"), ColumnType.UserDefinedType.Kind.DOMAIN), type(parent, "p"));
        assertEquals(new ColumnType.ArrayType(new ColumnType.StringType(ColumnType.Size.LARGE, null), 1), type(parent, "tags"));
        assertEquals(new ColumnType.JsonType(true), type(parent, "doc"));
        assertEquals(new ColumnType.UuidType(), type(parent, "uid"));
        assertEquals(new ColumnType.DecimalType(10, 2, false), type(parent, "amount"));
        assertEquals(ColumnType.NativeType.of("inet"), type(parent, "addr"));
        assertEquals(ColumnType.IntegerType.of(2), type(table("Order Items"), "Line No"));
    }

    @Test
    void defaultsAreNormalisedAndIdentitiesRecognised() {
        Table parent = table("parent");
        assertEquals(new DefaultValue("'x'", DefaultValue.Kind.LITERAL), column(parent, "name").defaultValue());
        assertEquals(new DefaultValue("now()", DefaultValue.Kind.FUNCTION), column(parent, "created").defaultValue());
        assertEquals(new DefaultValue("'ok'", DefaultValue.Kind.LITERAL), column(parent, "m").defaultValue());
        assertEquals(new DefaultValue("'{}'", DefaultValue.Kind.LITERAL), column(parent, "tags").defaultValue());
        // a number keeps the cast PostgreSQL prints, so that a re-created column dumps the same
        assertEquals(new DefaultValue("'-1.5'::numeric", DefaultValue.Kind.LITERAL), column(parent, "amount").defaultValue());
        assertEquals(new DefaultValue("'-1'::integer", DefaultValue.Kind.LITERAL), column(parent, "neg").defaultValue());
        assertEquals(new DefaultValue("true", DefaultValue.Kind.LITERAL), column(parent, "flag").defaultValue());
        assertEquals(new Identity(Identity.Kind.SERIAL), column(parent, "id").identity());
        assertNull(column(parent, "id").defaultValue());
        assertEquals(new Identity(Identity.Kind.ALWAYS), column(parent, "ident").identity());
        assertTrue(column(parent, "total").generated().stored());
        assertEquals(new Identity(Identity.Kind.SERIAL), column(table("child"), "id").identity());
        assertEquals("Display name", column(parent, "name").comment());
        assertEquals("Parents", parent.comment());
    }

    @Test
    void keysAndConstraintsKeepNamesCaseAndOrder() {
        Table order = table("Order Items");
        assertEquals("PK Order", order.primaryKey().name());
        assertEquals(List.of("Select", "Line No"), order.primaryKey().columns());
        ForeignKey toParent = order.foreignKeys().get(0);
        assertEquals(ForeignKey.ReferentialAction.CASCADE, toParent.onDelete());
        assertEquals(ForeignKey.ReferentialAction.SET_NULL, toParent.onUpdate());
        Table child = table("child");
        ForeignKey composite = child.foreignKeys().stream().filter(key -> key.name().equals("fk_order")).findFirst().orElseThrow();
        assertEquals(List.of("Select", "Line No"), composite.referencedColumns());
        assertEquals(QualifiedName.of("Order Items"), composite.referencedTable());
        ForeignKey self = child.foreignKeys().stream().filter(key -> key.referencedTable().name().equals("child")).findFirst().orElseThrow();
        assertEquals(ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, self.deferrability());
        assertEquals(QualifiedName.of("cycle_b"), table("cycle_a").foreignKeys().get(0).referencedTable());
        assertEquals(QualifiedName.of("cycle_a"), table("cycle_b").foreignKeys().get(0).referencedTable());
        assertEquals(List.of("code"), table("parent").uniques().get(0).columns());
        assertEquals("ck_amount", table("parent").checks().get(0).name());
    }

    @Test
    void indexesCarryExpressionsOrderPredicateAndMethod() {
        Table parent = table("parent");
        Index lower = parent.indexes().stream().filter(index -> index.name().equals("ix_parent_lower")).findFirst().orElseThrow();
        assertEquals("lower(name::text)", lower.keys().get(0).expression());
        assertEquals(new Index.Key("created", null, Index.SortOrder.DESC, null), lower.keys().get(1));
        assertEquals("(name IS NOT NULL)", lower.predicate());
        Index gin = parent.indexes().stream().filter(index -> index.name().equals("ix_parent_tags")).findFirst().orElseThrow();
        assertEquals("gin", gin.method());
        assertTrue(table("child").indexes().get(0).unique());
        assertTrue(parent.indexes().stream().noneMatch(index -> index.name().equals("uq_parent_code")));
    }

    @Test
    void otherObjectsAreListedByName() {
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("v_parent"))),
                schema.objects(SchemaObject.Kind.VIEW).stream().map(view -> view.withCatalog(null)).toList());
        assertEquals(1, schema.objects(SchemaObject.Kind.MATERIALIZED_VIEW).size());
        // serial and identity sequences belong to their columns; only the standalone one is listed
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.SEQUENCE, QualifiedName.of("standalone_seq"))),
                schema.objects(SchemaObject.Kind.SEQUENCE).stream().map(sequence -> sequence.withCatalog(null)).toList());
        // with every option spelled out, so that a change to any one shows
        assertEquals("CREATE SEQUENCE standalone_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1"
                + " MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE",
                schema.objects(SchemaObject.Kind.SEQUENCE).get(0).catalog().comparable());
        assertEquals(QualifiedName.of("parent"), schema.objects(SchemaObject.Kind.TRIGGER).get(0).table());
        assertEquals(List.of("concat_state", "touch"), schema.objects(SchemaObject.Kind.FUNCTION).stream()
                .map(function -> function.name().name()).sorted().toList());
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.AGGREGATE, QualifiedName.of("concat_all"))),
                schema.objects(SchemaObject.Kind.AGGREGATE));
        // enum types and domains are listed, used by a column or not
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.TYPE, QualifiedName.of("mood")),
                SchemaObject.of(SchemaObject.Kind.TYPE, QualifiedName.of("unused_mood"))), schema.objects(SchemaObject.Kind.TYPE));
        assertEquals(List.of(SchemaObject.of(SchemaObject.Kind.DOMAIN, QualifiedName.of("positive"))),
                schema.objects(SchemaObject.Kind.DOMAIN));
        // plpgsql, which every database has, is never listed
        assertTrue(schema.objects(SchemaObject.Kind.EXTENSION).stream().noneMatch(e -> e.name().name().equals("plpgsql")));
    }

    /** Extensions are per database, so this one gets a database of its own. */
    @Test
    void extensionsOfTheDatabaseAreListedByName() throws SQLException {
        String name = database.name() + "_ext";
        database.execute("CREATE DATABASE " + name);
        try {
            String url = database.url().replaceFirst("/[^/?]+\\?", "/" + name + "?").replaceFirst("currentSchema=[^&]*", "currentSchema=public");
            try (Connection connection = java.sql.DriverManager.getConnection(url, database.user(), database.password())) {
                JdbcSession session = new JdbcSession(connection);
                session.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                session.execute("CREATE SCHEMA other");
                session.execute("CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA other");
                session.execute("CREATE EXTENSION IF NOT EXISTS hstore VERSION '1.7'");
                Schema read = new PostgresDialect().schemaReader().read(session, ReflectOptions.defaults());
                // named per database, so listed whatever schema holds their objects; each with the statement that
                // makes it again as it is: compared by name only
                assertEquals(List.of(extension("btree_gin", "CREATE EXTENSION IF NOT EXISTS \"btree_gin\" WITH SCHEMA \"other\""),
                        extension("hstore", "CREATE EXTENSION IF NOT EXISTS \"hstore\" VERSION '1.7'"),
                        extension("pg_trgm", "CREATE EXTENSION IF NOT EXISTS \"pg_trgm\"")),
                        read.objects(SchemaObject.Kind.EXTENSION));
                assertEquals(List.of(), read.objects(SchemaObject.Kind.FUNCTION), "an extension's functions are its own");
            }
        } finally {
            database.execute("DROP DATABASE " + name);
        }
    }

    private static SchemaObject extension(String name, String statement) {
        return SchemaObject.of(SchemaObject.Kind.EXTENSION, QualifiedName.of(name)).withCatalog(new CatalogDefinition(name, statement));
    }

    @Test
    void everyObjectCountMatchesTheCatalogAndNothingIsUnrecognised() throws SQLException {
        try (Connection connection = database.connect()) {
            assertEquals(CatalogCounts.postgres(connection, database.name()), ModelCounts.of(schema));
        }
        assertEquals(List.of(), ModelCounts.unrecognised(schema));
    }

    @Test
    void readingTwiceGivesEqualModelsAndFiltersApply() {
        assertEquals(schema, read(ReflectOptions.defaults()));
        Schema filtered = read(ReflectOptions.defaults().withTables(List.of("cycle_*", "PARENT"), List.of("cycle_b")));
        assertEquals(List.of("cycle_a", "parent"), filtered.tables().stream().map(table -> table.name().name()).toList());
        assertFalse(schema.tables().stream().anyMatch(table -> table.name().name().equals("retort_version")));
    }

    @Test
    void queryCountDoesNotGrowWithTables() {
        QueryCounter.assertCountDoesNotGrow(database, 20,
                i -> "CREATE TABLE extra_" + i + " (id integer PRIMARY KEY, v text UNIQUE, p integer REFERENCES parent (id))");
    }


    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }

    private static ColumnType type(Table table, String name) {
        return column(table, name).type();
    }
}
