package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A view, a routine and a trigger changed in a SQL model, on a real database: the diff replaces
 * them, the upgrade makes the database read back as the model, the downgrade restores the old
 * definitions, and an unchanged model gives no op.
 */
abstract class ObjectChangeContract {

    abstract TestDatabase.Kind kind();

    /** The first model: tables, a view, a routine and a trigger. */
    abstract String before();

    /** The same with the view, the routine and the trigger changed. */
    abstract String after();

    /** The objects the change replaces, as "kind name" (dependants included). */
    abstract List<String> replaced();

    /** How many objects the first model has. */
    abstract int objects();

    /**
     * The catalog query that prints an object of this kind as the database has it, independently of the
     * reader: one parameter, the object's name; one row, one column.
     */
    abstract String printQuery(SchemaObject.Kind kind);

    /** The database's own print of the object's definition, by {@link #printQuery}. */
    String printed(FreshDatabase database, SchemaObject object) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(printQuery(object.kind()))) {
            statement.setString(1, object.name().name());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    @Test
    void changedDefinitionsAreReplacedAndRestored() throws Exception {
        clear("replace");
        try (FreshDatabase database = FreshDatabase.create(kind(), null)) {
            Retort first = project(database, before(), "replace");
            first.autogenerate("objects", AutogenerateOptions.defaults());
            first.upgrade("head");
            Map<String, String> old = catalog(first.inspect(List.of(), List.of()));
            assertTrue(first.diff(AutogenerateOptions.defaults()).isEmpty(), "an unchanged model gives no op");

            Retort second = project(database, after(), "replace");
            Changes changes = second.diff(AutogenerateOptions.defaults());
            List<String> upgrade = changes.upgrade().stream().map(Changes.Step::description).toList();
            for (String object : replaced()) {
                assertTrue(upgrade.contains("drop " + object) && upgrade.contains("create " + object),
                        object + " replaced in " + upgrade);
            }
            assertEquals(2 * replaced().size(), upgrade.size(), upgrade.toString());
            second.autogenerate("changed", AutogenerateOptions.defaults());
            second.upgrade("head");
            assertEquals(catalog(second.model()), catalog(second.inspect(List.of(), List.of())), "reads back as the model");
            assertTrue(second.diff(AutogenerateOptions.defaults()).isEmpty(), "nothing left to change");

            second.downgrade("-1");
            assertEquals(old, catalog(second.inspect(List.of(), List.of())), "the downgrade restores the old definitions");
            assertTrue(project(database, before(), "replace").diff(AutogenerateOptions.defaults()).isEmpty());
        }
    }

    @Test
    void theReaderPrintsWhatTheCatalogPrints() throws Exception {
        clear("printed");
        try (FreshDatabase database = FreshDatabase.create(kind(), null)) {
            Retort retort = project(database, before(), "printed");
            retort.autogenerate("objects", AutogenerateOptions.defaults());
            retort.upgrade("head");
            List<SchemaObject> objects = retort.inspect(List.of(), List.of()).objects();
            assertEquals(objects(), objects.size(), objects.toString());
            for (SchemaObject object : objects) {
                CatalogDefinition catalog = object.catalog();
                assertNotNull(catalog, object::toString);
                String printed = printed(database, object).replaceAll("\\s+", " ").strip();
                assertTrue(catalog.statement().replaceAll("\\s+", " ").contains(printed),
                        object.name() + ": " + catalog.statement() + " does not contain " + printed);
            }
        }
    }

    /** Kind and name of each object to its comparable text. */
    private static Map<String, String> catalog(Schema schema) {
        return schema.objects().stream().filter(object -> object.catalog() != null).collect(Collectors.toMap(
                object -> object.kind() + " " + object.name(), object -> object.catalog().comparable(),
                (a, b) -> a, TreeMap::new));
    }

    private void clear(String test) throws IOException {
        Path directory = Path.of("target", "object-change", getClass().getSimpleName() + "-" + test);
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** One project directory per test, so the revisions accumulate; the model file is rewritten. */
    private Retort project(FreshDatabase database, String model, String test) throws IOException {
        Path directory = Path.of("target", "object-change", getClass().getSimpleName() + "-" + test).toAbsolutePath();
        Files.createDirectories(directory);
        Path toml = directory.resolve("retort.toml");
        StringBuilder settings = new StringBuilder("url = \"" + database.url() + "\"\n");
        if (database.user() != null) {
            settings.append("user = \"").append(database.user()).append("\"\n");
        }
        if (database.password() != null && !database.password().isEmpty()) {
            settings.append("password = \"").append(database.password()).append("\"\n");
        }
        settings.append("model = [\"").append(directory.resolve("model.sql")).append("\"]\n");
        Files.writeString(toml, settings);
        Files.writeString(directory.resolve("model.sql"), model);
        return Retort.builder().projectDirectory(directory).readEnvironment(false).build();
    }
}
