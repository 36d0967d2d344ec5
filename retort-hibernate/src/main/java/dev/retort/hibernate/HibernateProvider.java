package dev.retort.hibernate;

import dev.retort.model.EntitySettings;
import dev.retort.model.ModelProvider;
import dev.retort.model.ModelSource;

/**
 * Makes a {@link HibernateModel} from a project's settings ({@code model_entities} or {@code persistence_unit},
 * the naming strategies, {@code model_properties}, the cache). Found by Retort with
 * {@link java.util.ServiceLoader}; loads without Hibernate. Stateless.
 */
public final class HibernateProvider implements ModelProvider {

    /** For {@link java.util.ServiceLoader}. */
    public HibernateProvider() {
    }

    @Override
    public ModelSource source(EntitySettings settings, ClassLoader classLoader) {
        HibernateModel model = settings.persistenceUnit() != null
                ? HibernateModel.persistenceUnit(settings.persistenceUnit())
                : HibernateModel.packages(settings.packages());
        if (settings.physicalNamingStrategy() != null) {
            model = model.physicalNamingStrategy(settings.physicalNamingStrategy());
        }
        if (settings.implicitNamingStrategy() != null) {
            model = model.implicitNamingStrategy(settings.implicitNamingStrategy());
        }
        return model.withProperties(settings.properties()).withCache(settings.cacheDirectory())
                .withClassLoader(classLoader);
    }
}
