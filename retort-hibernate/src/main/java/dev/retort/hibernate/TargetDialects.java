package dev.retort.hibernate;

import dev.retort.RetortException;
import dev.retort.model.ModelContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hibernate dialect, and its version, for the target database: the settings that make Hibernate write
 * the DDL it would write connected to that database. {@code hibernate.dialect} among the application's
 * properties wins over the choice made here. Stateless.
 */
final class TargetDialects {

    static final String SQLITE = "org.hibernate.community.dialect.SQLiteDialect";

    private TargetDialects() {
    }

    /** The dialect and version settings for the context's database. */
    static Map<String, String> settings(ModelContext context, Map<String, String> properties, ClassLoader loader) {
        String dialect = properties.getOrDefault("hibernate.dialect", dialect(context));
        if (dialect.equals(SQLITE) && loader.getResource(SQLITE.replace('.', '/') + ".class") == null) {
            throw new RetortException(RetortException.Kind.CONFIGURATION, "the target is SQLite, and Hibernate's SQLite"
                    + " dialect (" + SQLITE + ") is not on the model class path; add"
                    + " org.hibernate.orm:hibernate-community-dialects of the same version as hibernate-core to"
                    + " model_classpath (or to the application)");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("hibernate.dialect", dialect);
        settings.put("jakarta.persistence.database-product-name", context.productName());
        settings.put("jakarta.persistence.database-product-version", context.productVersion());
        settings.put("jakarta.persistence.database-major-version", Integer.toString(context.majorVersion()));
        settings.put("jakarta.persistence.database-minor-version", Integer.toString(context.minorVersion()));
        return settings;
    }

    /**
     * The script as it reaches the database when Hibernate runs it: Hibernate's SQLite dialect writes
     * {@code COMMENT ON} statements, which SQLite has no syntax for; Hibernate's own schema creation logs their
     * failure and goes on, so a SQLite database never has the comments, and the model leaves them out too.
     */
    static String runnable(ModelContext context, String script) {
        if (!context.dialect().equals("sqlite")) {
            return script;
        }
        return COMMENT_ON.matcher(script).replaceAll("");
    }

    private static final java.util.regex.Pattern COMMENT_ON = java.util.regex.Pattern.compile(
            "(?im)^comment on (?:table|column) [^']*? is '(?:[^']|'')*';[ \\t]*(?:\\r?\\n)?");

    private static String dialect(ModelContext context) {
        return switch (context.dialect()) {
            case "postgres" -> "org.hibernate.dialect.PostgreSQLDialect";
            case "mysql" -> context.productName().toLowerCase(java.util.Locale.ROOT).contains("mariadb")
                    || context.productVersion().toLowerCase(java.util.Locale.ROOT).contains("mariadb")
                    ? "org.hibernate.dialect.MariaDBDialect" : "org.hibernate.dialect.MySQLDialect";
            case "h2" -> "org.hibernate.dialect.H2Dialect";
            case "sqlite" -> SQLITE;
            default -> throw new RetortException(RetortException.Kind.CONFIGURATION, "entity models are not supported"
                    + " on " + context.dialect() + "; name Hibernate's dialect in model_properties"
                    + " (\"hibernate.dialect\")");
        };
    }
}
