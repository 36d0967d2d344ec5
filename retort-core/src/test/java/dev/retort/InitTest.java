package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.config.ConfigLoader;
import dev.retort.RetortConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retort.toml that {@code init} writes explains every setting, and each of its examples is valid. */
class InitTest {

    /** A setting line, active or commented out: {@code key = value} or {@code # key = value}. */
    private static final Pattern SETTING = Pattern.compile("^(# )?([a-z_]+) = .*$");

    @TempDir
    Path directory;

    @Test
    void theTemplateNamesEveryKnownSettingOnce() throws IOException {
        Init.run(directory);
        List<String> keys = new ArrayList<>();
        for (String line : Files.readAllLines(directory.resolve(ConfigLoader.FILE_NAME))) {
            Matcher matcher = SETTING.matcher(line);
            if (matcher.matches()) {
                keys.add(matcher.group(2));
            }
        }
        assertEquals(new TreeSet<>(ConfigLoader.KEYS), new TreeSet<>(keys));
        assertEquals(keys.size(), Set.copyOf(keys).size(), "each key once: " + keys);
    }

    @Test
    void activeSettingsAreTheDefaults() {
        Init.run(directory);
        RetortConfig written = new ConfigLoader(Map.of()).load(directory, Map.of());
        RetortConfig defaults = RetortConfig.defaults(directory.toAbsolutePath().normalize());
        assertEquals("jdbc:sqlite:" + directory.toAbsolutePath().normalize().resolve("retort.db"), written.url());
        assertEquals(defaults.locations(), written.locations());
        assertEquals(defaults.versionTable(), written.versionTable());
        assertEquals(defaults.auditTable(), written.auditTable());
        assertEquals(defaults.lockTimeout(), written.lockTimeout());
        assertEquals(defaults.fileTemplate(), written.fileTemplate());
        assertEquals(defaults.cleanEnabled(), written.cleanEnabled());
        assertFalse(written.model().configured());
        assertTrue(Files.isDirectory(directory.resolve("migrations")));
    }

    @Test
    void everyCommentedExampleIsAValidSetting() throws IOException {
        Init.run(directory);
        Path toml = directory.resolve(ConfigLoader.FILE_NAME);
        List<String> lines = Files.readAllLines(toml);
        int examples = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher matcher = SETTING.matcher(lines.get(i));
            if (matcher.matches() && matcher.group(1) != null) {
                List<String> uncommented = new ArrayList<>(lines);
                uncommented.set(i, lines.get(i).substring(2));
                Files.write(toml, uncommented);
                new ConfigLoader(Map.of()).load(directory, Map.of()); // throws when the example is not valid
                examples++;
            }
        }
        assertEquals(17, examples, "user, password, schema, schemas, the twelve model settings and drift_source are"
                + " commented out");
    }
}
