package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.QualifiedName;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresParsingTest {

    private static final PostgresTypes.Catalog BASE = new PostgresTypes.Catalog("b", "pg_catalog", "x");

    private static ColumnType type(String formatted) {
        return PostgresTypes.parse(formatted, BASE, null, "public");
    }

    @Test
    void builtInTypesBecomeCanonical() {
        assertEquals(ColumnType.IntegerType.of(8), type("bigint"));
        assertEquals(new ColumnType.DecimalType(12, 3, false), type("numeric(12,3)"));
        assertEquals(new ColumnType.DecimalType(null, null, false), type("numeric"));
        assertEquals(new ColumnType.StringType(Size.VARYING, 255), type("character varying(255)"));
        assertEquals(new ColumnType.StringType(Size.VARYING, null), type("character varying"));
        assertEquals(new ColumnType.StringType(Size.FIXED, 1), type("character(1)"));
        assertEquals(new TemporalType(TemporalType.Kind.TIMESTAMP, 6), type("timestamp(6) without time zone"));
        assertEquals(new TemporalType(TemporalType.Kind.TIMESTAMP_TZ, null), type("timestamp with time zone"));
        assertEquals(new ColumnType.JsonType(true), type("jsonb"));
        assertEquals(new ColumnType.NativeType("bit varying", List.of("8")), type("bit varying(8)"));
        assertEquals(new ColumnType.NativeType("interval year to month", List.of()), type("interval year to month"));
        assertFalse(type("pg_node_tree").recognised());
    }

    @Test
    void arraysAndUserTypes() {
        PostgresTypes.Catalog array = new PostgresTypes.Catalog("b", "pg_catalog", "_varchar");
        PostgresTypes.Catalog element = new PostgresTypes.Catalog("b", "pg_catalog", "varchar");
        assertEquals(new ColumnType.ArrayType(new ColumnType.StringType(Size.VARYING, 20), 2),
                PostgresTypes.parse("character varying(20)[][]", array, element, "public"));
        assertEquals(new ColumnType.UserDefinedType(QualifiedName.of("mood"), ColumnType.UserDefinedType.Kind.ENUM),
                PostgresTypes.parse("mood", new PostgresTypes.Catalog("e", "public", "mood"), null, "public"));
        assertEquals(new ColumnType.UserDefinedType(new QualifiedName("ext", "cube"), ColumnType.UserDefinedType.Kind.BASE),
                PostgresTypes.parse("ext.cube", new PostgresTypes.Catalog("b", "ext", "cube"), null, "public"));
    }

    @Test
    void defaultsLoseCastsOnLiteralsOnly() {
        ColumnType text = new ColumnType.StringType(Size.VARYING, 10);
        ColumnType integer = ColumnType.IntegerType.of(4);
        assertEquals(new DefaultValue("'x'", DefaultValue.Kind.LITERAL), PostgresDefaults.normalise("'x'::character varying", text));
        assertEquals(new DefaultValue("'{}'", DefaultValue.Kind.LITERAL), PostgresDefaults.normalise("'{}'::text[]", text));
        assertEquals(new DefaultValue("'-1'", DefaultValue.Kind.LITERAL), PostgresDefaults.normalise("'-1'::text", text));
        // a chain of casts can change the value ('1.7'::numeric::integer is 2), so it stays as written
        assertEquals(new DefaultValue("'1.7'::numeric::integer", DefaultValue.Kind.EXPRESSION),
                PostgresDefaults.normalise("'1.7'::numeric::integer", integer));
        assertEquals(new DefaultValue("(now() AT TIME ZONE 'utc'::text)", DefaultValue.Kind.EXPRESSION),
                PostgresDefaults.normalise("(now() AT TIME ZONE 'utc'::text)", text));
        assertEquals(new DefaultValue("(CURRENT_TIMESTAMP)::date", DefaultValue.Kind.EXPRESSION),
                PostgresDefaults.normalise("(CURRENT_TIMESTAMP)::date", text));
    }

    @Test
    void numericDefaultsKeepTheCastPostgresqlPrintsButCompareByValue() {
        ColumnType smallint = ColumnType.IntegerType.of(2);
        ColumnType integer = ColumnType.IntegerType.of(4);
        // written without the cast, the re-created column would dump DEFAULT 1, not DEFAULT '1'::smallint
        assertEquals(new DefaultValue("'1'::smallint", DefaultValue.Kind.LITERAL), PostgresDefaults.normalise("'1'::smallint", smallint));
        assertEquals(new DefaultValue("'-1'::integer", DefaultValue.Kind.LITERAL), PostgresDefaults.normalise("'-1'::integer", integer));
        assertEquals(new DefaultValue("(0)::numeric", DefaultValue.Kind.LITERAL), PostgresDefaults.normalise("(0)::numeric", integer));
        assertEquals(new DefaultValue("1", DefaultValue.Kind.LITERAL), PostgresDefaults.normalise("1", smallint));
        ComparisonRules rules = new PostgresComparisonRules();
        assertEquals(rules.canonicalDefault(new DefaultValue("1", DefaultValue.Kind.LITERAL), smallint),
                rules.canonicalDefault(PostgresDefaults.normalise("'1'::smallint", smallint), smallint));
        assertEquals(rules.canonicalDefault(new DefaultValue("-1", DefaultValue.Kind.LITERAL), integer),
                rules.canonicalDefault(PostgresDefaults.normalise("'-1'::integer", integer), integer));
        assertEquals(rules.canonicalDefault(new DefaultValue("0", DefaultValue.Kind.LITERAL), integer),
                rules.canonicalDefault(PostgresDefaults.normalise("(0)::numeric", integer), integer));
        assertNotEquals(rules.canonicalDefault(new DefaultValue("2", DefaultValue.Kind.LITERAL), smallint),
                rules.canonicalDefault(PostgresDefaults.normalise("'1'::smallint", smallint), smallint));
    }

    @Test
    void int2VectorsAndArraysReadAsText() {
        assertArrayEquals(new int[] {1, 3}, PostgresConstraints.numbers("1 3"));
        assertArrayEquals(new int[] {2, 1}, PostgresConstraints.numbers("{2,1}"));
        assertArrayEquals(new int[0], PostgresConstraints.numbers("{}"));
    }
}
