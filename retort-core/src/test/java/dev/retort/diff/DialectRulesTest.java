package dev.retort.diff;

import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each dialect's comparison rules, through the public {@code Dialect.comparisonRules()}. */
class DialectRulesTest {

    private static final ComparisonRules POSTGRES = new PostgresDialect().comparisonRules();
    private static final ComparisonRules MYSQL = new MysqlDialect().comparisonRules();
    private static final ComparisonRules SQLITE = new SqliteDialect().comparisonRules();
    private static final ComparisonRules H2 = new H2Dialect().comparisonRules();
    private static final ColumnType TIMESTAMP = new TemporalType(TemporalType.Kind.TIMESTAMP, null);
    private static final Table FILM = Fixtures.table("film").column("rating", ColumnType.IntegerType.of(4)).build();

    private static void sameType(ComparisonRules rules, ColumnType a, ColumnType b) {
        assertEquals(Comparison.EQUAL, rules.compareTypes(a, b), a + " vs " + b);
    }

    private static String function(ComparisonRules rules, String sql) {
        return rules.canonicalDefault(new DefaultValue(sql, DefaultValue.Kind.FUNCTION), TIMESTAMP);
    }

    @Test
    void postgresFoldsInternalTypeNamesAndDefaultPrecision() {
        sameType(POSTGRES, ColumnType.NativeType.of("int4"), ColumnType.IntegerType.of(4));
        sameType(POSTGRES, new ColumnType.UnrecognisedType("varchar(20)", "model"), new ColumnType.StringType(ColumnType.Size.VARYING, 20));
        sameType(POSTGRES, new ColumnType.UnrecognisedType("timestamptz(3)", "model"), new TemporalType(TemporalType.Kind.TIMESTAMP_TZ, 3));
        sameType(POSTGRES, ColumnType.NativeType.of("bool"), new ColumnType.BooleanType());
        sameType(POSTGRES, TIMESTAMP, new TemporalType(TemporalType.Kind.TIMESTAMP, 6));
        sameType(POSTGRES, new ColumnType.ArrayType(ColumnType.NativeType.of("int8"), 1), new ColumnType.ArrayType(ColumnType.IntegerType.of(8), 1));
        assertInstanceOf(Comparison.Different.class, POSTGRES.compareTypes(TIMESTAMP, new TemporalType(TemporalType.Kind.TIMESTAMP, 3)));
        assertInstanceOf(Comparison.Different.class, POSTGRES.compareTypes(ColumnType.NativeType.of("int2"), ColumnType.IntegerType.of(4)));
    }

    @Test
    void postgresUndoesItsOwnRewriting() {
        assertEquals(POSTGRES.canonicalExpression("status IN ('a', 'b')"),
                POSTGRES.canonicalExpression("((status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))"));
        assertEquals(POSTGRES.canonicalExpression("status NOT IN ('a')"),
                POSTGRES.canonicalExpression("((status)::text <> ALL ((ARRAY['a'::character varying])::text[]))"));
        assertEquals(POSTGRES.canonicalExpression("name LIKE 'a%'"), POSTGRES.canonicalExpression("((name)::text ~~ 'a%'::text)"));
        assertEquals(POSTGRES.canonicalExpression("name NOT ILIKE 'a%'"), POSTGRES.canonicalExpression("((name)::text !~~* 'a%'::text)"));
        assertEquals(POSTGRES.canonicalExpression("nextval('s')"), POSTGRES.canonicalExpression("nextval('s'::regclass)"));
        assertEquals(POSTGRES.canonicalExpression("d > '2000-01-01'"),
                POSTGRES.canonicalExpression("(d > '2000-01-01 00:00:00'::timestamp without time zone)").replace(" 00:00:00", ""));
        assertEquals(function(POSTGRES, "CURRENT_TIMESTAMP"), function(POSTGRES, "now()"));
        assertNotEquals(function(POSTGRES, "CURRENT_TIMESTAMP"), function(POSTGRES, "statement_timestamp()"));
        assertEquals("'G'", POSTGRES.canonicalDefault(new DefaultValue("'G'::mpaa_rating", DefaultValue.Kind.EXPRESSION),
                ColumnType.NativeType.of("text")));
    }

    @Test
    void postgresSkipsExpressionsItRewroteWhenTheyCannotBeMatched() {
        assertInstanceOf(Comparison.Skip.class, POSTGRES.compareExpressions("((a)::text ~ 'x'::text)", "a SIMILAR TO 'x'"));
        assertInstanceOf(Comparison.Different.class, POSTGRES.compareExpressions("(a > 1)", "(a > 2)"));
    }

    @Test
    void postgresKnowsTheNamesItMakesUp() {
        for (String name : List.of("film_pkey", "film_rating_key", "film_language_id_fkey", "film_rating_check", "film_rating_idx1")) {
            assertTrue(POSTGRES.generatedName(FILM, name), name);
        }
        assertFalse(POSTGRES.generatedName(FILM, "uq_film_rating"));
        assertFalse(POSTGRES.generatedName(FILM, "other_pkey"));
    }

