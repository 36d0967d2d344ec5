package dev.retort.hibernate;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.AutogenerateOptions;
import dev.retort.Retort;
import dev.retort.model.EntitySettings;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The settings path ({@link HibernateProvider}, as {@code model_entities} and friends reach it) with Spring
 * Boot's physical naming strategy and a pass-through property: the tables get the names the application's
 * Hibernate expects, which it validates, and the cached schema serves the second run.
 */
class SettingsIT {

    static final String CAMEL_CASE = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    @ParameterizedTest
    @EnumSource(value = TestDatabase.Kind.class, names = {"SQLITE", "POSTGRES"})
    void namingStrategyAndPropertiesReachHibernate(TestDatabase.Kind kind, @TempDir Path directory) throws Exception {
        String pkg = "dev.retort.hibernate.model.joined";
        Map<String, String> properties = Map.of("hibernate.id.db_structure_naming_strategy", "legacy");
        EntitySettings settings = new EntitySettings(List.of(pkg), null, CAMEL_CASE, null, properties,
                directory.resolve("cache"));
        var model = new HibernateProvider().source(settings, getClass().getClassLoader());
        try (TestDatabase database = TestDatabase.create(kind)) {
            Retort retort = Retort.builder().url(database.url()).user(database.user()).password(database.password())
                    .locations(Files.createDirectories(directory.resolve("migrations")).toString()).model(model).build();
            Retort.Generated generated = retort.autogenerate("entities", AutogenerateOptions.defaults());
            assertNotNull(generated.script());
            String sql = generated.changes().upgradeSql();
            assertTrue(sql.contains("savings_account") && sql.contains("interest_rate"), sql);
            retort.upgrade("head");
            HibernateRuntime.boot(database, HibernateRuntime.classes(pkg), "validate",
                    Map.of(HibernateModel.PHYSICAL, CAMEL_CASE));
            try (var cached = Files.list(directory.resolve("cache"))) {
                assertTrue(cached.anyMatch(file -> file.getFileName().toString().startsWith("schema-")));
            }
            assertNull(retort.autogenerate("again", AutogenerateOptions.defaults()).script());
        }
    }
}
