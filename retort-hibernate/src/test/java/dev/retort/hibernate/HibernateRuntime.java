package dev.retort.hibernate;

import dev.retort.testing.TestDatabase;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/** Boots the application's side: a real SessionFactory on a test database, with an hbm2ddl action. */
final class HibernateRuntime {

    private HibernateRuntime() {
    }

    /** The mapped classes of a package, as the model scans them. */
    static List<String> classes(String pkg) {
        return EntityScan.packages(HibernateRuntime.class.getClassLoader(), List.of(pkg)).classes();
    }

    /**
     * Starts and closes a SessionFactory with {@code hibernate.hbm2ddl.auto = action} ({@code validate} fails
     * with Hibernate's own message when the database does not match the entities; {@code create} makes the
     * schema as Hibernate would).
     */
    static void boot(TestDatabase database, List<String> classes, String action) throws ClassNotFoundException {
        boot(database, classes, action, java.util.Map.of());
    }

    /** As {@link #boot(TestDatabase, List, String)}, with the application's further settings. */
    static void boot(TestDatabase database, List<String> classes, String action, java.util.Map<String, String> settings)
            throws ClassNotFoundException {
        StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.connection.url", database.url())
                .applySetting("hibernate.hbm2ddl.auto", action)
                .applySetting("hibernate.connection.pool_size", "1")
                .applySetting("hibernate.query.startup_check", "false");
        if (database.user() != null) {
            builder.applySetting("hibernate.connection.username", database.user());
        }
        if (database.password() != null) {
            builder.applySetting("hibernate.connection.password", database.password());
        }
        settings.forEach(builder::applySetting);
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            builder.applySetting("hibernate.dialect", TargetDialects.SQLITE);
        }
        StandardServiceRegistry registry = builder.build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classes) {
                sources.addAnnotatedClass(Class.forName(name));
            }
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.getStatistics();
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
