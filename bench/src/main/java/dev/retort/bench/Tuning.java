package dev.retort.bench;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one process-wide setting every tool gets alike, in-process and in the launched processes:
 * java.util.logging at WARNING, so neither Flyway's nor Liquibase's INFO lines (nor anything of
 * Retort's) go to the console on every call. And Liquibase's anonymous usage analytics are off:
 * they would call a server this machine cannot reach (an application without network access would
 * switch them off the same way).
 */
final class Tuning {

    /** The system property that switches Liquibase's analytics off. */
    static final String LIQUIBASE_ANALYTICS = "liquibase.analytics.enabled";

    private Tuning() {
    }

    static void quietLogging() {
        Logger.getLogger("").setLevel(Level.WARNING);
        if (System.getProperty(LIQUIBASE_ANALYTICS) == null) {
            System.setProperty(LIQUIBASE_ANALYTICS, "false");
        }
    }
}
