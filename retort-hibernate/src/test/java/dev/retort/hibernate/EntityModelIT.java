package dev.retort.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.AutogenerateOptions;
import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.model.ModelContext;
import dev.retort.model.ModelSource;
import dev.retort.schema.Schema;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each mapping feature (one small package of test entities) on each database: autogenerate from the entities
 * into an empty database, upgrade, then Hibernate's own {@code hbm2ddl.auto=validate} passes, {@code diff}
 * reports nothing, a second autogenerate writes nothing, and the migrated schema equals the one Hibernate
 * creates itself ({@code hbm2ddl.auto=create}), as Retort reads both.
 */
class EntityModelIT {

    static final List<String> FEATURES = List.of("single", "joined", "perclass", "embedded", "relations", "enums",
            "lob", "generated", "tables", "convert", "check", "validation", "secondary");

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (TestDatabase.Kind kind : TestDatabase.Kind.values()) {
            for (String feature : FEATURES) {
                cases.add(Arguments.of(feature, kind));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void entitiesBecomeTheSchemaHibernateExpects(String feature, TestDatabase.Kind kind, @TempDir Path directory)
            throws Exception {
        String pkg = "dev.retort.hibernate.model." + feature;
        List<String> classes = HibernateRuntime.classes(pkg);
        Path migrations = Files.createDirectories(directory.resolve("migrations"));
        HibernateModel model = HibernateModel.packages(pkg).withCache(directory.resolve("cache"));
        try (TestDatabase migrated = TestDatabase.create(kind); TestDatabase created = TestDatabase.create(kind)) {
            Retort retort = retort(migrated, migrations, model);
            Retort.Generated generated = retort.autogenerate("entities", AutogenerateOptions.defaults());
            assertNotNull(generated.script(), "autogenerate wrote no revision for " + feature);
            retort.upgrade("head");

            Changes changes = retort.diff(AutogenerateOptions.defaults());
            assertTrue(changes.isEmpty(), () -> "diff after upgrade:\n" + changes.upgradeSql());
            assertNull(retort.autogenerate("again", AutogenerateOptions.defaults()).script());
            HibernateRuntime.boot(created, classes, "create");
            validateAsHibernateDoes(migrated, created, classes);

            Schema byHibernate = retort(created, migrations, model).inspect(List.of(), List.of());
            Schema byRetort = retort.inspect(List.of(), List.of());
            Changes drift = retort(migrated, migrations, new Fixed(byHibernate)).diff(AutogenerateOptions.defaults());
            assertTrue(drift.isEmpty(), () -> "the migrated schema differs from the one Hibernate creates:\n"
                    + drift.upgradeSql());
            if (kind != TestDatabase.Kind.H2) {
                // H2 numbers unnamed constraints (CONSTRAINT_1A) in the order they are made, so its names differ
                assertEquals(byHibernate, byRetort, "the migrated schema differs from the one Hibernate creates");
            }
        }
    }

    /**
     * Hibernate's validation passes on the migrated database; where it fails, it fails the same way on the
     * database Hibernate created itself (the community SQLite dialect creates IDENTITY ids as {@code integer}
     * and then expects {@code bigint} for a {@code Long}).
     */
    private static void validateAsHibernateDoes(TestDatabase migrated, TestDatabase created, List<String> classes)
            throws Exception {
        try {
            HibernateRuntime.boot(migrated, classes, "validate");
        } catch (RuntimeException ours) {
            RuntimeException theirs = null;
            try {
                HibernateRuntime.boot(created, classes, "validate");
            } catch (RuntimeException e) {
                theirs = e;
            }
            if (theirs == null || !String.valueOf(theirs.getMessage()).equals(ours.getMessage())) {
                throw ours;
            }
        }
    }

    /** A model that is a schema read from somewhere else. */
    private record Fixed(Schema schema) implements ModelSource {
        @Override
        public Schema schema(ModelContext context) {
            return schema;
        }

        @Override
        public String describe() {
            return "the schema Hibernate created";
        }
    }

    private static Retort retort(TestDatabase database, Path migrations, ModelSource model) {
        var builder = Retort.builder().url(database.url()).locations(migrations.toString()).model(model);
        if (database.user() != null) {
            builder.user(database.user());
        }
        if (database.password() != null) {
            builder.password(database.password());
        }
        return builder.build();
    }
}
