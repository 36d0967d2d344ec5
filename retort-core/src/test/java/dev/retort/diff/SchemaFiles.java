package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.schema.Schema;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.SqlStatement;
import dev.retort.sql.StatementSplitter;
import dev.retort.testing.TestData;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/** The real schemas of {@code testdata/schemas}: found, split per dialect, loaded over JDBC, reflected. */
final class SchemaFiles {

    private SchemaFiles() {
    }

    /** The repository's {@code testdata/schemas} directory. */
    static Path root() {
        return TestData.schemas();
    }

    static String read(String file) {
        return read(root().resolve(file));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Splits the script with the dialect's splitter and runs every statement, in order, on one connection. */
    static void load(TestDatabase database, String script) {
        List<SqlStatement> statements = new StatementSplitter(database.dialect().splitterOptions()).split(script);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (SqlStatement sql : statements) {
                if (kept(database.kind(), sql.sql())) {
                    try {
                        statement.execute(sql.sql());
                    } catch (SQLException e) {
                        fail("line " + sql.line() + " failed on " + database + ": " + e.getMessage() + "\n" + sql.sql());
                    }
                }
            }
        } catch (SQLException e) {
            fail("cannot load into " + database + ": " + e.getMessage());
        }
    }

    /**
     * False for the statements of a pg_dump that pin objects to schema {@code public} or hand them to
     * another owner: each test works in a fresh schema of its own, and ownership is not schema shape.
     */
    private static boolean kept(TestDatabase.Kind kind, String sql) {
        if (kind != TestDatabase.Kind.POSTGRES) {
            return true;
        }
        String lower = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return !lower.startsWith("set search_path") && !lower.contains(" owner to ") && !lower.startsWith("comment on schema");
    }

    /** The database's schema as its dialect's reader sees it. */
    static Schema reflect(TestDatabase database) {
        Dialect dialect = database.dialect();
        try (Connection connection = database.connect()) {
            return dialect.schemaReader().read(new JdbcSession(connection), ReflectOptions.defaults());
        } catch (SQLException e) {
            return fail("cannot reflect " + database + ": " + e.getMessage());
        }
    }
}
