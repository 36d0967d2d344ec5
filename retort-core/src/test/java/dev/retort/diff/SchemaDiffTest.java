package dev.retort.diff;

import dev.retort.op.CreateTable;
import dev.retort.op.DropTable;
import dev.retort.op.MigrationOp;
import dev.retort.op.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.TEXT;
import static dev.retort.diff.Fixtures.index;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.schema;
import static dev.retort.diff.Fixtures.table;
import static dev.retort.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaDiffTest {

    private static Table film() {
        return table("film").column("title", varchar(100)).column("notes", TEXT).references("language_id", "language")
                .unique(new UniqueConstraint("uq_film_title", List.of("title")))
                .index(index("idx_film_language", "language_id"))
                .check(new CheckConstraint("ck_title", "length(title) > 0")).comment("Films").build();
    }

    private static Table language() {
        return table("language").column("name", varchar(20)).build();
    }

    @Test
    void equalSchemasGiveNoOpsNoSkipsNoSuggestions() {
        DiffResult result = SchemaDiff.compare(schema(film(), language()), schema(language(), film()),
                ComparisonRules.standard(), DiffOptions.defaults());
        assertTrue(result.isEmpty(), () -> result.ops().toString());
        assertEquals(List.of(), result.skipped());
        assertEquals(List.of(), result.suggestions());
    }

    @Test
    void aNewTableIsCreatedWholeAndADroppedOneIsDroppedWhole() {
        assertEquals(List.of(new CreateTable(language())), Roundtrip.ops(Schema.empty(), schema(language())));
        List<MigrationOp> drop = Roundtrip.ops(schema(language()), Schema.empty());
        assertEquals(List.of(new DropTable(language())), drop);
        assertTrue(drop.get(0).destructive());
    }

    @Test
    void tableCommentChangesAreOneOp() {
        Table before = table("t").comment("old").build();
        assertEquals(List.of(new SetTableComment(name("t"), "old", "new")),
                Roundtrip.ops(schema(before), schema(table("t").comment("new").build())));
        assertEquals(List.of(new SetTableComment(name("t"), "old", null)),
                Roundtrip.ops(schema(before), schema(table("t").build())));
        assertTrue(SchemaDiff.compare(schema(table("t").comment("").build()), schema(table("t").build()),
                ComparisonRules.standard(), DiffOptions.defaults()).isEmpty(), "an empty comment is no comment");
    }

    @Test
    void includeAndExcludePatternsAndOwnTablesLimitTheComparison() {
        Schema database = schema(table("app_user").build(), table("retort_version").build(), table("tmp_a").build());
        DiffResult defaults = SchemaDiff.compare(database, Schema.empty(), ComparisonRules.standard(), DiffOptions.defaults());
        // unrelated tables are dropped in the reverse of the order they would be created in
        assertEquals(List.of("drop table tmp_a", "drop table app_user"), describe(defaults.ops()));
        DiffResult excluded = SchemaDiff.compare(database, Schema.empty(), ComparisonRules.standard(),
                DiffOptions.defaults().withTables(List.of(), List.of("TMP_*")));
        assertEquals(List.of("drop table app_user"), describe(excluded.ops()));
        DiffResult included = SchemaDiff.compare(database, Schema.empty(), ComparisonRules.standard(),
                DiffOptions.defaults().withTables(List.of("tmp_?"), List.of()));
        assertEquals(List.of("drop table tmp_a"), describe(included.ops()));
        DiffResult ownChanged = SchemaDiff.compare(database, Schema.empty(), ComparisonRules.standard(),
                DiffOptions.defaults().withOwnTables(Set.of("APP_USER")));
        assertEquals(List.of("drop table tmp_a", "drop table retort_version"), describe(ownChanged.ops()));
    }

    @Test
    void viewsAndRoutinesOnOneSideAreReportedAsSkippedNotChanged() {
        SchemaObject view = SchemaObject.of(SchemaObject.Kind.VIEW, name("v_film"));
        SchemaObject trigger = new SchemaObject(SchemaObject.Kind.TRIGGER, name("trg_film"), name("film"));
        Schema database = new Schema(List.of(film(), language()), List.of(trigger));
        Schema model = new Schema(List.of(film(), language()), List.of(view));
        DiffResult result = SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults());
        assertTrue(result.isEmpty());
        assertEquals(List.of("film: trigger trg_film", "view v_film"),
                result.skipped().stream().map(skip -> (skip.table() == null ? "" : skip.table() + ": ") + skip.object()).toList());
        assertTrue(result.skipped().get(1).reason().contains("create it by hand"), result.skipped().get(1).reason());
    }

    @Test
    void aTriggerOfADroppedTableIsNotReported() {
        SchemaObject trigger = new SchemaObject(SchemaObject.Kind.TRIGGER, name("trg_t"), name("t"));
        DiffResult result = SchemaDiff.compare(new Schema(List.of(table("t").build()), List.of(trigger)), Schema.empty(),
                ComparisonRules.standard(), DiffOptions.defaults());
        assertEquals(List.of(), result.skipped());
        assertEquals(List.of("drop table t"), describe(result.ops()));
    }

    @Test
    void aChangedTableOnlyYieldsTheChangedParts() {
        Table changed = table("film").column("title", varchar(100)).column("notes", TEXT).column("rating", INT)
                .references("language_id", "language").unique(new UniqueConstraint("uq_film_title", List.of("title")))
                .index(index("idx_film_language", "language_id"))
                .check(new CheckConstraint("ck_title", "length(title) > 0")).comment("Films").build();
        assertEquals(List.of("add column film.rating"), describe(Roundtrip.ops(schema(film(), language()), schema(changed, language()))));
    }

    static List<String> describe(List<MigrationOp> ops) {
        return ops.stream().map(MigrationOp::describe).toList();
    }
}
