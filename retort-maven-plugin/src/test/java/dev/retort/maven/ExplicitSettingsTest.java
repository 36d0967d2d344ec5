package dev.retort.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.retort.RetortException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
}
