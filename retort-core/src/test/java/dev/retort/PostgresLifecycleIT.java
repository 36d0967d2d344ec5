package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresLifecycleIT extends LifecycleContract {

    /** More tables than one transaction can lock: 1600 tables with a key, an index and a TOAST table each. */
    private static final int MANY = 1600;

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }

    @Test
    void cleanDropsMoreTablesThanOneTransactionCanLock() {
        String locks = database.column("SELECT current_setting('max_locks_per_transaction')::int"
                + " * current_setting('max_connections')::int").get(0);
        assertTrue(MANY * 5 > Integer.parseInt(locks), "the server's lock table (" + locks + " locks) holds the drops of "
                + MANY + " tables in one transaction: the test would not show the batching");
        for (int from = 1; from <= MANY; from += 200) {
            // a transaction per 200 tables: creating them holds their locks until commit too
            database.execute("DO $$ BEGIN FOR i IN " + from + ".." + (from + 199) + " LOOP EXECUTE format("
                    + "'CREATE TABLE many_%s (id INTEGER PRIMARY KEY, body TEXT, code TEXT UNIQUE)', i); END LOOP; END $$");
        }
        assertEquals(List.of(String.valueOf(MANY)), tablesLike("many\\_%"));
        project.retort().clean(true);
        assertEquals(List.of("0"), tablesLike("many\\_%"));
    }

    private List<String> tablesLike(String pattern) {
        return database.column("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
                + " AND tablename LIKE '" + pattern + "'");
    }
}
