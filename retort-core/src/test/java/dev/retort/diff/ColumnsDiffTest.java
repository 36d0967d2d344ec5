package dev.retort.diff;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.DropColumn;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import static dev.retort.diff.Fixtures.BIGINT;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.column;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.notNull;
import static dev.retort.diff.Fixtures.schema;
import static dev.retort.diff.Fixtures.table;
import static dev.retort.diff.Fixtures.varchar;
import static dev.retort.diff.Fixtures.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColumnsDiffTest {

    private static Schema with(Column column) {
        return schema(table("t").column(column).build());
    }

    private static DiffResult compare(Column before, Column after, ComparisonRules rules) {
        return SchemaDiff.compare(with(before), with(after), rules, DiffOptions.defaults());
    }

    @Test
    void anAddedColumnIsAddedAndADroppedOneDroppedWithItsDefinition() {
        Column email = column("email", varchar(255));
        assertEquals(List.of(new AddColumn(name("t"), email)), Roundtrip.ops(schema(table("t").build()), with(email)));
        List<MigrationOp> drop = Roundtrip.ops(with(email), schema(table("t").build()));
        assertEquals(List.of(new DropColumn(name("t"), email)), drop);
        assertTrue(drop.get(0).destructive());
    }

    static List<Arguments> changes() {
        Column base = column("c", INT);
        return List.of(
                Arguments.of("type", base, column("c", BIGINT)),
                Arguments.of("nullability", base, notNull("c", INT)),
                Arguments.of("default added", base, withDefault("c", INT, "0", DefaultValue.Kind.LITERAL)),
                Arguments.of("default changed", withDefault("c", INT, "0", DefaultValue.Kind.LITERAL),
                        withDefault("c", INT, "1", DefaultValue.Kind.LITERAL)),
                Arguments.of("identity", base, new Column("c", INT, true, null, new Identity(Identity.Kind.ALWAYS), null, null, null)),
                Arguments.of("identity kind", new Column("c", INT, true, null, new Identity(Identity.Kind.ALWAYS), null, null, null),
                        new Column("c", INT, true, null, new Identity(Identity.Kind.BY_DEFAULT), null, null, null)),
                Arguments.of("generated", base, new Column("c", INT, true, null, null, new GeneratedColumn("id * 2", true), null, null)),
                Arguments.of("generated stored", new Column("c", INT, true, null, null, new GeneratedColumn("id * 2", true), null, null),
                        new Column("c", INT, true, null, null, new GeneratedColumn("id * 2", false), null, null)),
                Arguments.of("generation expression", new Column("c", INT, true, null, null, new GeneratedColumn("id * 2", true), null, null),
                        new Column("c", INT, true, null, null, new GeneratedColumn("id * 3", true), null, null)),
                Arguments.of("on update", base, new Column("c", INT, true, null, null, null, "CURRENT_TIMESTAMP", null)),
                Arguments.of("comment", base, new Column("c", INT, true, null, null, null, null, "counter")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void aChangedAttributeIsOneAlterColumnHoldingBeforeAndAfter(String what, Column before, Column after) {
        assertEquals(List.of(new AlterColumn(name("t"), before, after)), Roundtrip.ops(with(before), with(after)));
    }

    @Test
    void everythingThatChangesAtOnceIsStillOneAlterColumn() {
        Column before = withDefault("c", INT, "0", DefaultValue.Kind.LITERAL);
        Column after = new Column("c", BIGINT, false, new DefaultValue("1", DefaultValue.Kind.LITERAL), null, null, null, "n");
        assertEquals(List.of(new AlterColumn(name("t"), before, after)), Roundtrip.ops(with(before), with(after)));
    }

    @Test
    void defaultsThatOnlyLookDifferentAreEqual() {
        ColumnType decimal = new ColumnType.DecimalType(10, 2, false);
        assertTrue(compare(withDefault("c", INT, "'1'", DefaultValue.Kind.LITERAL),
                withDefault("c", INT, "(1)", DefaultValue.Kind.EXPRESSION), ComparisonRules.standard()).isEmpty());
        assertTrue(compare(withDefault("c", decimal, "1.50", DefaultValue.Kind.LITERAL),
                withDefault("c", decimal, "1.5", DefaultValue.Kind.LITERAL), ComparisonRules.standard()).isEmpty());
        assertTrue(compare(withDefault("c", new ColumnType.BooleanType(), "'t'", DefaultValue.Kind.LITERAL),
                withDefault("c", new ColumnType.BooleanType(), "TRUE", DefaultValue.Kind.LITERAL), ComparisonRules.standard()).isEmpty());
        assertTrue(compare(column("c", INT), withDefault("c", INT, "NULL", DefaultValue.Kind.LITERAL),
                ComparisonRules.standard()).isEmpty(), "DEFAULT NULL is no default");
        assertEquals(1, compare(withDefault("c", varchar(5), "'1'", DefaultValue.Kind.LITERAL),
                withDefault("c", varchar(5), "'01'", DefaultValue.Kind.LITERAL), ComparisonRules.standard()).ops().size(),
                "strings are compared as written");
    }

    @Test
    void timestampSpellingsAreEqualOnlyWhereTheDialectSaysSo() {
        ColumnType timestamp = new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP, null);
        Column now = withDefault("c", timestamp, "now()", DefaultValue.Kind.FUNCTION);
        Column current = withDefault("c", timestamp, "CURRENT_TIMESTAMP", DefaultValue.Kind.FUNCTION);
        assertTrue(compare(now, current, new PostgresDialect().comparisonRules()).isEmpty());
        assertEquals(1, compare(now, current, ComparisonRules.standard()).ops().size());
    }

    @Test
    void unrecognisedTypesAndDefaultsAreSkippedNotChanged() {
        Column odd = column("c", new ColumnType.UnrecognisedType("weird(3)", "test"));
        DiffResult type = compare(odd, column("c", INT), ComparisonRules.standard());
        assertTrue(type.isEmpty());
        assertEquals(1, type.skipped().size());
        assertTrue(type.skipped().get(0).reason().contains("weird(3)"), type.skipped().get(0).reason());
        assertTrue(compare(odd, column("c", new ColumnType.UnrecognisedType("WEIRD( 3 )", "test")),
                ComparisonRules.standard()).skipped().isEmpty(), "the same spelling is equal");
        DiffResult fallback = compare(withDefault("c", INT, "f(", DefaultValue.Kind.UNRECOGNISED),
                withDefault("c", INT, "2", DefaultValue.Kind.LITERAL), ComparisonRules.standard());
        assertTrue(fallback.isEmpty());
        assertEquals("column c", fallback.skipped().get(0).object());
    }

    @Test
    void aSkippedAttributeKeepsItsDatabaseValueWhileAnotherChanges() {
        Column before = column("c", new ColumnType.UnrecognisedType("weird", "test"));
        DiffResult result = compare(before, notNull("c", INT), ComparisonRules.standard());
        assertEquals(List.of(new AlterColumn(name("t"), before, Column.of("c", before.type(), false))), result.ops());
        assertEquals(1, result.skipped().size());
    }

    @Test
    void attributesEqualUnderTheRulesKeepTheirDatabaseValue() {
        Column before = column("c", INT);
        Column after = notNull("c", ColumnType.NativeType.of("int4"));
        DiffResult result = compare(before, after, new PostgresDialect().comparisonRules());
        assertEquals(List.of(new AlterColumn(name("t"), before, notNull("c", INT))), result.ops());
        assertTrue(((AlterColumn) result.ops().get(0)).typeChanged() == false);
    }

    @Test
    void primaryKeyColumnsAreNotNullWhereTheDatabaseMakesThemSo() {
        Schema nullableKey = schema(table("t").column(column("k", varchar(3))).primaryKey(new PrimaryKey(null, List.of("k"))).build());
        Schema notNullKey = schema(table("t").column(notNull("k", varchar(3))).primaryKey(new PrimaryKey(null, List.of("k"))).build());
        assertTrue(SchemaDiff.compare(nullableKey, notNullKey, new PostgresDialect().comparisonRules(), DiffOptions.defaults()).isEmpty());
        assertEquals(1, SchemaDiff.compare(nullableKey, notNullKey, new SqliteDialect().comparisonRules(),
                DiffOptions.defaults()).ops().size(), "SQLite allows NULL in primary-key columns");
    }

    @Test
    void columnOrderDoesNotCount() {
        Schema ab = schema(table("t").column("a", INT).column("b", INT).build());
        Schema ba = schema(table("t").column("b", INT).column("a", INT).build());
        assertTrue(SchemaDiff.compare(ab, ba, ComparisonRules.standard(), DiffOptions.defaults()).isEmpty());
    }

    /** Rules of a database that places new columns, as MySQL's and H2's do. */
    private static final ComparisonRules PLACING = new ComparisonRules() {
        @Override
        public boolean placesColumns() {
            return true;
        }
    };

    @Test
    void whereTheDatabasePlacesColumnsAnAddedOneFollowsItsModelNeighbourAndADroppedOneRemembersItsPlace() {
        Schema before = schema(table("t").column("a", INT).column("d", INT).build());
        Schema after = schema(table("t").column("a", INT).column("b", INT).column("c", INT).column("d", INT)
                .column("e", INT).build());
        List<MigrationOp> up = SchemaDiff.compare(before, after, PLACING, DiffOptions.defaults()).ops();
        assertEquals(List.of(new AddColumn(name("t"), column("b", INT), "a"), new AddColumn(name("t"), column("c", INT), "b"),
                new AddColumn(name("t"), column("e", INT), null)), up);
        // dropped last column first: the downgrade then adds b after a before c after b
        List<MigrationOp> down = SchemaDiff.compare(after, before, PLACING, DiffOptions.defaults()).ops();
        assertEquals(List.of(new DropColumn(name("t"), column("e", INT), null), new DropColumn(name("t"), column("c", INT), "b"),
                new DropColumn(name("t"), column("b", INT), "a")), down);
        assertEquals(List.of(new AddColumn(name("t"), column("b", INT), "a"), new AddColumn(name("t"), column("c", INT), "b"),
                new AddColumn(name("t"), column("e", INT), null)), OpApplier.downgrade(down));
        assertEquals(after, dev.retort.ddl.SchemaTracker.applyAll(before, up));
    }

    @Test
    void elsewhereAddedColumnsAreAppended() {
        Schema before = schema(table("t").column("a", INT).column("d", INT).build());
        Schema after = schema(table("t").column("a", INT).column("b", INT).column("d", INT).build());
        assertEquals(List.of(new AddColumn(name("t"), column("b", INT))),
                SchemaDiff.compare(before, after, ComparisonRules.standard(), DiffOptions.defaults()).ops());
    }

    @Test
    void aCollationChangeAltersTheColumnAndKeepsTheRest() {
        Column plain = withDefault("name", Fixtures.TEXT, "'x'", DefaultValue.Kind.LITERAL);
        Column collated = plain.withCollation(new QualifiedName("musicbrainz", "musicbrainz"));
        assertEquals(List.of(new AlterColumn(name("t"), plain, collated)), Roundtrip.ops(with(plain), with(collated)));
        assertEquals(List.of(new AlterColumn(name("t"), collated, plain)), Roundtrip.ops(with(collated), with(plain)));
        assertTrue(compare(collated, plain.withCollation(new QualifiedName("musicbrainz", "musicbrainz")),
                new PostgresDialect().comparisonRules()).isEmpty());
    }
}
