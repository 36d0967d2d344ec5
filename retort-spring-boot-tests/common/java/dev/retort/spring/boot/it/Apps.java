package dev.retort.spring.boot.it;

import dev.retort.spring.boot.it.app.PetApplication;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts {@link PetApplication} as a real application on a test database, with extra sources and properties. */
final class Apps {

    private Apps() {
    }

    static ConfigurableApplicationContext start(TestDatabase database, List<Class<?>> extraSources, String... properties) {
        return start(WebApplicationType.NONE, database, extraSources, properties);
    }

    /** As {@link #start}, with a web server on a free port. */
    static ConfigurableApplicationContext startWeb(TestDatabase database, List<Class<?>> extraSources, String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("server.port=0");
        return start(WebApplicationType.SERVLET, database, extraSources, all.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(WebApplicationType web, TestDatabase database,
                                                        List<Class<?>> extraSources, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + (database.user() == null ? "" : database.user()),
                "spring.datasource.password=" + (database.password() == null ? "" : database.password())));
        all.addAll(List.of(properties));
        List<Class<?>> sources = new ArrayList<>(List.of(PetApplication.class));
        sources.addAll(extraSources);
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(web)
                .properties(all.toArray(String[]::new)).run();
    }

    /** The message of the innermost cause, where Retort's own message is. */
    static String rootMessage(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
