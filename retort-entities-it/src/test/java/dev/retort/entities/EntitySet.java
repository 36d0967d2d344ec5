package dev.retort.entities;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One of the real entity sets under {@code testdata/entities}: its sources, the package its entities live
 * in, and the Hibernate settings the application runs with (the Spring Boot apps' physical naming
 * strategy, from the set's {@code ddl.properties}).
 */
enum EntitySet {
    PETCLINIC("petclinic", "org.springframework.samples.petclinic"),
    JHIPSTER("jhipster-sample", "io.github.jhipster.sample.domain"),
    SHOPIZER("shopizer", "com.salesmanager.core.model"),
    OPENMEETINGS("openmeetings", "org.apache.openmeetings.db.entity");

    private final String directory;
    private final String rootPackage;

    EntitySet(String directory, String rootPackage) {
        this.directory = directory;
        this.rootPackage = rootPackage;
    }

    String directoryName() {
        return directory;
    }

    String rootPackage() {
        return rootPackage;
    }

    /** {@code testdata/entities/<set>}. */
    Path home() {
        return Testdata.root().resolve("entities").resolve(directory);
    }

    Path sources() {
        return home().resolve("java");
    }

    /** The set's own Hibernate settings (its {@code ddl.properties}); empty for plain JPA names. */
    Map<String, String> settings() {
        Path file = home().resolve("ddl.properties");
        Map<String, String> settings = new TreeMap<>();
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            properties.stringPropertyNames().forEach(key -> settings.put(key, properties.getProperty(key)));
        }
        return settings;
    }

    @Override
    public String toString() {
        return directory;
    }
}
