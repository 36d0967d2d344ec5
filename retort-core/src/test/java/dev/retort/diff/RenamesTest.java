package dev.retort.diff;

import dev.retort.RetortException;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.BIGINT;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.TEXT;
import static dev.retort.diff.Fixtures.index;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.schema;
import static dev.retort.diff.Fixtures.table;
import static dev.retort.diff.SchemaDiffTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenamesTest {

    private static final Table PERSON = table("person").column("full_name", TEXT).build();
    private static final Table PET = table("pet").references("owner_id", "person").build();
    private static final Table APP_USER = table("app_user").column("full_name", TEXT).build();
    private static final Table PET_OF_USER = table("pet").column("owner_id", INT)
            .foreignKey(Fixtures.fk("fk_pet_owner_id", "owner_id", "app_user")).build();

    private static DiffOptions hints(List<TableRename> tables, List<ColumnRename> columns) {
        return DiffOptions.defaults().withRenames(tables, columns);
    }

    @Test
    void aTableHintTurnsDropAndCreateIntoOneRenameThatReferencesFollow() {
        Schema from = schema(PERSON, PET);
        Schema to = schema(APP_USER, PET_OF_USER);
        assertEquals(List.of("drop foreign key fk_pet_owner_id of pet", "drop table person", "create table app_user",
                "add foreign key [owner_id] of pet to app_user"), describe(Roundtrip.ops(from, to)));
        assertEquals(List.of(new RenameTable(name("person"), name("app_user"))),
                Roundtrip.ops(from, to, hints(List.of(TableRename.parse("person=app_user")), List.of())));
    }

    @Test
    void aColumnHintRenamesAndCarriesTheNameIntoKeysIndexesChecksAndReferences() {
        Table before = table("person").column("full_name", TEXT).index(index("ix_name", "full_name"))
                .check(new CheckConstraint("ck_name", "length(full_name) > 0")).build();
        Table after = table("person").column("display_name", TEXT).index(index("ix_name", "display_name"))
                .check(new CheckConstraint("ck_name", "length(display_name) > 0")).build();
        DiffOptions options = hints(List.of(), List.of(ColumnRename.parse("person.full_name=display_name")));
        assertEquals(List.of(new RenameColumn(name("person"), "full_name", "display_name")),
                Roundtrip.ops(schema(before), schema(after), options));
    }

    @Test
    void aRenamedColumnThatAlsoChangesIsRenamedThenAltered() {
        Schema from = schema(table("t").column("n", INT).build());
        Schema to = schema(table("t").column("count", BIGINT).build());
        assertEquals(List.of("rename column t.n to count", "alter column t.count"),
                describe(Roundtrip.ops(from, to, hints(List.of(), List.of(new ColumnRename(name("t"), "n", "count"))))));
    }

    @Test
    void tableAndColumnHintsTogetherUseTheModelsTableNameOrTheOldOne() {
        Table renamed = table("app_user").column("display_name", TEXT).build();
        for (String table : List.of("app_user", "person", "APP_USER")) {
            assertEquals(List.of("rename table person to app_user", "rename column app_user.full_name to display_name"),
                    describe(Roundtrip.ops(schema(PERSON), schema(renamed), hints(List.of(TableRename.parse("person=app_user")),
                            List.of(ColumnRename.parse(table + ".full_name=display_name"))))));
        }
    }

    @Test
    void aHintThatDoesNotApplySaysWhy() {
        Schema from = schema(PERSON);
        Schema to = schema(APP_USER);
        RetortException missing = assertThrows(RetortException.class, () -> SchemaDiff.compare(from, to,
                ComparisonRules.standard(), hints(List.of(TableRename.parse("people=app_user")), List.of())));
        assertEquals(RetortException.Kind.USAGE, missing.kind());
        assertTrue(missing.getMessage().contains("table people is not in the database"), missing.getMessage());
        RetortException both = assertThrows(RetortException.class, () -> SchemaDiff.compare(schema(PERSON, APP_USER),
                to, ComparisonRules.standard(), hints(List.of(TableRename.parse("person=app_user")), List.of())));
        assertTrue(both.getMessage().contains("was not renamed"), both.getMessage());
        RetortException column = assertThrows(RetortException.class, () -> SchemaDiff.compare(from, from,
                ComparisonRules.standard(), hints(List.of(), List.of(ColumnRename.parse("person.nick=name")))));
        assertTrue(column.getMessage().contains("has no column nick"), column.getMessage());
    }

    @Test
    void hintsParseTheCommandLineForms() {
        assertEquals(new TableRename(name("a"), name("b")), TableRename.parse(" a = b "));
        assertEquals(new TableRename(new QualifiedName("s", "a"), new QualifiedName("s", "b")), TableRename.parse("s.a=s.b"));
        assertEquals(new ColumnRename(name("t"), "old", "new"), ColumnRename.parse("t.old=new"));
        assertEquals(new ColumnRename(new QualifiedName("s", "t"), "old", "new"), ColumnRename.parse("s.t.old=new"));
        for (String bad : List.of("a", "=b", "a=", "a=b=c", "a.b.c=d")) {
            assertThrows(IllegalArgumentException.class, () -> TableRename.parse(bad), bad);
        }
        for (String bad : List.of("old=new", ".old=new", "t.=new", "t.old=")) {
            assertThrows(IllegalArgumentException.class, () -> ColumnRename.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> DiffOptions.defaults().withRenames(
                List.of(TableRename.parse("a=b"), TableRename.parse("a=c")), List.of()));
    }

    @Test
    void aDroppedAndAnAddedColumnOfOneTypeAreSuggestedAsARename() {
        Schema from = schema(table("t").column("full_name", TEXT).column("age", INT).build());
        Schema to = schema(table("t").column("display_name", TEXT).column("born", BIGINT).build());
        DiffResult result = SchemaDiff.compare(from, to, ComparisonRules.standard(), DiffOptions.defaults());
        assertEquals(List.of(new ColumnRename(name("t"), "full_name", "display_name")), result.suggestions());
        ColumnRename suggestion = (ColumnRename) result.suggestions().get(0);
        assertEquals("--rename-column t.full_name=display_name", suggestion.hint());
        DiffResult taken = SchemaDiff.compare(from, to, ComparisonRules.standard(),
                hints(List.of(), List.of(ColumnRename.parse(suggestion.hint().substring("--rename-column ".length())))));
        assertEquals(List.of("rename column t.full_name to display_name", "drop column t.age", "add column t.born"),
                describe(taken.ops()));
        assertEquals(List.of(), taken.suggestions());
    }

    @Test
    void aDroppedAndAnAddedTableWithTheSameColumnsAreSuggestedAsARename() {
        DiffResult result = SchemaDiff.compare(schema(PERSON), schema(APP_USER, table("other").build()),
                ComparisonRules.standard(), DiffOptions.defaults());
        assertEquals(List.of(new TableRename(name("person"), name("app_user"))), result.suggestions());
        assertEquals("--rename-table person=app_user", result.suggestions().get(0).hint());
    }
}