    @Test
    void mysqlFoldsBooleanWidthsAndPrecisions() {
        sameType(MYSQL, new ColumnType.BooleanType(), new ColumnType.IntegerType(1, false));
        sameType(MYSQL, new ColumnType.UnrecognisedType("int(11)", "model"), ColumnType.IntegerType.of(4));
        sameType(MYSQL, new ColumnType.UnrecognisedType("int(10) unsigned", "model"), new ColumnType.IntegerType(4, true));
        sameType(MYSQL, ColumnType.NativeType.of("boolean"), new ColumnType.BooleanType());
        sameType(MYSQL, new ColumnType.DecimalType(null, null, false), new ColumnType.DecimalType(10, 0, false));
        sameType(MYSQL, new TemporalType(TemporalType.Kind.DATETIME, null), new TemporalType(TemporalType.Kind.DATETIME, 0));
        assertInstanceOf(Comparison.Different.class, MYSQL.compareTypes(new TemporalType(TemporalType.Kind.DATETIME, null),
                new TemporalType(TemporalType.Kind.DATETIME, 6)));
        assertEquals("1", MYSQL.canonicalDefault(new DefaultValue("TRUE", DefaultValue.Kind.LITERAL), new ColumnType.BooleanType()));
        assertEquals("1", MYSQL.canonicalDefault(new DefaultValue("'1'", DefaultValue.Kind.LITERAL), new ColumnType.IntegerType(1, false)));
    }

    @Test
    void mysqlHasOneCurrentTimestampAndPlainCheckText() {
        String canonical = function(MYSQL, "CURRENT_TIMESTAMP");
        for (String spelling : List.of("current_timestamp()", "now()", "LOCALTIMESTAMP", "localtimestamp()")) {
            assertEquals(canonical, function(MYSQL, spelling), spelling);
        }
        assertEquals(function(MYSQL, "current_timestamp(6)"), function(MYSQL, "NOW(6)"));
        assertNotEquals(function(MYSQL, "current_timestamp(6)"), canonical);
        assertEquals(MYSQL.canonicalExpression("amount > -100 and s IN ('a','b')"),
                MYSQL.canonicalExpression("((`amount` > -(100)) and (`s` in (_utf8mb4'a',_utf8mb4'b')))"));
    }

    @Test
    void mysqlAndH2SkipWhereOnlyOneSideIsInTheirPrintedForm() {
        assertInstanceOf(Comparison.Skip.class, MYSQL.compareExpressions("(`a` > 1)", "a > 2"));
        assertInstanceOf(Comparison.Different.class, MYSQL.compareExpressions("(`a` > 1)", "(`a` > 2)"));
        assertInstanceOf(Comparison.Skip.class, H2.compareExpressions("\"K\" > 0", "k > 1"));
        assertInstanceOf(Comparison.Different.class, H2.compareExpressions("\"K\" > 0", "\"K\" > 1"));
        assertInstanceOf(Comparison.Different.class, SQLITE.compareExpressions("\"k\" > 0", "k > 1"));
    }

    @Test
    void mysqlNamesActionsAndForeignKeyIndexes() {
        assertTrue(MYSQL.generatedName(FILM, "film_ibfk_2"));
        assertTrue(MYSQL.generatedName(FILM, "film_chk_1"));
        assertTrue(MYSQL.generatedName(FILM, "CONSTRAINT_1"));
        assertTrue(MYSQL.generatedName(FILM, "rating"), "MariaDB names a column check after its column");
        assertFalse(MYSQL.generatedName(FILM, "fk_film_language"));
        assertTrue(MYSQL.sameAction(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT));
        assertFalse(MYSQL.sameAction(ReferentialAction.CASCADE, ReferentialAction.RESTRICT));
        assertFalse(POSTGRES.sameAction(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT));
    }

    @Test
    void sqliteKnowsItsAutoindexesNullableKeysAndDateFunctions() {
        assertTrue(SQLITE.generatedName(FILM, "sqlite_autoindex_film_1"));
        Table keyed = Fixtures.table("t").column("code", Fixtures.varchar(3))
                .primaryKey(new dev.retort.schema.PrimaryKey(null, List.of("code"))).build();
        assertFalse(SQLITE.impliedNotNull(keyed, keyed.column("code").orElseThrow()));
        assertTrue(SQLITE.impliedNotNull(FILM, FILM.column("id").orElseThrow()), "the rowid alias is never NULL");
        assertTrue(POSTGRES.impliedNotNull(keyed, keyed.column("code").orElseThrow()));
        assertEquals(function(SQLITE, "CURRENT_TIMESTAMP"), function(SQLITE, "datetime('now')"));
        assertNotEquals(function(SQLITE, "CURRENT_TIMESTAMP"), function(SQLITE, "datetime('now', 'localtime')"));
    }

    @Test
    void h2StoresNowAsLocaltimestampAndNamesItsConstraints() {
        assertEquals(function(H2, "LOCALTIMESTAMP"), function(H2, "NOW()"));
        assertNotEquals(function(H2, "LOCALTIMESTAMP"), function(H2, "CURRENT_TIMESTAMP"));
        assertEquals(H2.canonicalExpression("k > 0 and k < 10"), H2.canonicalExpression("(\"K\" > 0)\n    AND (\"K\" < 10)"));
        assertTrue(H2.generatedName(FILM, "CONSTRAINT_4F"));
        assertTrue(H2.generatedName(FILM, "CONSTRAINT_55_0"));
        assertTrue(H2.generatedName(FILM, "CONSTRAINT_INDEX_5"));
        assertTrue(H2.generatedName(FILM, "FK_PETS_OWNERS_INDEX_2"));
        assertFalse(H2.generatedName(FILM, "FK_FILM_LANGUAGE"));
        sameType(H2, TIMESTAMP, new TemporalType(TemporalType.Kind.TIMESTAMP, 6));
        assertTrue(H2.sameAction(ReferentialAction.NO_ACTION, ReferentialAction.RESTRICT));
    }
}
