package dev.retort.hibernate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.AutogenerateOptions;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A persistence unit of META-INF/persistence.xml as the model: its classes and its properties (naming). */
class PersistenceUnitIT {

    @Test
    void theUnitsClassesAndPropertiesMakeTheModel(@TempDir Path directory) throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            Retort retort = Retort.builder().url(database.url())
                    .locations(Files.createDirectories(directory.resolve("migrations")).toString())
                    .model(HibernateModel.persistenceUnit("documents")).build();
            Retort.Generated generated = retort.autogenerate("unit", AutogenerateOptions.defaults());
            assertNotNull(generated.script());
            String sql = generated.changes().upgradeSql();
            assertTrue(sql.contains("CREATE TABLE document") && sql.contains("CREATE TABLE setting"), sql);
            assertEquals(2, sql.split("CREATE TABLE").length - 1, "only the unit's entities: " + sql);
        }
    }

    @Test
    void anUndeclaredUnitIsNamedWithTheDeclaredOnes(@TempDir Path directory) throws Exception {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE)) {
            Retort retort = Retort.builder().url(database.url())
                    .locations(Files.createDirectories(directory.resolve("migrations")).toString())
                    .model(HibernateModel.persistenceUnit("nope")).build();
            RetortException error = assertThrows(RetortException.class, retort::model);
            assertEquals(RetortException.Kind.CONFIGURATION, error.kind());
            assertTrue(error.getMessage().contains("persistence_unit nope is not declared")
                    && error.getMessage().contains("documents"), error.getMessage());
        }
    }
}
