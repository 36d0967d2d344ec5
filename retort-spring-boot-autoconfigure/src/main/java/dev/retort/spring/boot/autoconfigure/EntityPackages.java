package dev.retort.spring.boot.autoconfigure;

import java.lang.reflect.Method;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;

/**
 * The application's entity scan packages, as Spring Boot's JPA auto-configuration finds them: those of
 * {@code @EntityScan}, else the auto-configuration packages (the {@code @SpringBootApplication} class's).
 * {@code EntityScanPackages} moved in Boot 4 (from {@code org.springframework.boot.autoconfigure.domain} to
 * {@code org.springframework.boot.persistence.autoconfigure}), so it is looked up by name. Stateless.
 */
final class EntityPackages {

    private static final List<String> ENTITY_SCAN_PACKAGES = List.of(
            "org.springframework.boot.persistence.autoconfigure.EntityScanPackages",
            "org.springframework.boot.autoconfigure.domain.EntityScanPackages");

    private EntityPackages() {
    }

    static List<String> of(BeanFactory beanFactory, ClassLoader classLoader) {
        for (String name : ENTITY_SCAN_PACKAGES) {
            List<String> packages = entityScan(name, beanFactory, classLoader);
            if (!packages.isEmpty()) {
                return packages;
            }
        }
        return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }

    @SuppressWarnings("unchecked")
    private static List<String> entityScan(String className, BeanFactory beanFactory, ClassLoader classLoader) {
        try {
            Class<?> type = Class.forName(className, false, classLoader);
            Object scan = type.getMethod("get", BeanFactory.class).invoke(null, beanFactory);
            Method names = type.getMethod("getPackageNames");
            return scan == null ? List.of() : List.copyOf((List<String>) names.invoke(scan));
        } catch (ClassNotFoundException e) {
            return List.of();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read Spring Boot's entity scan packages (" + className + ")", e);
        }
    }
}
