package dev.retort.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.DefaultValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteParsingTest {

    @Test
    void createTableTextGivesNamesChecksAndGeneration() {
        SqliteTableSql sql = SqliteTableSql.parse("""
                CREATE TABLE "t" (
                  id INTEGER CONSTRAINT "pk t" PRIMARY KEY AUTOINCREMENT,
                  [a b] TEXT DEFAULT (lower('X, (y)')) CHECK ("a b" <> 'check (z)'),
                  total INT GENERATED ALWAYS AS (id * 2) VIRTUAL,
                  ref INT CONSTRAINT fk_ref REFERENCES other (id) ON DELETE CASCADE,
                  CONSTRAINT uq_ab UNIQUE ([a b], total),
                  CONSTRAINT ck_total CHECK (total >= 0),
                  FOREIGN KEY (total, ref) REFERENCES "Other Table" (x, y)
                )""");
        assertEquals("pk t", sql.primaryKeyName);
        assertEquals("id", sql.autoincrementColumn);
        assertEquals(List.of(new CheckConstraint(null, "\"a b\" <> 'check (z)'"), new CheckConstraint("ck_total", "total >= 0")),
                sql.checks);
        assertEquals("id * 2", sql.generated.get("total").expression());
        assertFalse(sql.generated.get("total").stored());
        assertEquals(List.of(new SqliteTableSql.Named("uq_ab", List.of("a b", "total"), null)), sql.uniques);
        assertEquals(List.of(new SqliteTableSql.Named("fk_ref", List.of("ref"), "other"),
                new SqliteTableSql.Named(null, List.of("total", "ref"), "Other Table")), sql.foreignKeys);
    }

    @Test
    void unreadableTextGivesNoExtraFacts() {
        SqliteTableSql sql = SqliteTableSql.parse("CREATE TABLE t (a TEXT DEFAULT 'open");
        assertTrue(sql.checks.isEmpty());
        assertNull(sql.primaryKeyName);
    }

    @Test
    void createIndexTextGivesExpressionsAndPredicate() {
        SqliteIndexSql sql = SqliteIndexSql.parse("CREATE INDEX ix ON t (lower(name) COLLATE NOCASE DESC, \"b\", (a + 1)) WHERE a > 0 AND b IS NOT NULL");
        assertEquals(List.of("lower(name)", "\"b\"", "(a + 1)"), sql.keys());
        assertEquals("a > 0 AND b IS NOT NULL", sql.predicate());
    }

    @Test
    void declaredTypesMapByName() {
        assertEquals(new ColumnType.StringType(Size.VARYING, 160), SqliteTypes.parse("NVARCHAR(160)"));
        assertEquals(new ColumnType.DecimalType(10, 2, false), SqliteTypes.parse("numeric(10, 2)"));
        assertEquals(ColumnType.IntegerType.of(4), SqliteTypes.parse("integer"));
        assertEquals(ColumnType.IntegerType.of(8), SqliteTypes.parse("UNSIGNED BIG INT"));
        assertEquals(new ColumnType.JsonType(true), SqliteTypes.parse("jsonb"));
        assertEquals(ColumnType.NativeType.of(""), SqliteTypes.parse(null));
        ColumnType unknown = SqliteTypes.parse("BLOB SUB_TYPE TEXT");
        assertFalse(unknown.recognised());
        assertTrue(((ColumnType.UnrecognisedType) unknown).reason().contains("TEXT affinity"));
    }

    @Test
    void defaultsLoseOuterParenthesesAndKeepAnExplicitNull() {
        // DEFAULT NULL is part of the stored CREATE text, which .schema prints
        assertEquals(new DefaultValue("NULL", DefaultValue.Kind.LITERAL), SqliteColumns.normalise("NULL"));
        assertNull(SqliteColumns.normalise(null));
        assertEquals(new DefaultValue("datetime('now')", DefaultValue.Kind.FUNCTION), SqliteColumns.normalise("(datetime('now'))"));
        assertEquals(new DefaultValue("1", DefaultValue.Kind.LITERAL), SqliteColumns.normalise("(1)"));
        assertEquals(new DefaultValue("'x'", DefaultValue.Kind.LITERAL), SqliteColumns.normalise("'x'"));
    }

    @Test
    void jsonRowsFromSqlite() {
        List<List<Object>> rows = SqliteJson.rows("[[\"a\\\"b\",1,null,\"\\u00e9\\n\"],[\"x\",-2,\"y\",\"\"]]");
        assertEquals(Arrays.asList("a\"b", 1L, null, "é\n"), rows.get(0));
        assertEquals(Arrays.asList("x", -2L, "y", ""), rows.get(1));
        assertTrue(SqliteJson.rows("[]").isEmpty());
    }
}
