package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.reflect.QueryCounter;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A multi-schema read: schemas, collations and text search configurations and dictionaries, checked
 * against the catalog queried on its own, and a number of catalog queries that does not grow with the
 * number of schemas.
 */
class PostgresNamespacesIT {

    private static TestDatabase database;
    private static String main;
    private static String archive;
    private static String search;

    @BeforeAll
    static void createSchemas() {
        database = TestDatabase.create(TestDatabase.Kind.POSTGRES);
        main = database.name();
        archive = main + "_archive";
        search = main + "_search";
        database.execute("CREATE SCHEMA " + archive, "CREATE SCHEMA " + search,
                "CREATE COLLATION " + main + ".sortable (provider = icu, locale = 'und-u-kn-true')",
                "CREATE TABLE " + archive + ".book (id int PRIMARY KEY, title text COLLATE " + main + ".sortable)",
                "CREATE TEXT SEARCH DICTIONARY " + search + ".plain_dict (TEMPLATE = pg_catalog.simple)",
                "CREATE TEXT SEARCH CONFIGURATION " + search + ".plain (COPY = pg_catalog.simple)");
    }

    @AfterAll
    static void dropSchemas() {
        database.execute("DROP SCHEMA " + archive + " CASCADE", "DROP SCHEMA " + search + " CASCADE");
        database.close();
    }

    @Test
    void schemasCollationsAndTextSearchObjectsAreThoseOfTheCatalog() {
        Schema schema = read(List.of(main, archive, search), new int[1]);
        Set<String> read = new TreeSet<>();
        for (SchemaObject object : schema.objects()) {
            if (Set.of(SchemaObject.Kind.SCHEMA, SchemaObject.Kind.COLLATION, SchemaObject.Kind.TEXT_SEARCH_CONFIGURATION,
                    SchemaObject.Kind.TEXT_SEARCH_DICTIONARY).contains(object.kind())) {
                read.add(object.kind() + " " + object.name());
            }
        }
        String schemas = "('" + main + "', '" + archive + "', '" + search + "')";
        Set<String> catalog = new TreeSet<>();
        database.column("SELECT 'SCHEMA ' || nspname FROM pg_namespace WHERE nspname IN " + schemas + " AND nspname <> '"
                + main + "'").forEach(catalog::add);
        for (String[] kind : List.of(new String[] {"COLLATION", "pg_collation", "collname", "collnamespace"},
                new String[] {"TEXT_SEARCH_CONFIGURATION", "pg_ts_config", "cfgname", "cfgnamespace"},
                new String[] {"TEXT_SEARCH_DICTIONARY", "pg_ts_dict", "dictname", "dictnamespace"})) {
            database.column("SELECT '" + kind[0] + " ' || CASE WHEN n.nspname = '" + main + "' THEN '' ELSE n.nspname || '.' END"
                    + " || x." + kind[2] + " FROM " + kind[1] + " x JOIN pg_namespace n ON n.oid = x." + kind[3]
                    + " WHERE n.nspname IN " + schemas).forEach(catalog::add);
        }
        assertEquals(catalog, read);
        assertEquals(5, read.size(), "two schemas, a collation, a configuration and a dictionary: " + read);
        assertEquals(List.of(new QualifiedName(archive, "book")), schema.tables().stream().map(table -> table.name()).toList());
    }

    @Test
    void catalogQueriesDoNotGrowWithTheNumberOfSchemas() {
        int[] three = new int[1];
        read(List.of(main, archive, search), three);
        List<String> more = new ArrayList<>(List.of(main, archive, search));
        for (int i = 0; i < 5; i++) {
            more.add(main + "_extra_" + i);
            database.execute("CREATE SCHEMA " + main + "_extra_" + i, "CREATE TABLE " + main + "_extra_" + i + ".t (id int)");
        }
        try {
            int[] eight = new int[1];
            read(more, eight);
            assertEquals(three[0], eight[0]);
        } finally {
            for (int i = 0; i < 5; i++) {
                database.execute("DROP SCHEMA " + main + "_extra_" + i + " CASCADE");
            }
        }
    }

    private static Schema read(List<String> schemas, int[] statements) {
        try (Connection connection = database.connect()) {
            QueryCounter counter = new QueryCounter(connection);
            Schema schema = new PostgresDialect().schemaReader().read(new JdbcSession(counter.connection()),
                    ReflectOptions.defaults().withSchemas(schemas));
            statements[0] = counter.statements();
            return schema;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
