package dev.retort.spi;

import dev.retort.RetortException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The dialects on the class path, found through {@link ServiceLoader} ({@code META-INF/services/dev.retort.spi.Dialect}):
 * the four Retort ships and any an application adds, and choosing one for a JDBC URL. Stateless.
 */
public final class Dialects {

    /** The shipped dialects come first, in this order, so that a dialect added later cannot take their URLs by accident. */
    private static final List<String> SHIPPED = List.of("sqlite", "postgres", "mysql", "h2");

    private Dialects() {
    }

    /**
     * {@return every dialect that the context class loader (else Retort's own) can find, the shipped ones
     * first, then the others by name} Loaded at each call: an application server may give each application
     * its own loader.
     */
    public static List<Dialect> all() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        List<Dialect> all = new ArrayList<>();
        ServiceLoader.load(Dialect.class, context == null ? Dialects.class.getClassLoader() : context).forEach(all::add);
        if (all.stream().noneMatch(dialect -> SHIPPED.contains(dialect.name()))) {
            // a context loader that cannot see Retort's own services file (a plug-in loader, a test harness)
            ServiceLoader.load(Dialect.class, Dialects.class.getClassLoader()).forEach(all::add);
        }
        all.sort(Comparator.comparing((Dialect dialect) -> SHIPPED.contains(dialect.name())
                ? SHIPPED.indexOf(dialect.name()) : SHIPPED.size()).thenComparing(Dialect::name));
        return List.copyOf(all);
    }

    /**
     * {@return the dialect for a JDBC URL, or an error that says what the URL is and what to give instead}
     *
     * @param jdbcUrl the URL to connect to
     * @throws dev.retort.RetortException of kind CONFIGURATION when no dialect takes the URL
     */
    public static Dialect forUrl(String jdbcUrl) {
        for (Dialect dialect : all()) {
            if (dialect.accepts(jdbcUrl)) {
                return dialect;
            }
        }
        String shown = dev.retort.Redaction.maskPassword(jdbcUrl);
        String supported = "Retort supports jdbc:sqlite:, jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb: and jdbc:h2: URLs";
        if (jdbcUrl.startsWith("jdbc:tc:")) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "'" + shown + "' is a Testcontainers URL:"
                    + " it starts a container through the Testcontainers JDBC driver, which is for tests and not part of"
                    + " Retort; start the container and give Retort its own URL (getJdbcUrl(), e.g."
                    + " jdbc:postgresql://localhost:PORT/test), or hand the library the container's DataSource");
        }
        if (!jdbcUrl.startsWith("jdbc:")) {
            String scheme = jdbcUrl.contains("://") ? jdbcUrl.substring(0, jdbcUrl.indexOf("://")) : null;
            throw new RetortException(RetortException.Kind.CONFIGURATION, "'" + shown + "' is not a JDBC URL; write it"
                    + " as " + (scheme == null ? "jdbc:postgresql://localhost:5432/app" : "jdbc:" + normalScheme(scheme)
                    + "://host:port/database") + " (" + supported + ")");
        }
        String scheme = jdbcUrl.substring("jdbc:".length()).split(":", 2)[0];
        if (!normalScheme(scheme).equals(scheme)) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "no dialect for URL '" + shown + "'; JDBC spells"
                    + " it jdbc:" + normalScheme(scheme) + ": (" + supported + ")");
        }
        throw new RetortException(RetortException.Kind.CONFIGURATION, "no dialect for URL '" + shown + "'; " + supported);
    }

    /** libpq's and the MySQL clients' scheme names, as JDBC spells them. */
    private static String normalScheme(String scheme) {
        return switch (scheme.toLowerCase(java.util.Locale.ROOT)) {
            case "postgres", "postgresql", "pg", "psql" -> "postgresql";
            case "mysql" -> "mysql";
            case "mariadb" -> "mariadb";
            default -> scheme;
        };
    }
}
