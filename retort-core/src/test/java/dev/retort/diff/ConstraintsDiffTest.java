package dev.retort.diff;

import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.CreateIndex;
import dev.retort.op.DropCheckConstraint;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropUniqueConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.fk;
import static dev.retort.diff.Fixtures.index;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.schema;
import static dev.retort.diff.Fixtures.table;
import static dev.retort.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConstraintsDiffTest {

    private static final Table PARENT = table("parent").build();

    /** The table t (columns id, code, parent_id) as the edit makes it, beside its parent. */
    private static Schema t(UnaryOperator<Fixtures.TableSpec> edit) {
        return schema(PARENT, edit.apply(table("t").column("code", varchar(10)).column("parent_id", INT)).build());
    }

    private static DiffResult compare(Schema from, Schema to, ComparisonRules rules) {
        return SchemaDiff.compare(from, to, rules, DiffOptions.defaults());
    }

    @Test
    void primaryKeysAreAddedDroppedAndChangedByColumns() {
        PrimaryKey id = new PrimaryKey(null, List.of("id"));
        PrimaryKey both = new PrimaryKey("pk_t", List.of("id", "code"));
        Schema none = t(spec -> spec.primaryKey(null));
        assertEquals(List.of(new AddPrimaryKey(name("t"), id)), Roundtrip.ops(none, t(spec -> spec)));
        assertEquals(List.of(new DropPrimaryKey(name("t"), id)), Roundtrip.ops(t(spec -> spec), none));
        assertEquals(List.of(new DropPrimaryKey(name("t"), id), new AddPrimaryKey(name("t"), both)),
                Roundtrip.ops(t(spec -> spec), t(spec -> spec.primaryKey(both))));
        assertTrue(compare(t(spec -> spec.primaryKey(new PrimaryKey("t_pkey", List.of("id")))),
                t(spec -> spec.primaryKey(new PrimaryKey("other", List.of("id")))), ComparisonRules.standard()).isEmpty(),
                "a primary key's name does not count");
    }

    @Test
    void uniquesAreMatchedByNameThenByColumns() {
        UniqueConstraint code = new UniqueConstraint("uq_code", List.of("code"));
        UniqueConstraint pair = new UniqueConstraint("uq_code", List.of("code", "parent_id"));
        assertEquals(List.of(new AddUniqueConstraint(name("t"), code)), Roundtrip.ops(t(spec -> spec), t(spec -> spec.unique(code))));
        assertEquals(List.of(new DropUniqueConstraint(name("t"), code)), Roundtrip.ops(t(spec -> spec.unique(code)), t(spec -> spec)));
        assertEquals(List.of(new DropUniqueConstraint(name("t"), code), new AddUniqueConstraint(name("t"), pair)),
                Roundtrip.ops(t(spec -> spec.unique(code)), t(spec -> spec.unique(pair))));
        UniqueConstraint unnamed = new UniqueConstraint(null, List.of("code"));
        assertTrue(compare(t(spec -> spec.unique(unnamed)), t(spec -> spec.unique(code)), ComparisonRules.standard()).isEmpty(),
                "a side without a name matches by columns");
    }

    @Test
    void aNewNameRecreatesUnlessTheDatabaseMadeTheOldOneUp() {
        UniqueConstraint generated = new UniqueConstraint("t_code_key", List.of("code"));
        UniqueConstraint chosen = new UniqueConstraint("uq_code", List.of("code"));
        assertTrue(compare(t(spec -> spec.unique(generated)), t(spec -> spec.unique(chosen)),
                new PostgresDialect().comparisonRules()).isEmpty());
        assertEquals(List.of(new DropUniqueConstraint(name("t"), generated), new AddUniqueConstraint(name("t"), chosen)),
                compare(t(spec -> spec.unique(generated)), t(spec -> spec.unique(chosen)), ComparisonRules.standard()).ops());
    }

    @Test
    void checksCompareByCanonicalExpression() {
        CheckConstraint positive = new CheckConstraint("ck_code", "length(code) > 0");
        CheckConstraint rewritten = new CheckConstraint("ck_code", "(LENGTH(\"code\")  >  0)");
        CheckConstraint changed = new CheckConstraint("ck_code", "length(code) > 1");
        assertTrue(compare(t(spec -> spec.check(positive)), t(spec -> spec.check(rewritten)), ComparisonRules.standard()).isEmpty());
        assertEquals(List.of(new DropCheckConstraint(name("t"), positive), new AddCheckConstraint(name("t"), changed)),
                Roundtrip.ops(t(spec -> spec.check(positive)), t(spec -> spec.check(changed))));
        assertEquals(List.of(new AddCheckConstraint(name("t"), positive)), Roundtrip.ops(t(spec -> spec), t(spec -> spec.check(positive))));
        CheckConstraint unnamed = new CheckConstraint(null, "length(code)>0");
        assertTrue(compare(t(spec -> spec.check(unnamed)), t(spec -> spec.check(positive)), ComparisonRules.standard()).isEmpty(),
                "an unnamed check matches by expression");
    }

    @Test
    void aCheckPostgresqlRewroteBeyondRecognitionIsSkipped() {
        CheckConstraint stored = new CheckConstraint("ck", "((code)::text ~ '^[A-Z]'::text)");
        CheckConstraint model = new CheckConstraint("ck", "code SIMILAR TO '[A-Z]%'");
        DiffResult result = compare(t(spec -> spec.check(stored)), t(spec -> spec.check(model)), new PostgresDialect().comparisonRules());
        assertTrue(result.isEmpty(), () -> result.ops().toString());
        assertEquals("check ck", result.skipped().get(0).object());
        CheckConstraint inList = new CheckConstraint("ck", "((code)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))");
        assertTrue(compare(t(spec -> spec.check(inList)), t(spec -> spec.check(new CheckConstraint("ck", "code IN ('a', 'b')"))),
                new PostgresDialect().comparisonRules()).isEmpty());
    }

    @Test
    void indexesAreCreatedDroppedAndRecreatedWhenChanged() {
        Index plain = index("ix_code", "code");
        Index unique = new Index("ix_code", plain.keys(), true, null, null);
        Index descending = new Index("ix_code", List.of(new Index.Key("code", null, Index.SortOrder.DESC, null)), false, null, null);
        assertEquals(List.of(new CreateIndex(name("t"), plain)), Roundtrip.ops(t(spec -> spec), t(spec -> spec.index(plain))));
        assertEquals(List.of(new DropIndex(name("t"), plain)), Roundtrip.ops(t(spec -> spec.index(plain)), t(spec -> spec)));
        assertEquals(List.of(new DropIndex(name("t"), plain), new CreateIndex(name("t"), unique)),
                Roundtrip.ops(t(spec -> spec.index(plain)), t(spec -> spec.index(unique))));
        assertEquals(List.of(new DropIndex(name("t"), plain), new CreateIndex(name("t"), descending)),
                Roundtrip.ops(t(spec -> spec.index(plain)), t(spec -> spec.index(descending))));
        Index renamed = index("ix_t_code", "code");
        assertEquals(List.of(new DropIndex(name("t"), plain), new CreateIndex(name("t"), renamed)),
                Roundtrip.ops(t(spec -> spec.index(plain)), t(spec -> spec.index(renamed))));
    }

    @Test
    void expressionIndexesAndPredicatesCompareByCanonicalTextOrAreSkipped() {
        Index lower = new Index("ix_lower", List.of(new Index.Key(null, "lower((code)::text)", Index.SortOrder.ASC, null)), false,
                "(parent_id IS NOT NULL)", null);
        Index same = new Index("ix_lower", List.of(new Index.Key(null, "LOWER(code)", Index.SortOrder.ASC, null)), false,
                "parent_id is not null", null);
        Index other = new Index("ix_lower", List.of(new Index.Key(null, "upper(code)", Index.SortOrder.ASC, null)), false,
                "parent_id is not null", null);
        ComparisonRules postgres = new PostgresDialect().comparisonRules();
        assertTrue(compare(t(spec -> spec.index(lower)), t(spec -> spec.index(same)), postgres).isEmpty());
        DiffResult skipped = compare(t(spec -> spec.index(lower)), t(spec -> spec.index(other)), postgres);
        assertTrue(skipped.isEmpty());
        assertEquals("index ix_lower", skipped.skipped().get(0).object());
        assertEquals(2, compare(t(spec -> spec.index(same)), t(spec -> spec.index(other)), ComparisonRules.standard()).ops().size());
    }

    @Test
    void foreignKeysAreAddedDroppedAndRecreatedWhenAnActionChanges() {
        ForeignKey plain = fk("fk_t_parent", "parent_id", "parent");
        ForeignKey cascade = fk("fk_t_parent", "parent_id", "parent", ForeignKey.ReferentialAction.CASCADE);
        assertEquals(List.of(new AddForeignKey(name("t"), plain)), Roundtrip.ops(t(spec -> spec), t(spec -> spec.foreignKey(plain))));
        assertEquals(List.of(new DropForeignKey(name("t"), plain)), Roundtrip.ops(t(spec -> spec.foreignKey(plain)), t(spec -> spec)));
        assertEquals(List.of(new DropForeignKey(name("t"), plain), new AddForeignKey(name("t"), cascade)),
                Roundtrip.ops(t(spec -> spec.foreignKey(plain)), t(spec -> spec.foreignKey(cascade))));
    }

    @Test
    void mysqlTreatsRestrictAndNoActionAlikeAndNamesItsOwnKeys() {
        ForeignKey noAction = fk("t_ibfk_1", "parent_id", "parent");
        ForeignKey restrict = fk("fk_parent", "parent_id", "parent", ForeignKey.ReferentialAction.RESTRICT);
        ComparisonRules mysql = new MysqlDialect().comparisonRules();
        assertTrue(compare(t(spec -> spec.foreignKey(noAction)), t(spec -> spec.foreignKey(restrict)), mysql).isEmpty());
        assertEquals(2, compare(t(spec -> spec.foreignKey(noAction)), t(spec -> spec.foreignKey(restrict)),
                ComparisonRules.standard()).ops().size());
    }

    @Test
    void anIndexMysqlMadeForAForeignKeyIsNotDroppedWhileTheKeyStays() {
        ForeignKey key = fk("fk_parent", "parent_id", "parent");
        Index backing = index("fk_parent", "parent_id");
        Schema database = t(spec -> spec.foreignKey(key).index(backing));
        ComparisonRules mysql = new MysqlDialect().comparisonRules();
        assertTrue(compare(database, t(spec -> spec.foreignKey(key)), mysql).isEmpty());
        assertEquals(List.of(new DropIndex(name("t"), backing)),
                compare(database, t(spec -> spec.foreignKey(key)), ComparisonRules.standard()).ops());
        assertEquals(List.of(new DropIndex(name("t"), backing)),
                compare(database, t(spec -> spec.foreignKey(key).index(index("ix_parent_code", "parent_id", "code"))), mysql).ops()
                        .stream().filter(op -> op instanceof DropIndex).toList(), "another index serves the key, so this one may go");
        assertEquals(List.of(new DropForeignKey(name("t"), key), new DropIndex(name("t"), backing)),
                compare(database, t(spec -> spec), mysql).ops(), "the key goes first, then its index");
        assertTrue(compare(t(spec -> spec.foreignKey(key)), database, mysql).isEmpty(),
                "the index the key brings along is not created beside it");
        assertTrue(compare(database, t(spec -> spec.foreignKey(key).index(index("ix_parent", "parent_id"))), mysql).isEmpty(),
                "the index named after its key is the database's name for it");
    }

    @Test
    void aKeyOverAColumnWhoseTypeChangesIsDroppedAroundTheChange() {
        ForeignKey key = fk("fk_t_parent", "parent_id", "parent");
        Schema before = schema(PARENT, table("t").column("parent_id", INT).foreignKey(key).build());
        Table parent = new Table(name("parent"), List.of(Fixtures.notNull("id", Fixtures.BIGINT)), PARENT.primaryKey(),
                List.of(), List.of(), List.of(), List.of(), null);
        Schema after = schema(parent, table("t").column("parent_id", Fixtures.BIGINT).foreignKey(key).build());
        assertEquals(List.of("drop foreign key fk_t_parent of t", "alter column parent.id", "alter column t.parent_id",
                "add foreign key [parent_id] of t to parent"), SchemaDiffTest.describe(Roundtrip.ops(before, after)));
    }

    @Test
    void aUniquesDeferrabilityOrNullsNotDistinctRecreatesIt() {
        UniqueConstraint plain = new UniqueConstraint("uq_code", List.of("code"));
        UniqueConstraint deferred = new UniqueConstraint("uq_code", List.of("code"),
                ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, false);
        UniqueConstraint notDistinct = new UniqueConstraint("uq_code", List.of("code"), ForeignKey.Deferrability.NOT_DEFERRABLE, true);
        for (UniqueConstraint changed : List.of(deferred, notDistinct)) {
            assertEquals(List.of(new DropUniqueConstraint(name("t"), plain), new AddUniqueConstraint(name("t"), changed)),
                    Roundtrip.ops(t(spec -> spec.unique(plain)), t(spec -> spec.unique(changed))));
        }
        assertTrue(compare(t(spec -> spec.unique(deferred)), t(spec -> spec.unique(new UniqueConstraint("uq_code", List.of("code"),
                ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, false))), ComparisonRules.standard()).isEmpty());
    }

    @Test
    void anIndexKeysNullOrderOrCollationRecreatesTheIndexAndTheDirectionsOwnNullOrderIsNoChange() {
        Index plain = new Index("ix_code", List.of(new Index.Key("code", null, Index.SortOrder.DESC, null)), false, null, null);
        Index nullsLast = new Index("ix_code", List.of(plain.keys().get(0).withNulls(Index.Nulls.LAST)), false, null, null);
        Index collated = new Index("ix_code", List.of(plain.keys().get(0).withCollation(name("musicbrainz"))), false, null, null);
        for (Index changed : List.of(nullsLast, collated)) {
            assertEquals(List.of(new DropIndex(name("t"), plain), new CreateIndex(name("t"), changed)),
                    Roundtrip.ops(t(spec -> spec.index(plain)), t(spec -> spec.index(changed))));
        }
        Index nullsFirst = new Index("ix_code", List.of(plain.keys().get(0).withNulls(Index.Nulls.FIRST)), false, null, null);
        assertEquals(plain, nullsFirst, "DESC NULLS FIRST is DESC");
        Index expression = new Index("ix_lower", List.of(new Index.Key(null, "lower(code)", Index.SortOrder.ASC, null)), false, null, null);
        Index expressionFirst = new Index("ix_lower", List.of(expression.keys().get(0).withNulls(Index.Nulls.FIRST)), false, null, null);
        assertEquals(List.of(new DropIndex(name("t"), expression), new CreateIndex(name("t"), expressionFirst)),
                Roundtrip.ops(t(spec -> spec.index(expression)), t(spec -> spec.index(expressionFirst))));
    }
}
