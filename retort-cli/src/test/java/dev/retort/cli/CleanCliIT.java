package dev.retort.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retort clean --drop-all-tables} on the tests' PostgreSQL, with a neighbouring schema holding a view and
 * a foreign key on the cleaned schema's table: exit 2 naming both and nothing dropped, until
 * {@code --drop-dependents-outside} confirms.
 */
class CleanCliIT {

    @TempDir
    Path project;

    /** An empty project: the command line refuses a directory that is none. */
    @BeforeEach
    void emptyProject() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
    }

    @Test
    void cleanNamesTheNeighboursAndDropsNothingUntilConfirmed() throws SQLException {
        String base = System.getenv("RETORT_TEST_POSTGRES_URL");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("RETORT_TEST_POSTGRES_URL is not set: run the tests through bin/test");
        }
        String user = System.getenv().getOrDefault("RETORT_TEST_POSTGRES_USER", "postgres");
        String cleaned = "rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String neighbour = cleaned + "_nb";
        try (Connection connection = DriverManager.getConnection(base, user, "");
             Statement statement = connection.createStatement()) {
            try {
                statement.execute("CREATE SCHEMA " + cleaned);
                statement.execute("CREATE SCHEMA " + neighbour);
                statement.execute("CREATE TABLE " + cleaned + ".parent (id INTEGER PRIMARY KEY, name TEXT)");
                statement.execute("CREATE TABLE " + neighbour + ".child (parent_id INTEGER CONSTRAINT child_parent"
                        + " REFERENCES " + cleaned + ".parent (id))");
                statement.execute("CREATE VIEW " + neighbour + ".names AS SELECT name FROM " + cleaned + ".parent");
                String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + cleaned;

                String[] clean = {"--url", url, "--user", user, "clean", "-y", "--drop-all-tables", "--confirm-drop-all-tables"};
                Run refused = run(clean);
                assertEquals(2, refused.code(), refused.err());
                assertTrue(refused.err().contains("view " + neighbour + ".names"), refused.err());
                assertTrue(refused.err().contains("constraint child_parent on table " + neighbour + ".child"), refused.err());
                assertEquals(List.of("parent"), tables(statement, cleaned));
                assertEquals(List.of("child", "names"), tables(statement, neighbour));

                Run alone = run("--url", url, "--user", user, "clean", "-y", "--drop-dependents-outside");
                assertEquals(2, alone.code(), alone.err());
                assertEquals(List.of("parent"), tables(statement, cleaned));

                Run confirmed = run(concat(clean, "--drop-dependents-outside"));
                assertEquals(0, confirmed.code(), confirmed.err());
                assertEquals(List.of(), tables(statement, cleaned));
                assertEquals(List.of("child"), tables(statement, neighbour));
            } finally {
                statement.execute("DROP SCHEMA IF EXISTS " + neighbour + " CASCADE");
                statement.execute("DROP SCHEMA IF EXISTS " + cleaned + " CASCADE");
            }
        }
    }

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RetortCli.execute(new PrintWriter(out), new PrintWriter(err), concat(new String[] {"-C", project.toString()}, args));
        return new Run(code, out.toString(), err.toString());
    }

    /** Tables and views of a schema, Retort's own left out. */
    private static List<String> tables(Statement statement, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = '" + schema + "' AND c.relkind IN ('r', 'v')"
                + " AND c.relname NOT LIKE 'retort%' ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String[] concat(String[] first, String... second) {
        String[] all = new String[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
