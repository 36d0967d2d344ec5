package dev.retort.spring.boot.autoconfigure;

import dev.retort.Direction;
import dev.retort.Retort;
import dev.retort.RetortBuilder;
import dev.retort.RetortException;
import dev.retort.StepListener;
import dev.retort.StepResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/** Turns {@code retort.*} into a {@link Retort}. Stateless. */
final class RetortFactory {

    private RetortFactory() {
    }

    static Retort create(RetortProperties properties, DataSource dataSource, List<StepListener> listeners,
                         Environment environment, ResourceLoader resources, BeanFactory beanFactory) {
        RetortBuilder builder = Retort.builder().applicationName("retort (spring boot)").classLoader(resources.getClassLoader())
                .listener(new Listeners(listeners));
        connection(builder, properties, dataSource, environment);
        if (properties.getLocations().isEmpty()) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "retort.locations is empty: name where the"
                    + " revision scripts are, e.g. retort.locations=classpath:db/retort (the default)");
        }
        builder.locations(properties.getLocations().toArray(String[]::new));
        boolean modelled = model(builder, properties, environment, resources, beanFactory);
        if (modelled && usesDataSource(properties)) {
            scratchServer(builder, dataSource, environment);
        }
        if (!properties.getSchemas().isEmpty()) {
            builder.set("schemas", String.join(",", properties.getSchemas()));
        }
        if (properties.getLockTimeout() != null) {
            builder.set("lock_timeout", properties.getLockTimeout().toMillis() + "ms");
        }
        return builder.build();
    }

    /**
     * SQL files when {@code retort.model} names them; else the entity classes when {@code retort-hibernate} is on
     * the classpath ({@code retort.entities}, default the entity scan packages); else no model.
     */
    private static boolean model(RetortBuilder builder, RetortProperties properties, Environment environment,
                                 ResourceLoader resources, BeanFactory beanFactory) {
        boolean entitiesNamed = !properties.getEntities().isEmpty();
        if (!properties.getModel().isEmpty()) {
            if (entitiesNamed) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "both retort.model " + properties.getModel()
                        + " and retort.entities " + properties.getEntities() + " are set, and an application has one"
                        + " model; remove one");
            }
            builder.set("model", String.join(",", ModelFiles.resolve(properties.getModel(), resources)));
            return true;
        }
        ClassLoader classLoader = resources.getClassLoader();
        if (!EntityModel.present(EntityModel.HIBERNATE_MODEL, classLoader)) {
            if (entitiesNamed) {
                throw new RetortException(RetortException.Kind.CONFIGURATION, "retort.entities " + properties.getEntities()
                        + " needs dev.retort:retort-hibernate on the classpath: add it as a dependency, or remove"
                        + " retort.entities");
            }
            return false;
        }
        List<String> packages = entitiesNamed ? properties.getEntities() : EntityPackages.of(beanFactory, classLoader);
        if (packages.isEmpty()) {
            return false;
        }
        builder.model(EntityModel.of(packages, environment, classLoader));
        return true;
    }

    private static boolean usesDataSource(RetortProperties properties) {
        return properties.getUrl() == null && properties.getUser() == null && properties.getPassword() == null;
    }

    /**
     * On PostgreSQL and MariaDB the model is loaded into a scratch database on the same server, which Retort opens
     * from a URL (dev_url) even when it migrates through the DataSource. The URL and user are the DataSource's own,
     * read from a connection, so a DataSource a test slice replaced is never confused with spring.datasource.url.
     */
    private static void scratchServer(RetortBuilder builder, DataSource dataSource, Environment environment) {
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
            user = connection.getMetaData().getUserName();
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.DATABASE, "cannot read the application DataSource's URL for"
                    + " the model's scratch database: " + e.getMessage(), e);
        }
        if (url == null || !(url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:mariadb:")
                || url.startsWith("jdbc:mysql:"))) {
            return; // SQLite and H2 load the model in memory
        }
        builder.set("dev_url", url);
        if (user != null) {
            builder.user(user);
        }
        String password = environment.getProperty("spring.datasource.password");
        if (password != null && !password.isEmpty()) {
            builder.password(password);
        }
    }

    /**
     * As {@code spring.flyway.*}: {@code retort.url} is a database of its own (user and password defaulting to
     * the application's); {@code retort.user} alone connects to the application's database as another user.
     */
    private static void connection(RetortBuilder builder, RetortProperties properties, DataSource dataSource,
                                   Environment environment) {
        String url = properties.getUrl();
        if (url == null && properties.getUser() == null && properties.getPassword() == null) {
            builder.dataSource(dataSource);
            return;
        }
        if (url == null) {
            url = environment.getProperty("spring.datasource.url");
            if (url == null) {
                url = urlOf(dataSource);
            }
        }
        builder.url(url);
        String user = properties.getUser() != null ? properties.getUser() : environment.getProperty("spring.datasource.username");
        String password = properties.getPassword() != null ? properties.getPassword()
                : environment.getProperty("spring.datasource.password");
        if (user != null) {
            builder.user(user);
        }
        if (password != null) {
            builder.password(password);
        }
    }

    private static String urlOf(DataSource dataSource) {
        if (dataSource == null) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "retort.user is set but there is no"
                    + " database to use it on: set retort.url or spring.datasource.url");
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new RetortException(RetortException.Kind.DATABASE, "cannot read the application DataSource's URL"
                    + " for retort.user: " + e.getMessage() + "; set retort.url", e);
        }
    }

    /** Every {@link StepListener} bean hears each step (the metrics among them). */
    private record Listeners(List<StepListener> listeners) implements StepListener {
        @Override
        public void starting(String revision, String message, Direction direction) {
            listeners.forEach(listener -> listener.starting(revision, message, direction));
        }

        @Override
        public void finished(StepResult result) {
            listeners.forEach(listener -> listener.finished(result));
        }

        @Override
        public void waiting(String message) {
            listeners.forEach(listener -> listener.waiting(message));
        }
    }
}
