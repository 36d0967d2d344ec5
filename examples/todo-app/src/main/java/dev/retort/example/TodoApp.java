package dev.retort.example;

import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.StartupOptions;
import dev.retort.StartupReport;
import dev.retort.hibernate.HibernateModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * A small application whose schema is its JPA entities ({@code dev.retort.example.model}), on plain
 * Hibernate: at start-up Retort brings the database up to date with them, as DB-GPT does with
 * {@code _ddl_init_and_upgrade}, then the application opens its Hibernate {@code SessionFactory}, which
 * checks the schema ({@code hbm2ddl.auto=validate}). {@code TodoApp [PROJECT_DIR] [--mode
 * development|production|disabled]}; the database comes from {@code RETORT_URL} (and
 * {@code RETORT_USER}/{@code RETORT_PASSWORD}). In development mode a changed entity becomes a new
 * revision in {@code migrations/} on the next start.
 */
public final class TodoApp {

    /** The application's entities: Retort's model and Hibernate's mapping are the same list. */
    static final List<String> ENTITIES = List.of("dev.retort.example.model.AppUser", "dev.retort.example.model.Task");

    private TodoApp() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : ".");
        String mode = "development";
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--mode")) {
                mode = args[i + 1];
            }
        }
        StartupOptions options = switch (mode) {
            case "production" -> StartupOptions.production();
            case "disabled" -> StartupOptions.disabled();
            default -> StartupOptions.development();
        };
        ClassLoader classes = TodoApp.class.getClassLoader();
        try {
            Retort retort = retort(project, classes);
            StartupReport report = retort.initAndUpgrade(options);
            String tasks = "";
            if (report.ran()) {
                String url = System.getenv().getOrDefault("RETORT_URL", "jdbc:sqlite:" + project.resolve("retort.db"));
                try (SessionFactory factory = sessionFactory(url, System.getenv("RETORT_USER"),
                        System.getenv("RETORT_PASSWORD"), classes)) {
                    long count = factory.fromSession(session ->
                            session.createSelectionQuery("select count(t) from Task t", Long.class).getSingleResult());
                    tasks = "; " + count + " task(s)";
                }
            }
            System.out.println("started: applied " + report.applied().size() + " revision(s)"
                    + (report.generated() == null ? "" : ", generated " + report.generated().id()) + tasks);
        } catch (RetortException e) {
            System.err.println("cannot start: " + e.getMessage());
            System.exit(e.kind().exitCode());
        }
    }

    /**
     * Retort for the project, its model the entities as {@code classes} loads them (a test hands in
     * edited entities this way).
     */
    static Retort retort(Path project, ClassLoader classes) {
        // The cache under the project, as the command line keeps it: a start with unchanged entities reuses
        // Hibernate's script instead of booting Hibernate for it.
        return Retort.builder().projectDirectory(project).readEnvironment(true)
                .model(HibernateModel.classes(entities(classes).toArray(Class<?>[]::new)).withClassLoader(classes)
                        .withCache(project.resolve(".retort/cache")))
                .build();
    }

    /** The application's Hibernate, on the database Retort migrated; it refuses a schema that does not fit. */
    static SessionFactory sessionFactory(String url, String user, String password, ClassLoader classes) {
        StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder(
                new BootstrapServiceRegistryBuilder().applyClassLoader(classes).build())
                .applySetting("hibernate.connection.url", url)
                .applySetting("hibernate.hbm2ddl.auto", "validate");
        if (user != null) {
            settings.applySetting("hibernate.connection.username", user);
            settings.applySetting("hibernate.connection.password", password == null ? "" : password);
        }
        if (url.startsWith("jdbc:sqlite:")) {
            settings.applySetting("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
        }
        StandardServiceRegistry registry = settings.build();
        MetadataSources sources = new MetadataSources(registry);
        entities(classes).forEach(sources::addAnnotatedClass);
        return sources.buildMetadata().buildSessionFactory();
    }

    static List<Class<?>> entities(ClassLoader classes) {
        List<Class<?>> loaded = new ArrayList<>();
        for (String name : ENTITIES) {
            try {
                loaded.add(Class.forName(name, false, classes));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("entity " + name + " is not on the class path", e);
            }
        }
        return loaded;
    }
}
