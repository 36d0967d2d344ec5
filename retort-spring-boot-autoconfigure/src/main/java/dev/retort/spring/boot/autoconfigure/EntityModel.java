package dev.retort.spring.boot.autoconfigure;

import dev.retort.hibernate.HibernateModel;
import dev.retort.model.ModelSource;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * The entity classes as Retort's model, through {@code retort-hibernate}'s {@link HibernateModel}, named the way
 * the application's JPA names them ({@code spring.jpa.hibernate.naming.*}, else Spring Boot's defaults). Loaded
 * only when {@code retort-hibernate} is on the classpath. Stateless.
 */
final class EntityModel {

    static final String HIBERNATE_MODEL = "dev.retort.hibernate.HibernateModel";

    private static final String PHYSICAL_DEFAULT = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    /** Boot 4 moved its implicit naming strategy with the rest of its Hibernate support. */
    private static final List<String> IMPLICIT_DEFAULTS = List.of(
            "org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");

    private EntityModel() {
    }

    static ModelSource of(List<String> packages, Environment environment, ClassLoader classLoader) {
        HibernateModel model = HibernateModel.packages(packages).withClassLoader(classLoader)
                .physicalNamingStrategy(environment.getProperty("spring.jpa.hibernate.naming.physical-strategy",
                        PHYSICAL_DEFAULT));
        String implicit = environment.getProperty("spring.jpa.hibernate.naming.implicit-strategy");
        if (implicit == null) {
            implicit = IMPLICIT_DEFAULTS.stream().filter(name -> present(name, classLoader)).findFirst().orElse(null);
        }
        return implicit == null ? model : model.implicitNamingStrategy(implicit);
    }

    static boolean present(String className, ClassLoader classLoader) {
        try {
            Class.forName(className, false, classLoader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
