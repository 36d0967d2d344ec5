package dev.retort.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of an entity-class model: where the entities are and how the application maps them.
 * Immutable.
 *
 * @param packages               packages to scan for entity classes ({@code model_entities})
 * @param persistenceUnit        a persistence unit of {@code META-INF/persistence.xml} ({@code persistence_unit}); null: none
 * @param physicalNamingStrategy a class name ({@code physical_naming_strategy}); null: the ORM's default
 * @param implicitNamingStrategy a class name ({@code implicit_naming_strategy}); null: the ORM's default
 * @param properties             further mapping properties, passed to the ORM as they are ({@code model_properties})
 * @param cacheDirectory         where a model may cache what it derived ({@code .retort/cache} of the project); null: no cache
 */
public record EntitySettings(List<String> packages, String persistenceUnit, String physicalNamingStrategy,
                             String implicitNamingStrategy, Map<String, String> properties, Path cacheDirectory) {

    /**
     * Copies the packages and properties.
     *
     * @param packages packages to scan for entity classes ({@code model_entities})
     * @param persistenceUnit a persistence unit of {@code META-INF/persistence.xml}
     *     ({@code persistence_unit}); null: none
     * @param physicalNamingStrategy a class name ({@code physical_naming_strategy}); null: the ORM's default
     * @param implicitNamingStrategy a class name ({@code implicit_naming_strategy}); null: the ORM's default
     * @param properties further mapping properties, passed to the ORM as they are ({@code model_properties})
     * @param cacheDirectory where a model may cache what it derived ({@code .retort/cache} of the project);
     *     null: no cache
     * @throws NullPointerException when {@code properties} is null
     */
    public EntitySettings {
        packages = List.copyOf(packages);
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties"));
    }
}
