package dev.retort.diff;

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

import dev.retort.RetortException;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model's own rename hints ({@link Schema#renames()}): applied while the database has the old name, spent after. */
class ModelRenamesTest {

    private static final Table PERSON = table("person").column("full_name", TEXT).index(index("ix_name", "full_name")).build();
    private static final Table ACCOUNT = table("account").column("full_name", TEXT).index(index("ix_name", "full_name")).build();
    private static final Table ACCOUNT_RENAMED_COLUMN = table("account").column("display_name", TEXT)
            .index(index("ix_name", "display_name")).build();

    private static Schema model(RenameHints hints, Table... tables) {
        return schema(tables).withRenames(hints);
    }

    private static RenameHints tableHint(String table, String... formerNames) {
        return RenameHints.NONE.withTable(name(table), List.of(formerNames).stream().map(QualifiedName::of).toList());
    }

    @Test
    void aTableHintRenamesWhileTheDatabaseHasTheOldNameAndReversesOnDowngrade() {
        Schema model = model(tableHint("account", "person"), ACCOUNT);
        assertEquals(List.of(new RenameTable(name("person"), name("account"))), Roundtrip.ops(schema(PERSON), model));
    }

    @Test
    void aSpentHintSaysNothing() {
        Schema model = model(tableHint("account", "person"), ACCOUNT);
        DiffResult result = SchemaDiff.compare(schema(ACCOUNT), model, ComparisonRules.standard(), DiffOptions.defaults());
        assertEquals(List.of(), result.ops());
        assertEquals(List.of(), result.skipped());
        assertEquals(List.of(), result.suggestions());
    }

    @Test
    void aHintWhoseOldNameTheDatabaseNeverHadCreatesTheTable() {
        Schema model = model(tableHint("account", "person"), ACCOUNT);
        assertEquals(List.of("create table account"), describe(Roundtrip.ops(Schema.empty(), model)));
    }

    @Test
    void aChainOfRenamesStartsFromWhicheverFormerNameTheDatabaseHas() {
        Table member = table("member").column("full_name", TEXT).index(index("ix_name", "full_name")).build();
        Schema model = model(tableHint("account", "person", "member"), ACCOUNT);
        assertEquals(List.of(new RenameTable(name("person"), name("account"))), Roundtrip.ops(schema(PERSON), model));
        assertEquals(List.of(new RenameTable(name("member"), name("account"))), Roundtrip.ops(schema(member), model));
    }

    @Test
    void theOldNameIsFoundWithoutCaseAsH2FoldsIt() {
        Table upper = table("PERSON").column("full_name", TEXT).index(index("ix_name", "full_name")).build();
        Schema model = model(tableHint("account", "person"), ACCOUNT);
        assertEquals(List.of(new RenameTable(name("PERSON"), name("account"))), Roundtrip.ops(schema(upper), model));
    }

    @Test
    void hintsMayNameTheModelsTablesAndColumnsAsTheirSourceWroteThem() {
        Table upper = table("ACCOUNT").column("DISPLAY_NAME", TEXT).build();
        Table before = table("PERSON").column("FULL_NAME", TEXT).build();
        Schema model = model(tableHint("account", "person").withColumn(name("account"), "display_name", List.of("full_name")),
                upper);
        assertEquals(List.of("rename table PERSON to ACCOUNT", "rename column ACCOUNT.FULL_NAME to DISPLAY_NAME"),
                describe(Roundtrip.ops(schema(before), model)));
    }

    @Test
    void bothTheOldAndTheNewNameInTheDatabaseIsAnError() {
        Schema model = model(tableHint("account", "person"), ACCOUNT);
        RetortException error = assertThrows(RetortException.class, () -> SchemaDiff.compare(schema(PERSON, ACCOUNT), model,
                ComparisonRules.standard(), DiffOptions.defaults()));
        assertEquals(RetortException.Kind.USAGE, error.kind());
        assertTrue(error.getMessage().contains("table account") && error.getMessage().contains("both account and its former"
                + " name person"), error.getMessage());
    }

