package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresSnapshotIT extends SnapshotContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }

    @Test
    void productionStartUpNeedsNoCreatedbAndLoadsNoModel() {
        generateAndApply();
        try (RestrictedDatabase production = RestrictedDatabase.postgres(System.getenv("RETORT_TEST_POSTGRES_URL"),
                database.user(), database.password())) {
            assertEquals(List.of("false"), production.column("SELECT rolcreatedb::text FROM pg_roles WHERE rolname = current_user"));
            RestrictedStartup.check(directory, production);
        }
    }
}
