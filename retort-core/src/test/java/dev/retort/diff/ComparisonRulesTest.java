package dev.retort.diff;

import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.spi.Comparison;
import dev.retort.spi.ComparisonRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The standard rules: canonical expressions, defaults and types, with no dialect quirk. */
class ComparisonRulesTest {

    private static final ComparisonRules STANDARD = ComparisonRules.standard();

    private static String canonical(String sql) {
        return STANDARD.canonicalExpression(sql);
    }

    @ParameterizedTest(name = "{0} == {1}")
    @CsvSource(delimiter = '|', value = {
            "(\"K\" > 0) AND (\"K\" < 10)            | k > 0 and k < 10",
            "((a = 1))                               | a = 1",
            "a  =  1                                 | A=1",
            "`amount` > -(100)                       | amount > -100",
            "(a > 0 AND b > 0) OR c                  | a > 0 and b > 0 or c",
            "c OR (a > 0 AND b > 0)                  | c or a > 0 and b > 0",
            "NOT (a = b)                             | not a = b",
            "(lower(x)) = 'A'                        | lower(x) = 'A'",
            "a != b                                  | a <> b",
            "CASE WHEN (a > 0) THEN (1) ELSE 2 END   | case when a > 0 then 1 else 2 end",
            "a /* note */ > 1                        | a > 1"})
    void spellingsThatMeanTheSameAreEqual(String a, String b) {
        assertEquals(canonical(a), canonical(b));
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
            "(a > 0 OR b > 0) AND c                  | a > 0 or b > 0 and c",
            "NOT (a AND b)                           | not a and b",
            "(a + b) * c                             | a + b * c",
            "x IN (1)                                | x in 1",
            "name = 'Abc'                            | name = 'abc'",
            "\"Mixed Case\" > 0                      | mixed case > 0",
            "f(a, b)                                 | f(b, a)"})
    void spellingsThatMeanSomethingElseDiffer(String a, String b) {
        assertNotEquals(canonical(a), canonical(b));
    }

    @Test
    void lineCommentsDoNotCount() {
        assertEquals(canonical("a > 1"), canonical("a -- why\n  > 1"));
    }

    @Test
    void anUntokenisableExpressionFallsBackToItsTextWithBlanksCollapsed() {
        assertEquals("a = 'open", canonical("a  =\n'open"));
    }

    @Test
    void expressionsThatDifferOrCannotBeReadAreDifferentOrSkipped() {
        assertEquals(Comparison.EQUAL, STANDARD.compareExpressions("(a>1)", "a > 1"));
        assertInstanceOf(Comparison.Different.class, STANDARD.compareExpressions("a > 1", "a > 2"));
        assertInstanceOf(Comparison.Skip.class, STANDARD.compareExpressions("?", "a > 2"));
    }

    @Test
    void defaultsAreCanonicalisedByTheColumnsType() {
        ColumnType integer = ColumnType.IntegerType.of(4);
        ColumnType bool = new ColumnType.BooleanType();
        assertEquals("-1.5", STANDARD.canonicalDefault(new DefaultValue("'-1.50'", DefaultValue.Kind.LITERAL), integer));
        assertEquals("0", STANDARD.canonicalDefault(new DefaultValue("0.000", DefaultValue.Kind.LITERAL), integer));
        assertEquals("true", STANDARD.canonicalDefault(new DefaultValue("'yes'", DefaultValue.Kind.LITERAL), bool));
        assertEquals("false", STANDARD.canonicalDefault(new DefaultValue("b'0'", DefaultValue.Kind.LITERAL), bool));
        assertEquals("'0'", STANDARD.canonicalDefault(new DefaultValue("'0'", DefaultValue.Kind.LITERAL),
                new ColumnType.StringType(ColumnType.Size.VARYING, 1)));
        assertNull(STANDARD.canonicalDefault(new DefaultValue("null", DefaultValue.Kind.LITERAL), integer));
        assertEquals("current_timestamp", STANDARD.canonicalDefault(new DefaultValue("CURRENT_TIMESTAMP", DefaultValue.Kind.FUNCTION),
                new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP, null)));
    }

    @Test
    void typesCompareEqualDifferentOrSkipped() {
        assertEquals(Comparison.EQUAL, STANDARD.compareTypes(ColumnType.IntegerType.of(4), ColumnType.IntegerType.of(4)));
        assertInstanceOf(Comparison.Different.class, STANDARD.compareTypes(ColumnType.IntegerType.of(4), ColumnType.IntegerType.of(8)));
        assertEquals(Comparison.EQUAL, STANDARD.compareTypes(new ColumnType.NativeType("INET", java.util.List.of()),
                ColumnType.NativeType.of("inet")));
        assertEquals(Comparison.EQUAL, STANDARD.compareTypes(new ColumnType.ArrayType(ColumnType.NativeType.of("inet"), 1),
                new ColumnType.ArrayType(ColumnType.NativeType.of("INET"), 1)));
        assertInstanceOf(Comparison.Skip.class, STANDARD.compareTypes(new ColumnType.UnrecognisedType("geo", "test"),
                ColumnType.IntegerType.of(4)));
    }

    @Test
    void combinedComparisonsPreferDifferentThenSkip() {
        Comparison skip = Comparison.skip("s");
        Comparison different = Comparison.different("d");
        assertEquals(different, Comparison.all(Comparison.EQUAL, skip, different));
        assertEquals(skip, Comparison.all(Comparison.EQUAL, skip));
        assertEquals(Comparison.EQUAL, Comparison.all(Comparison.EQUAL, Comparison.EQUAL));
    }
}