    @Test
    void twoFormerNamesInTheDatabaseIsAnError() {
        Table member = table("member").column("full_name", TEXT).build();
        Schema model = model(tableHint("account", "person", "member"), ACCOUNT);
        RetortException error = assertThrows(RetortException.class, () -> SchemaDiff.compare(schema(PERSON, member), model,
                ComparisonRules.standard(), DiffOptions.defaults()));
        assertTrue(error.getMessage().contains("several of its former names"), error.getMessage());
    }

    @Test
    void aFormerNameTheModelUsesAgainIsAnErrorWhileTheRenameIsPendingAndFineAfterwards() {
        Table newPerson = table("person").column("nickname", INT).build();
        Schema model = model(tableHint("account", "person"), ACCOUNT, newPerson);
        RetortException error = assertThrows(RetortException.class, () -> SchemaDiff.compare(schema(PERSON), model,
                ComparisonRules.standard(), DiffOptions.defaults()));
        assertTrue(error.getMessage().contains("also a name the model uses"), error.getMessage());
        assertEquals(List.of("create table person"), describe(Roundtrip.ops(schema(ACCOUNT), model)));
    }

    @Test
    void aFormerNameClaimedTwiceIsRefusedWhenTheModelIsBuilt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> tableHint("account", "person").withTable(name("customer"), List.of(name("person"))));
        assertTrue(error.getMessage().contains("claimed by both account and customer"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tableHint("account", "account"));
    }

    @Test
    void aColumnHintRenamesTheColumnAndWhatUsesItThenIsSpent() {
        Schema model = model(RenameHints.NONE.withColumn(name("account"), "display_name", List.of("full_name")),
                ACCOUNT_RENAMED_COLUMN);
        assertEquals(List.of(new RenameColumn(name("account"), "full_name", "display_name")),
                Roundtrip.ops(schema(ACCOUNT), model));
        assertEquals(List.of(), Roundtrip.ops(schema(ACCOUNT_RENAMED_COLUMN), model));
    }

    @Test
    void aTableAndOneOfItsColumnsRenamedTogether() {
        Schema model = model(tableHint("account", "person").withColumn(name("account"), "display_name", List.of("full_name")),
                ACCOUNT_RENAMED_COLUMN);
        assertEquals(List.of("rename table person to account", "rename column account.full_name to display_name"),
                describe(Roundtrip.ops(schema(PERSON), model)));
    }

    @Test
    void bothColumnsInTheDatabaseIsAnError() {
        Table both = table("account").column("full_name", TEXT).column("display_name", TEXT).build();
        Schema model = model(RenameHints.NONE.withColumn(name("account"), "display_name", List.of("full_name")),
                ACCOUNT_RENAMED_COLUMN);
        RetortException error = assertThrows(RetortException.class, () -> SchemaDiff.compare(schema(both), model,
                ComparisonRules.standard(), DiffOptions.defaults()));
        assertTrue(error.getMessage().contains("column account.display_name") && error.getMessage().contains("full_name"),
                error.getMessage());
    }

    @Test
    void aCommandLineHintForTheSameTableWins() {
        Table member = table("member").column("full_name", TEXT).index(index("ix_name", "full_name")).build();
        Schema model = model(tableHint("account", "person"), ACCOUNT);
        DiffOptions given = DiffOptions.defaults().withRenames(List.of(TableRename.parse("member=account")), List.of());
        assertEquals(List.of(new RenameTable(name("member"), name("account"))), Roundtrip.ops(schema(member), model, given));
    }

    @Test
    void theDatabaseSideNeverCarriesHints() {
        assertEquals(RenameHints.NONE, new Schema(List.of(PERSON), List.of()).renames());
        assertEquals(RenameHints.NONE, new Schema(List.of(PERSON), List.of(), null, null).renames());
        assertEquals(tableHint("account", "person"), model(tableHint("account", "person"), ACCOUNT)
                .with(List.of(ACCOUNT), List.of()).renames());
    }
}
