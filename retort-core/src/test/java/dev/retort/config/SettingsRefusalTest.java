package dev.retort.config;

import dev.retort.RetortConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings that used to crash or be misread are refused with the rule, as configuration errors (exit 2). */
class SettingsRefusalTest {

    @TempDir
    Path directory;

    private RetortException refused(String toml) throws IOException {
        Files.writeString(directory.resolve("retort.toml"), toml);
        RetortException error = assertThrows(RetortException.class, () -> new ConfigLoader(Map.of()).load(directory, Map.of()));
        assertEquals(RetortException.Kind.CONFIGURATION, error.kind(), error.getMessage());
        return error;
    }

    @Test
    void lockTimeoutsThatOverflowAreRefusedWithTheLimit() throws IOException {
        for (String value : List.of("\"9999999999999s\"", "99999999999999999999", "\"99999999999999999999\"",
                "\"999999999999999999m\"", "\"25h\"", "86401", "\"-1s\"")) {
            RetortException error = refused("lock_timeout = " + value + "\n");
            assertTrue(error.getMessage().contains("lock_timeout") || error.getMessage().contains("too large"),
                    value + ": " + error.getMessage());
        }
        assertTrue(refused("lock_timeout = \"9999999999999s\"\n").getMessage().contains("at most a day"));
        assertTrue(refused("lock_timeout = 99999999999999999999\n").getMessage().contains(":1: the integer"));
        Files.writeString(directory.resolve("retort.toml"), "lock_timeout = 86400\n");
        assertEquals(Duration.ofDays(1), new ConfigLoader(Map.of()).load(directory, Map.of()).lockTimeout());
        RetortException fromEnvironment = assertThrows(RetortException.class,
                () -> new ConfigLoader(Map.of("RETORT_LOCK_TIMEOUT", "99999999999999999999")).load(directory, Map.of()));
        assertTrue(fromEnvironment.getMessage().contains("lock_timeout"), fromEnvironment.getMessage());
    }

    @Test
    void booleansAreTrueOrFalseOnly() throws IOException {
        for (String value : List.of("1", "0", "\"yes\"", "\"on\"", "\"t\"")) {
            RetortException error = refused("clean_enabled = " + value + "\n");
            assertTrue(error.getMessage().contains("use true or false"), value + ": " + error.getMessage());
        }
        Files.writeString(directory.resolve("retort.toml"), "clean_enabled = false\n");
        assertFalse(new ConfigLoader(Map.of()).load(directory, Map.of()).cleanEnabled());
        assertFalse(new ConfigLoader(Map.of("RETORT_CLEAN_ENABLED", "FALSE")).load(directory, Map.of()).cleanEnabled());
        assertThrows(RetortException.class,
                () -> new ConfigLoader(Map.of("RETORT_CLEAN_ENABLED", "1")).load(directory, Map.of()));
    }

    @Test
    void aSettingsFileThatIsADirectoryIsAnError() throws IOException {
        Files.createDirectories(directory.resolve("retort.toml"));
        RetortException error = assertThrows(RetortException.class, () -> new ConfigLoader(Map.of()).load(directory, Map.of()));
        assertEquals(RetortException.Kind.CONFIGURATION, error.kind());
        assertTrue(error.getMessage().contains("is a directory"), error.getMessage());
    }

    @Test
    void aSettingsFileThatIsNotUtf8SaysSoWithOffsetAndLine() throws IOException {
        byte[] latin1 = "url = \"jdbc:sqlite:a.db\"\n# caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(directory.resolve("retort.toml"), latin1);
        RetortException error = assertThrows(RetortException.class, () -> new ConfigLoader(Map.of()).load(directory, Map.of()));
        assertEquals(RetortException.Kind.CONFIGURATION, error.kind());
        assertTrue(error.getMessage().contains("is not UTF-8: byte 0xE9 at offset 30 (line 2)"), error.getMessage());
        assertFalse(error.getMessage().contains("permission"), error.getMessage());
    }

    @Test
    void locationsRememberWhetherTheyWereConfigured() throws IOException {
        assertFalse(new ConfigLoader(Map.of()).load(directory, Map.of()).locationsConfigured());
        assertTrue(new ConfigLoader(Map.of()).load(directory, Map.of("locations", "migrations")).locationsConfigured());
        Files.writeString(directory.resolve("retort.toml"), "locations = [\"db\"]\n");
        assertTrue(new ConfigLoader(Map.of()).load(directory, Map.of()).locationsConfigured());
    }

    @Test
    void aNamedSettingsFileMustExistAndResolvesAgainstItsDirectory() throws IOException {
        Path file = directory.resolve("conf/app.toml");
        RetortException missing = assertThrows(RetortException.class,
                () -> new ConfigLoader(Map.of()).loadFile(file, null, Map.of()));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        Files.createDirectories(file.getParent());
        Files.writeString(file, "url = \"jdbc:sqlite:data.db\"\nversion_table = \"app_versions\"\n");
        RetortConfig config = new ConfigLoader(Map.of()).loadFile(file, null, Map.of());
        assertEquals("app_versions", config.versionTable());
        assertEquals("jdbc:sqlite:" + file.getParent().toAbsolutePath().normalize().resolve("data.db"), config.url());
    }

    @Test
    void withoutAFileNothingIsReadAndLocationsHaveNoDefault() {
        RetortConfig config = new ConfigLoader(Map.of()).loadWithoutFile(Map.of("url", "jdbc:h2:mem:x"));
        assertEquals(List.of(), config.locations());
        assertFalse(config.locationsConfigured());
        assertEquals("retort_version", config.versionTable());
    }
}
