package dev.retort;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;

class MysqlSnapshotIT extends SnapshotContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }

    @Test
    void productionStartUpNeedsNoCreateOnOtherDatabasesAndLoadsNoModel() {
        generateAndApply();
        try (RestrictedDatabase production = RestrictedDatabase.mariadb(System.getenv("RETORT_TEST_MYSQL_URL"),
                database.user(), database.password())) {
            String grants = String.join("\n", production.column("SHOW GRANTS FOR CURRENT_USER"));
            assertTrue(grants.contains("ON `" + production.database() + "`.*") && !grants.contains("ON *.*  TO")
                    && !grants.matches("(?s).*GRANT [^\\n]*CREATE[^\\n]* ON \\*\\.\\*.*"), grants);
            RestrictedStartup.check(directory, production);
        }
    }
}
