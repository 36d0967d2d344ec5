package dev.retort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.ddl.Identifiers;
import dev.retort.revision.Revision;
import dev.retort.script.ScriptWriter;
import dev.retort.spi.Dialect;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestProject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A generated revision over hostile names, upgraded then downgraded through Retort on each database:
 * exactly the hostile tables and columns appear and go, and a table Retort was never told about keeps
 * its row.
 */
class HostileNamesIT {

    private static final int TABLES = 12;

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anUpgradeAndDowngradeTouchExactlyTheHostileObjects(TestDatabase.Kind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            database.execute("CREATE TABLE important (id INTEGER PRIMARY KEY)", "INSERT INTO important VALUES (42)");
            TestProject project = new TestProject(directory.resolve(kind.name()), database);
            Dialect dialect = project.retort().dialectSpi();
            HostileRevision hostile = HostileRevision.generate(dialect, new Random(4242 + kind.ordinal()), TABLES, false);
            Revision revision = new Revision("hostile1", List.of(), List.of(), Set.of(), "hostile\nDROP TABLE important;",
                    null, null);
            ScriptWriter.write(project.migrations(), "{rev}", revision, hostile.changes().upgradeSql(),
                    hostile.changes().downgradeSql());
            Set<String> before = tables(database);

            project.retort().upgrade("head");
            Set<String> expected = new TreeSet<>(before);
            expected.addAll(hostile.tables());
            assertEquals(expected, tables(database), "exactly the hostile tables were created");
            for (int i = 0; i < TABLES; i++) {
                assertEquals(hostile.columns().get(i), columns(database, hostile.tables().get(i)));
            }
            assertEquals(List.of("42"), database.column("SELECT id FROM important"));

            project.retort().downgrade("base");
            assertEquals(before, tables(database), "exactly the hostile tables were dropped");
            assertEquals(List.of("42"), database.column("SELECT id FROM important"));
        }
    }

    /** The tables of the test's own schema, Retort's own left out. */
    private static Set<String> tables(TestDatabase database) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            while (rows.next()) {
                String name = rows.getString("TABLE_NAME");
                if (!name.toLowerCase(java.util.Locale.ROOT).startsWith("retort_")) {
                    names.add(name);
                }
            }
        }
        names.remove(database.kind() == TestDatabase.Kind.H2 ? "IMPORTANT" : "important");
        names.add("important");
        return names;
    }

    /** A table's columns as the database reports them, read through the quoted name, never a pattern. */
    private static List<String> columns(TestDatabase database, String table) throws SQLException {
        String quoted = new Identifiers(quote(database), quote(database), Identifiers.Fold.NONE, Set.of()).quoteAlways(table);
        List<String> names = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + quoted + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rows.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnName(i);
                names.add(database.kind() == TestDatabase.Kind.H2 && name.equals("ID") ? "id" : name);
            }
        }
        return names;
    }

    private static char quote(TestDatabase database) {
        return database.kind() == TestDatabase.Kind.MYSQL ? '`' : '"';
    }
}
