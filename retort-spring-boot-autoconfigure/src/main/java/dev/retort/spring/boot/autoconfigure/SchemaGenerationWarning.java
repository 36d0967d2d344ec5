package dev.retort.spring.boot.autoconfigure;

import java.util.Locale;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;

/** Warns when Hibernate is told to change the schema Retort migrates. Stateless. */
final class SchemaGenerationWarning {

    private static final Log LOG = LogFactory.getLog(RetortAutoConfiguration.class);

    /** Hibernate's settings that create, drop or alter tables; validate and none only read. */
    private static final Set<String> CHANGING = Set.of("create", "create-drop", "create-only", "drop", "update");

    private static final String[] KEYS = {"spring.jpa.hibernate.ddl-auto", "spring.jpa.properties.hibernate.hbm2ddl.auto"};

    private SchemaGenerationWarning() {
    }

    static void warnIfHibernateChangesSchema(Environment environment) {
        for (String key : KEYS) {
            String value = environment.getProperty(key);
            if (value != null && CHANGING.contains(value.strip().toLowerCase(Locale.ROOT))) {
                LOG.warn(key + "=" + value + ": Hibernate will also change the schema that Retort migrates, so the"
                        + " database may no longer match the revisions Retort applied. Set " + key + "=validate (or none)"
                        + " and let Retort's revisions change the schema.");
            }
        }
    }
}
