package dev.retort.dialect;

import dev.retort.RetortException;
import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.spi.Dialect;
import java.util.List;

/** The dialects Retort ships, and choosing one for a JDBC URL. Stateless. */
public final class Dialects {

    private static final List<Dialect> ALL =
            List.of(new SqliteDialect(), new PostgresDialect(), new MysqlDialect(), new H2Dialect());

    private Dialects() {
    }

    /** Every supported dialect. */
    public static List<Dialect> all() {
        return ALL;
    }

    /** The dialect for a JDBC URL, or an error that says what the URL is and what to give instead. */
    public static Dialect forUrl(String jdbcUrl) {
        for (Dialect dialect : ALL) {
            if (dialect.accepts(jdbcUrl)) {
                return dialect;
            }
        }
        String shown = dev.retort.internal.Redaction.maskPassword(jdbcUrl);
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

    /** Adds a drop statement unless the object is one to keep (names compared case-insensitively); true when added. */
    public static boolean addUnlessKept(List<String> statements, java.util.Set<String> keep, String name, String statement) {
        return keep.stream().noneMatch(name::equalsIgnoreCase) && statements.add(statement);
    }
}
