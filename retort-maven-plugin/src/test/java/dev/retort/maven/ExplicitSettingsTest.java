package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.retort.RetortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExplicitSettingsTest {

    @Test
    void propertiesBeatThePomAndGoalOptionsAreNotSettings() {
        Map<String, String> pom = new LinkedHashMap<>();
        pom.put("url", "jdbc:sqlite:pom.db");
        pom.put("lock_timeout", " 30s ");
        Properties properties = new Properties();
        properties.setProperty("retort.url", "jdbc:sqlite:cli.db");
        properties.setProperty("retort.target", "+1");
        properties.setProperty("retort.skip", "true");
        properties.setProperty("other.url", "jdbc:sqlite:other.db");

        ExplicitSettings settings = ExplicitSettings.of(pom, properties);

        assertEquals(Map.of("url", "jdbc:sqlite:cli.db", "lock_timeout", "30s"), settings.values());
    }

    @Test
    void locationsAreTheCommaSeparatedList() {
        Properties properties = new Properties();
        properties.setProperty("retort.locations", "db/a, classpath:db/b");
        assertEquals(List.of("db/a", "classpath:db/b"), ExplicitSettings.of(null, properties).locations());
        assertEquals(List.of(), ExplicitSettings.of(null, new Properties()).locations());
    }

    @Test
    void anErrorNamesTheSettingAsTheBuildWroteIt() {
        Properties properties = new Properties();
        properties.setProperty("retort.lock_timout", "10s");
        ExplicitSettings settings = ExplicitSettings.of(Map.of("version_table", "x y"), properties);

        RetortException unknown = settings.explain(new RetortException(RetortException.Kind.CONFIGURATION,
                "unknown setting 'lock_timout' in an explicit setting; known settings: [lock_timeout]"));
        assertEquals("-Dretort.lock_timout: unknown setting 'lock_timout' in an explicit setting; known settings:"
                + " [lock_timeout]", unknown.getMessage());
        assertEquals(RetortException.Kind.CONFIGURATION, unknown.kind());

        RetortException invalid = settings.explain(new RetortException(RetortException.Kind.CONFIGURATION,
                "invalid setting version_table = x y: use a plain name"));
        assertEquals("<settings><version_table> in the POM: invalid setting version_table = x y: use a plain name",
                invalid.getMessage());

        RetortException other = new RetortException(RetortException.Kind.DATABASE, "cannot connect");
        assertSame(other, settings.explain(other));
    }

    /** The descriptor Maven generated from the mojos: every {@code retort.*} property of a parameter is a goal option. */
    @Test
    void goalOptionsAreExactlyTheGoalsProperties() throws Exception {
        String descriptor = Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"));
        Set<String> properties = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\$\\{retort\\.([a-z_]+)}").matcher(descriptor);
        while (matcher.find()) {
            properties.add(matcher.group(1));
        }
        assertEquals(new TreeSet<>(ExplicitSettings.GOAL_OPTIONS), properties);
    }
}
