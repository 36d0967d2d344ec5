package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several schemas are a project's only where the database has a search path across them (nothing is connected). */
class SchemasSettingTest {

    @TempDir
    Path directory;

    private Retort build(String url) {
        return Retort.builder().projectDirectory(directory).readEnvironment(false).url(url).set("schemas", "app,audit").build();
    }

    @Test
    void databasesWithoutASearchPathRefuseSeveralSchemasAndSayWhatToSet() {
        for (String url : List.of("jdbc:mariadb://127.0.0.1:1/app", "jdbc:mysql://127.0.0.1:1/app", "jdbc:sqlite:x.db")) {
            RetortException refused = assertThrows(RetortException.class, () -> build(url), url);
            assertEquals(RetortException.Kind.CONFIGURATION, refused.kind(), url);
            assertTrue(refused.getMessage().contains("schemas [app, audit]"), refused.getMessage());
            assertTrue(refused.getMessage().contains("set schema = \"app\""), refused.getMessage());
        }
    }

    @Test
    void postgresqlTakesThemAllTheDefaultFirst() {
        Retort retort = build("jdbc:postgresql://127.0.0.1:1/app");
        assertEquals(List.of("app", "audit"), retort.config().managedSchemas());
        assertEquals("app", retort.config().schema());
    }
}
