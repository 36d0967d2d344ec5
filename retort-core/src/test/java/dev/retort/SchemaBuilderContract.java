package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.model.Keys;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every feature {@code SchemaBuilder} can say, on a real database: from an empty database, the model
 * autogenerates a revision with nothing skipped, the upgrade runs, {@code diff} then finds nothing, and
 * {@code downgrade base} leaves no table. The features every database has are here; a subclass adds its
 * dialect's own ({@link #dialectFeatures()}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SchemaBuilderContract {

    /** A feature's name and the model that says it. */
    record Feature(String name, Schema model) {
    }

    private TestDatabase database;

    abstract TestDatabase.Kind kind();

    /** The dialect's own features. */
    abstract List<Feature> dialectFeatures();

    @BeforeAll
    void createDatabase() {
        database = TestDatabase.create(kind());
    }

    @AfterAll
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** A name quoted as the dialect quotes it, for the statements of views and other objects. */
    String q(String name) {
        return kind() == TestDatabase.Kind.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    List<Feature> commonFeatures() {
        List<Feature> features = new ArrayList<>();
        features.add(new Feature("portable column types", SchemaBuilder.schema()
                .table("typed", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("small", Types.smallint())
                        .column("big", Types.bigint())
                        .column("price", Types.numeric(10, 2))
                        .column("ratio", Types.doublePrecision())
                        .column("flag", Types.bool())
                        .column("code", Types.character(3))
                        .column("label", Types.varchar(40))
                        .column("body", Types.text())
                        .column("day", Types.date())
                        .column("stamp", Types.timestamp())
                        .primaryKey("id"))
                .build()));
        features.add(new Feature("defaults, identity and checks", SchemaBuilder.schema()
                .table("orders", t -> t
                        .column("id", Types.integer()).notNull().identity()
                        .column("status", Types.varchar(10)).notNull().defaultValue("'new'")
                        .column("qty", Types.integer()).notNull().defaultValue("1")
                        .column("placed", Types.timestamp()).defaultValue("CURRENT_TIMESTAMP")
                        .primaryKey("id")
                        .check("ck_orders_qty", q("qty") + " > 0"))
                .build()));
        features.add(new Feature("unique constraints and descending indexes", SchemaBuilder.schema()
                .table("event", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("code", Types.varchar(20)).notNull()
                        .column("kind", Types.varchar(20))
                        .column("happened", Types.timestamp()).notNull()
                        .primaryKey("id")
                        .unique("uq_event_code", "code")
                        .index("ix_event_recent", Keys.asc("kind"), Keys.desc("happened")))
                .build()));
        features.add(new Feature("foreign keys with actions", SchemaBuilder.schema()
                .table("parent", t -> t.column("id", Types.integer()).notNull().primaryKey("id"))
                .table("child", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("parent_id", Types.integer())
                        .column("other_id", Types.integer())
                        .primaryKey("id")
                        .index("ix_child_parent", "parent_id")
                        .index("ix_child_other", "other_id")
                        .foreignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id"),
                                ForeignKey.ReferentialAction.CASCADE, ForeignKey.ReferentialAction.SET_NULL)
                        .foreignKey("fk_child_other", List.of("other_id"), "parent", List.of("id"),
                                ForeignKey.ReferentialAction.SET_NULL))
                .build()));
        features.add(new Feature("views", SchemaBuilder.schema()
                .table("item", t -> t.column("id", Types.integer()).notNull().column("name", Types.varchar(20)).primaryKey("id"))
                .view("item_name", "CREATE VIEW " + q("item_name") + " AS SELECT " + q("id") + ", " + q("name")
                        + " FROM " + q("item"))
                .build()));
        return features;
    }

    @TestFactory
    Stream<DynamicTest> everyFeatureRoundTrips() {
        List<Feature> features = new ArrayList<>(commonFeatures());
        features.addAll(dialectFeatures());
        return features.stream().map(feature -> DynamicTest.dynamicTest(feature.name(), () -> roundTrip(feature)));
    }

    private void roundTrip(Feature feature) throws IOException {
        Path project = Files.createTempDirectory("retort-builder");
        try {
            Retort retort = retort(project);
            retort.clean(true);
            ModelRenameContract.HeldModel.current = feature.model();
            Retort.Generated generated = retort.autogenerate(feature.name(), AutogenerateOptions.defaults());
            assertNotNull(generated.script(), "the model makes a revision");
            assertEquals(List.of(), generated.changes().skipped(), generated.changes().upgradeSql());
            retort.upgrade("head");
            Changes drift = retort.diff(AutogenerateOptions.defaults());
            assertTrue(drift.isEmpty(), feature.name() + ": after the upgrade the diff still finds:\n" + drift.upgradeSql()
                    + drift.skipped() + "\ngenerated:\n" + generated.changes().upgradeSql());
            retort.downgrade("base");
            assertEquals(List.of(), retort.inspect(List.of(), List.of()).tables(), "downgrade base leaves no table");
        } finally {
            try (Stream<Path> files = Files.walk(project)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    private Retort retort(Path project) {
        RetortBuilder builder = Retort.builder().projectDirectory(project).readEnvironment(false).url(database.url())
                .classLoader(SchemaBuilderContract.class.getClassLoader())
                .set("model_class", ModelRenameContract.HeldModel.class.getName());
        if (database.user() != null) {
            builder.user(database.user());
        }
        if (database.password() != null) {
            builder.password(database.password());
        }
        return builder.build();
    }
}
