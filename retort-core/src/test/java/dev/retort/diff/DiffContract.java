package dev.retort.diff;

import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.MigrationOp;
import dev.retort.reflect.SharedSchemas;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The diff against real databases, run by one {@code *DiffIT} per dialect: every real schema of the
 * autogenerate acceptance ({@link SharedSchemas#all}) and a few more files, loaded twice into fresh
 * databases and reflected, compares with zero operations and nothing skipped; and a small known
 * change made in the second database (a column added, an index dropped, a foreign key's action
 * changed) yields exactly the expected operations, in order, both ways.
 */
abstract class DiffContract {

    /**
     * The known change: the file to load, edits to its text for the second database (SQLite cannot
     * alter a foreign key), and statements run after loading it.
     */
    record KnownChange(String file, UnaryOperator<String> edit, List<String> statements, String columnTable,
                       String column, String indexTable, String index, String keyTable, String keyColumn) {
    }

    abstract TestDatabase.Kind kind();

    /** Real schema files beyond the autogenerate acceptance's cases ({@link SharedSchemas#all}) that this database loads. */
    abstract List<String> files();

    /**
     * The acceptance cases of this database that cannot be loaded over JDBC twice and compared, each
     * with the reason; every other case of {@link SharedSchemas#all} for this database is compared.
     */
    Map<String, String> excluded() {
        return Map.of();
    }

    abstract KnownChange knownChange();

    /**
     * Tables created with this database's quirks, and the same tables written by hand as a model
     * built outside any database would spell them.
     */
    record HandModel(List<String> ddl, Schema model) {
    }

    abstract HandModel handModel();

    ComparisonRules rules(TestDatabase database) {
        return database.dialect().comparisonRules();
    }

    @TestFactory
    Stream<DynamicTest> everyUnchangedRealSchemaComparesWithZeroOps() {
        Stream<DynamicTest> extra = files().stream().map(file -> DynamicTest.dynamicTest(file,
                () -> zeroOps(file, List.of(SchemaFiles.root().resolve(file)), null)));
        Stream<DynamicTest> acceptance = SharedSchemas.all(SharedSchemas.root()).stream()
                .filter(schemaCase -> schemaCase.kind() == kind() && !excluded().containsKey(schemaCase.label()))
                .map(schemaCase -> DynamicTest.dynamicTest(schemaCase.label(), () -> zeroOps(schemaCase.label(),
                        schemaCase.files(), kind() == TestDatabase.Kind.H2 ? schemaCase.option() : null)));
        return Stream.concat(acceptance, extra);
    }

    /** Loads the files (in H2's MODE when a mode is given) into two databases and compares them. */
    private void zeroOps(String file, List<java.nio.file.Path> files, String h2Mode) {
        try (TestDatabase first = TestDatabase.create(kind()); TestDatabase second = TestDatabase.create(kind())) {
            for (TestDatabase database : List.of(first, second)) {
                // H2's MODE belongs to the session: it goes first on the connection that loads each file
                String mode = h2Mode == null ? "" : "SET MODE " + h2Mode + ";\n";
                files.forEach(path -> SchemaFiles.load(database, mode + SchemaFiles.read(path)));
            }
            Schema a = SchemaFiles.reflect(first);
            Schema b = SchemaFiles.reflect(second);
            assertFalse(a.tables().isEmpty(), file + " loaded no table");
            ComparisonRules rules = rules(first);
            for (DiffResult result : List.of(SchemaDiff.compare(a, b, rules, DiffOptions.defaults()),
                    SchemaDiff.compare(b, a, rules, DiffOptions.defaults()),
                    SchemaDiff.compare(a, SchemaFiles.reflect(first), rules, DiffOptions.defaults()))) {
                assertEquals(List.of(), SchemaDiffTest.describe(result.ops()), file);
                assertEquals(List.of(), result.skipped(), file);
            }
        }
    }

    @Test
    void aKnownChangeYieldsExactlyTheExpectedOpsBothWays() {
        KnownChange change = knownChange();
        String script = SchemaFiles.read(change.file());
        try (TestDatabase first = TestDatabase.create(kind()); TestDatabase second = TestDatabase.create(kind())) {
            SchemaFiles.load(first, script);
            SchemaFiles.load(second, change.edit().apply(script));
            second.execute(change.statements().toArray(String[]::new));
            Schema database = SchemaFiles.reflect(first);
            Schema model = SchemaFiles.reflect(second);
            ForeignKey before = key(table(database, change.keyTable()), change.keyColumn());
            ForeignKey after = key(table(model, change.keyTable()), change.keyColumn());
            assertEquals(ForeignKey.ReferentialAction.CASCADE, after.onDelete());
            assertNotEquals(ForeignKey.ReferentialAction.CASCADE, before.onDelete());
            Index dropped = index(table(database, change.indexTable()), change.index());
            Column added = column(table(model, change.columnTable()), change.column());
            Table keyTable = table(model, change.keyTable());
            List<MigrationOp> expected = List.of(new DropForeignKey(keyTable.name(), before),
                    new DropIndex(table(model, change.indexTable()).name(), dropped),
                    new AddColumn(table(model, change.columnTable()).name(), added), new AddForeignKey(keyTable.name(), after));
            DiffResult up = SchemaDiff.compare(database, model, rules(first), DiffOptions.defaults());
            assertEquals(expected, up.ops());
            assertEquals(List.of(), up.skipped());
            DiffResult down = SchemaDiff.compare(model, database, rules(first), DiffOptions.defaults());
            assertEquals(OpApplier.downgrade(expected), down.ops());
        }
    }

    @Test
    void aHandWrittenModelOfTheSameTablesComparesWithZeroOps() {
        HandModel hand = handModel();
        try (TestDatabase database = TestDatabase.create(kind())) {
            database.execute(hand.ddl().toArray(String[]::new));
            Schema reflected = SchemaFiles.reflect(database);
            DiffResult result = SchemaDiff.compare(reflected, hand.model(), rules(database), DiffOptions.defaults());
            assertEquals(List.of(), result.ops().stream().map(Object::toString).toList());
            assertEquals(List.of(), result.skipped());
            assertEquals(List.of(), SchemaDiff.compare(hand.model(), reflected, rules(database), DiffOptions.defaults()).ops());
            assertFalse(SchemaDiff.compare(reflected, hand.model(), ComparisonRules.standard(), DiffOptions.defaults()).isEmpty(),
                    "the model should need the dialect's rules, or this test proves nothing about them");
        }
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(table -> table.name().name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static ForeignKey key(Table table, String column) {
        return table.foreignKeys().stream().filter(key -> key.columns().size() == 1 && key.columns().get(0).equalsIgnoreCase(column))
                .findFirst().orElseThrow(() -> new AssertionError("no foreign key on " + table.name() + "." + column));
    }

    private static Index index(Table table, String name) {
        return table.indexes().stream().filter(index -> index.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name + " on " + table.name()));
    }

    private static Column column(Table table, String name) {
        return table.columns().stream().filter(column -> column.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + name + " in " + table.name()));
    }
}
