package dev.retort.hibernate;

import dev.retort.RetortException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Asks Hibernate for its create script: a SessionFactory of the mapped classes is built as the application
 * builds one, and its schema generation runs with {@code scripts.action=create} and no database
 * ({@code hibernate.boot.allow_jdbc_metadata_access=false}; the dialect and its version are settings). The
 * only class of this module that names Hibernate's types, so the rest loads without Hibernate and can say
 * that it is missing. Uses API that Hibernate ORM 6.6 and 7 both have. Stateless.
 */
final class HibernateScript {

    private HibernateScript() {
    }

    /**
     * @param loader   the model class loader (entities, Hibernate, the dialects)
     * @param mapping  the mapped classes, packages and mapping files
     * @param settings Hibernate settings: the dialect, its version, naming strategies, the application's properties
     * @return the script, statements ended by {@code ;}, then the entities' rename hints ({@link RenameTrailer})
     */
    static String create(ClassLoader loader, Mapping mapping, Map<String, String> settings) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        StringWriter script = new StringWriter();
        StandardServiceRegistry registry = null;
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistryBuilder builder = new StandardServiceRegistryBuilder(bootstrap);
            settings.forEach(builder::applySetting);
            builder.applySetting("hibernate.boot.allow_jdbc_metadata_access", "false");
            builder.applySetting("jakarta.persistence.schema-generation.database.action", "none");
            builder.applySetting("jakarta.persistence.schema-generation.scripts.action", "create");
            builder.applySetting("jakarta.persistence.schema-generation.scripts.create-target", script);
            builder.applySetting("hibernate.hbm2ddl.scripts.create_append", "false");
            builder.applySetting("hibernate.hbm2ddl.delimiter", ";");
            builder.applySetting("hibernate.format_sql", "false");
            builder.applySetting("hibernate.hbm2ddl.halt_on_error", "true");
            builder.applySetting("hibernate.query.startup_check", "false");
            builder.applySetting("hibernate.query.mutation_strategy.global_temporary.create_tables", "false");
            builder.applySetting("hibernate.query.mutation_strategy.persistent.create_tables", "false");
            builder.applySetting("hibernate.query.mutation_strategy.local_temporary.drop_tables", "false");
            registry = builder.build();
            MetadataSources sources = new MetadataSources(registry);
            for (String name : mapping.classes()) {
                sources.addAnnotatedClass(Class.forName(name, false, loader));
            }
            mapping.packages().forEach(sources::addPackage);
            mapping.mappingFiles().forEach(sources::addResource);
            // A SessionFactory, as the application builds one, runs schema generation: whatever it does to the
            // tables first (ordering their columns, applying Bean Validation constraints) is in the script too.
            // Nothing connects: JDBC metadata is off, and so are the start-up steps that would need a connection.
            Metadata metadata = sources.buildMetadata();
            metadata.buildSessionFactory().close();
            // the hints go with the script, as comments, so that a cached script brings them back too
            return script + RenameTrailer.write(EntityRenames.of(metadata));
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "cannot load the entity class "
                    + e.getMessage() + " from the model class path: " + e + "; add the jars it needs to"
                    + " model_classpath", e);
        } catch (RuntimeException e) {
            if (e instanceof RetortException) {
                throw e;
            }
            throw new RetortException(RetortException.Kind.CONFIGURATION, "Hibernate cannot map the entities ("
                    + mapping.describe() + "): " + rootMessage(e) + "; fix the mapping (the application's Hibernate"
                    + " would refuse it too) or the model settings", e);
        } finally {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            thread.setContextClassLoader(previous);
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }
}
