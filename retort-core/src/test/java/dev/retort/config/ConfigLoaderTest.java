package dev.retort.config;

import dev.retort.RetortConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path directory;

    @Test
    void defaultsAreAnSqliteFileInTheProjectDirectory() {
        RetortConfig config = new ConfigLoader(Map.of()).load(directory, Map.of());
        assertEquals("jdbc:sqlite:" + directory.toAbsolutePath().normalize().resolve("retort.db"), config.url());
        assertEquals(List.of("migrations"), config.locations());
        assertEquals("retort_version", config.versionTable());
        assertEquals(Duration.ofSeconds(60), config.lockTimeout());
        assertTrue(config.cleanEnabled());
        assertNull(config.user());
    }

    @Test
    void flagsBeatEnvironmentBeatFileBeatDefaults() throws IOException {
        Files.writeString(directory.resolve("retort.toml"), """
                url = "jdbc:postgresql://file/db"
                user = "file-user"
                password = "file-secret"
                version_table = "file_versions"
                lock_timeout = 5
                locations = ["a", "b"]
                """);
        Map<String, String> environment = Map.of("RETORT_USER", "env-user", "RETORT_VERSION_TABLE", "env_versions",
                "RETORT_LOCK_TIMEOUT", "250ms");
        Map<String, String> flags = new HashMap<>();
        flags.put("user", "flag-user");
        flags.put("password", null);
        RetortConfig config = new ConfigLoader(environment).load(directory, flags);
        assertEquals("jdbc:postgresql://file/db", config.url());
        assertEquals("flag-user", config.user());
        assertEquals("file-secret", config.password(), "a null flag does not override");
        assertEquals("env_versions", config.versionTable());
        assertEquals(Duration.ofMillis(250), config.lockTimeout());
        assertEquals(List.of("a", "b"), config.locations());
    }

    @Test
    void thePasswordNeverAppearsInText() throws IOException {
        Files.writeString(directory.resolve("retort.toml"), "password = \"s3cret\"\nurl = \"jdbc:postgresql://h/d?password=s3cret&x=1\"\n");
        RetortConfig config = new ConfigLoader(Map.of()).load(directory, Map.of());
        assertFalse(config.toString().contains("s3cret"), config.toString());
        assertFalse(config.displayUrl().contains("s3cret"), config.displayUrl());
        RetortException e = assertThrows(RetortException.class,
                () -> new ConfigLoader(Map.of()).load(directory, Map.of("lock_timeout", "soon", "password", "s3cret")));
        assertFalse(e.getMessage().contains("s3cret"));
    }

    @Test
    void mistakesAreNamedWithTheWayOut() throws IOException {
        assertError(Map.of("lock_timeout", "soon"), "lock_timeout");
        assertError(Map.of("version_table", "bad name"), "version_table");
        assertError(Map.of("file_template", "{slug}"), "{rev}");
        assertError(Map.of("clean_enabled", "maybe"), "true or false");
        assertError(Map.of("audit_table", "retort_version"), "different");
        assertError(Map.of("colour", "blue"), "unknown setting 'colour'");
        Files.writeString(directory.resolve("retort.toml"), "urll = \"x\"\n");
        assertError(Map.of(), "unknown setting 'urll'");
    }

    @Test
    void relativeSqliteFilesResolveAgainstTheProjectButOthersStay() {
        Path root = directory.toAbsolutePath().normalize();
        assertEquals("jdbc:sqlite:" + root.resolve("data/app.db") + "?x=1",
                ConfigLoader.resolveUrl(root, "jdbc:sqlite:data/app.db?x=1"));
        assertEquals("jdbc:sqlite:/abs/app.db", ConfigLoader.resolveUrl(root, "jdbc:sqlite:/abs/app.db"));
        assertEquals("jdbc:sqlite::memory:", ConfigLoader.resolveUrl(root, "jdbc:sqlite::memory:"));
        assertEquals("jdbc:h2:mem:x", ConfigLoader.resolveUrl(root, "jdbc:h2:mem:x"));
    }

    private void assertError(Map<String, String> flags, String expected) {
        RetortException e = assertThrows(RetortException.class, () -> new ConfigLoader(Map.of()).load(directory, flags));
        assertEquals(RetortException.Kind.CONFIGURATION, e.kind());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void schemasListTheProjectsSchemasDefaultFirst() throws IOException {
        Files.writeString(directory.resolve("retort.toml"), """
                schemas = ["musicbrainz", "public", "cover_art_archive"]
                """);
        RetortConfig config = new ConfigLoader(Map.of()).load(directory, Map.of());
        assertEquals(List.of("musicbrainz", "public", "cover_art_archive"), config.schemas());
        assertEquals("musicbrainz", config.schema());
        assertEquals(config.schemas(), config.managedSchemas());

        RetortConfig fromEnvironment = new ConfigLoader(Map.of("RETORT_SCHEMAS", "app, audit")).load(directory, Map.of());
        assertEquals(List.of("app", "audit"), fromEnvironment.schemas());
        assertEquals("app", fromEnvironment.schema());
    }

    @Test
    void oneSchemaIsManagedAloneAndNoneMeansTheConnections() {
        assertEquals(List.of("app"), new ConfigLoader(Map.of("RETORT_SCHEMA", "app")).load(directory, Map.of()).managedSchemas());
        assertEquals(List.of(), new ConfigLoader(Map.of()).load(directory, Map.of()).managedSchemas());
    }

    @Test
    void schemasMustStartWithTheDefaultSchemaAndNameEachOnce() throws IOException {
        Files.writeString(directory.resolve("retort.toml"), """
                schema = "app"
                schemas = ["audit", "app"]
                """);
        RetortException error = assertThrows(RetortException.class, () -> new ConfigLoader(Map.of()).load(directory, Map.of()));
        assertTrue(error.getMessage().contains("put the default schema first"), error.getMessage());
        RetortException twice = assertThrows(RetortException.class,
                () -> new ConfigLoader(Map.of("RETORT_SCHEMAS", "app,app")).load(directory, Map.of()));
        assertTrue(twice.getMessage().contains("name each schema once"), twice.getMessage());
    }
}
