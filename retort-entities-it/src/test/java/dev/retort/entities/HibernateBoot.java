package dev.retort.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate itself, booted on compiled entities against a database, as the application would: with
 * {@code hibernate.hbm2ddl.auto=create} it makes the reference schema, with {@code validate} it checks
 * a migrated one (a {@code SchemaManagementException} when a table or column is missing or of the
 * wrong type).
 */
final class HibernateBoot {

    /** Kept referenced: java.util.logging forgets a logger's level when the logger is collected. */
    private static final List<Logger> QUIET = new ArrayList<>();

    static {
        for (String name : List.of("org.hibernate", "org.hibernate.orm", "org.hibernate.validator")) {
            Logger logger = Logger.getLogger(name);
            logger.setLevel(Level.SEVERE);
            QUIET.add(logger);
        }
    }

    private HibernateBoot() {
    }

    /** Creates the entities' schema in the database ({@code hbm2ddl.auto=create}). */
    static void create(Path classes, EntitySet set, Target target) {
        boot(classes, set, target, "create");
    }

    /** Boots a SessionFactory with {@code hbm2ddl.auto=validate}; throws when Hibernate refuses the schema. */
    static void validate(Path classes, EntitySet set, Target target) {
        boot(classes, set, target, "validate");
    }

    private static void boot(Path classes, EntitySet set, Target target, String action) {
        try (URLClassLoader loader = loader(classes)) {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
            set.settings().forEach(builder::applySetting);
            settings(target, action).forEach(builder::applySetting);
            StandardServiceRegistry registry = builder.build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                annotated(classes, loader, sources);
                try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                    factory.getMetamodel();
                }
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, String> settings(Target target, String action) {
        Map<String, String> settings = new java.util.TreeMap<>();
        settings.put("hibernate.connection.url", target.hibernateUrl());
        if (target.user() != null) {
            settings.put("hibernate.connection.username", target.user());
            settings.put("hibernate.connection.password", target.password() == null ? "" : target.password());
        }
        settings.put("hibernate.hbm2ddl.auto", action);
        settings.put("hibernate.connection.pool_size", "1");
        // only the schema is under test: named queries are not parsed at start-up
        settings.put("hibernate.query.startup_check", "false");
        if (target.kind() == Target.Kind.SQLITE) {
            // community dialect: Hibernate does not find it from the connection
            settings.put("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        }
        return settings;
    }

    static URLClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, HibernateBoot.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds every class of the directory that JPA annotates, and every annotated package. */
    static void annotated(Path classes, ClassLoader loader, MetadataSources sources) {
        for (String name : classNames(classes)) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + ": " + e, e);
            }
            if (name.endsWith(".package-info")) {
                if (type.getAnnotations().length > 0) {
                    sources.addPackage(type.getPackage());
                }
            } else if (jpa(type)) {
                sources.addAnnotatedClass(type);
            }
        }
    }

    private static boolean jpa(Class<?> type) {
        for (Annotation annotation : type.getDeclaredAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.equals("jakarta.persistence.Entity") || name.equals("jakarta.persistence.Embeddable")
                    || name.equals("jakarta.persistence.MappedSuperclass") || name.equals("jakarta.persistence.Converter")) {
                return true;
            }
        }
        return false;
    }

    static List<String> classNames(Path classes) {
        try (Stream<Path> walk = Files.walk(classes)) {
            return walk.map(classes::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
