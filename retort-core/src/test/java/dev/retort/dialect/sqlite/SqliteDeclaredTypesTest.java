package dev.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The declared-type rule: SQLite's declared text is kept, compared and written letter for letter. */
class SqliteDeclaredTypesTest {

    private final ComparisonRules rules = new SqliteDialect().comparisonRules();

    @Test
    void aTextRetortWouldSpellTheSameWayKeepsItsMeaning() {
        assertEquals(ColumnType.IntegerType.of(4), SqliteTypes.declared("INTEGER"));
        assertEquals(new ColumnType.StringType(ColumnType.Size.VARYING, 160), SqliteTypes.declared("VARCHAR(160)"));
        assertEquals(new ColumnType.DecimalType(5, 2, false), SqliteTypes.declared("NUMERIC(5,2)"));
        assertEquals(new ColumnType.BooleanType(), SqliteTypes.declared("BOOLEAN"));
    }

    @Test
    void anyOtherSpellingIsKeptAsWrittenAndWrittenBackAsIs() {
        for (String declared : List.of("NVARCHAR(160)", "DECIMAL(5,2)", "INT", "BOOL", "TINYINT(1)", "integer",
                "decimal(10, 3)", "VARCHAR( 160 )", "STRING", "")) {
            ColumnType type = SqliteTypes.declared(declared);
            assertEquals(declared, type.accept(SqliteTypeNames.INSTANCE), declared);
            assertTrue(rules.compareTypes(type, SqliteTypes.declared(declared)) == Comparison.EQUAL, declared);
        }
    }

    @Test
    void aChangeOfDeclaredTextIsADifference() {
        assertDifferent("NVARCHAR(160)", "VARCHAR(160)");
        assertDifferent("DECIMAL(5,2)", "NUMERIC(5,2)");
        assertDifferent("INT", "INTEGER");
        assertDifferent("BOOL", "BOOLEAN");
        assertDifferent("TINYINT(1)", "TINYINT");
        assertDifferent("int", "INT");
        // a Java model's type is what Retort writes for it
        assertTrue(rules.compareTypes(ColumnType.IntegerType.of(4), SqliteTypes.declared("INT")).isDifferent());
        assertEquals(Comparison.EQUAL, rules.compareTypes(ColumnType.IntegerType.of(4), SqliteTypes.declared("INTEGER")));
    }

    @Test
    void onlyAnIntegerKeyIsTheRowidAliasThatNeverHoldsNull() {
        assertTrue(rules.impliedNotNull(keyed("INTEGER"), keyed("INTEGER").columns().get(0)));
        assertTrue(rules.impliedNotNull(keyed("integer"), keyed("integer").columns().get(0)));
        assertFalse(rules.impliedNotNull(keyed("INT"), keyed("INT").columns().get(0)));
        assertFalse(rules.impliedNotNull(keyed("BIGINT"), keyed("BIGINT").columns().get(0)));
    }

    @Test
    void anExplicitDefaultNullDiffersFromNoDefault() {
        Column none = Column.of("note", ColumnType.NativeType.of("TEXT"), true);
        Column explicit = new Column("note", none.type(), true, new DefaultValue("NULL", DefaultValue.Kind.LITERAL),
                null, null, null, null);
        assertTrue(rules.compareDefaults(none, explicit).isDifferent());
        assertEquals(Comparison.EQUAL, rules.compareDefaults(explicit, explicit));
    }

    @Test
    void columnCollationsComeFromTheCreateText() {
        SqliteTableSql sql = SqliteTableSql.parse("CREATE TABLE t (a TEXT COLLATE NOCASE NOT NULL, \"B\" VARCHAR(9)"
                + " CHECK (b <> 'x' COLLATE rtrim) COLLATE \"rtrim\", c TEXT DEFAULT ('y' COLLATE binary))");
        assertEquals("NOCASE", sql.collation("a"));
        assertEquals("rtrim", sql.collation("b"));
        assertNull(sql.collation("c"));
        Column column = Column.of("a", ColumnType.NativeType.of("TEXT"), true).withCollation(QualifiedName.of("NOCASE"));
        assertEquals("a TEXT COLLATE NOCASE", new SqliteDdlRenderer(new SqliteDialect().splitterOptions()).columnDefinition(column));
    }

    private void assertDifferent(String before, String after) {
        assertTrue(rules.compareTypes(SqliteTypes.declared(before), SqliteTypes.declared(after)).isDifferent(),
                before + " -> " + after);
    }

    private static Table keyed(String declared) {
        return new Table(QualifiedName.of("t"), List.of(Column.of("id", SqliteTypes.declared(declared), true)),
                new PrimaryKey(null, List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
    }
}
