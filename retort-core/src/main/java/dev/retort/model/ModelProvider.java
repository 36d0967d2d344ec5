package dev.retort.model;

/**
 * Makes a {@link ModelSource} from a project's entity settings ({@code model_entities},
 * {@code persistence_unit}, …). Found with {@link java.util.ServiceLoader} on the model class loader
 * (the application's class loader, plus {@code model_classpath}), so an integration such as
 * {@code retort-hibernate} is picked up by being on that class path; the core names none. An implementation
 * needs a public no-argument constructor and must load without its framework present, so that it can say
 * what is missing.
 */
public interface ModelProvider {

    /**
     * The model the settings describe.
     *
     * @param settings    the entity settings of the project
     * @param classLoader the model class loader: the entities, the framework and this provider
     * @return the model source
     */
    ModelSource source(EntitySettings settings, ClassLoader classLoader);
}
