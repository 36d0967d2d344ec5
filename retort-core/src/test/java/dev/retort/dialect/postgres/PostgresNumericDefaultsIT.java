package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.diff.DiffOptions;
import dev.retort.diff.DiffResult;
import dev.retort.diff.SchemaDiff;
import dev.retort.model.SqlModel;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateTable;
import dev.retort.op.MigrationOp;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.spi.Dialect;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.ScratchRequest;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numeric defaults on a real PostgreSQL: a column Retort re-creates from what it read prints its
 * default as the original does ({@code '1'::smallint} stays so, {@code 1} stays 1), and a model that
 * writes the same number without the cast is no change.
 */
class PostgresNumericDefaultsIT {

    private static final String COLUMNS = "a smallint DEFAULT %s, b bigint DEFAULT %s, c integer DEFAULT %s,"
            + " d numeric DEFAULT %s, e smallint DEFAULT %s, f double precision DEFAULT %s";

    @TempDir
    Path directory;

    @Test
    void aReCreatedColumnPrintsItsDefaultAsTheOriginalDoes() {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            database.execute("CREATE TABLE original (" + COLUMNS.formatted("'1'", "'0'", "-1", "-2.5", "1", "'1.5'") + ")");
            Table original = read(database).table(QualifiedName.of("original")).orElseThrow();
            Table copy = new Table(QualifiedName.of("copy"), original.columns(), original.primaryKey(), original.uniques(),
                    original.indexes(), original.foreignKeys(), original.checks(), original.comment());
            List<MigrationOp> create = List.of(new CreateTable(copy));
            database.execute(database.dialect().ddlRenderer().render(create, Schema.empty()).toArray(String[]::new));
            String defaults = "SELECT a.attname || ' ' || pg_get_expr(d.adbin, d.adrelid) FROM pg_attribute a"
                    + " JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                    + " WHERE a.attrelid = '%s'::regclass ORDER BY a.attnum";
            List<String> printed = database.column(defaults.formatted("original"));
            assertEquals(List.of("a '1'::smallint", "b '0'::bigint", "c '-1'::integer", "d '-2.5'::numeric", "e 1",
                    "f '1.5'::double precision"), printed);
            assertEquals(printed, database.column(defaults.formatted("copy")));
        }
    }

    @Test
    void theSameNumbersWithoutCastsAreNoChangeAndAnotherNumberIsOne() throws IOException {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.POSTGRES)) {
            database.execute("CREATE TABLE t (" + COLUMNS.formatted("'1'", "'0'", "-1", "-2.5", "'1'", "'1.5'") + ")");
            Schema live = read(database);
            DiffResult unchanged = diff(database, live, model(database, COLUMNS.formatted("1", "0", "-1", "-2.5", "1", "1.5")));
            assertTrue(unchanged.isEmpty(), () -> unchanged.ops() + " " + unchanged.skipped());
            DiffResult changed = diff(database, live, model(database, COLUMNS.formatted("2", "0", "-1", "-2.5", "1", "1.5")));
            assertEquals(1, changed.ops().size(), changed.ops()::toString);
            AlterColumn alter = (AlterColumn) changed.ops().get(0);
            assertEquals("'1'::smallint", alter.before().defaultValue().sql());
            assertEquals("2", alter.after().defaultValue().sql());
        }
    }

    private Schema model(TestDatabase database, String columns) throws IOException {
        Path file = directory.resolve("schema.sql");
        Files.writeString(file, "CREATE TABLE t (" + columns + ");\n");
        return SqlModel.load(database.dialect(), new ScratchRequest(database.url(), database.user(), database.password()),
                List.of(file), ReflectOptions.defaults());
    }

    private static DiffResult diff(TestDatabase database, Schema from, Schema to) {
        Dialect dialect = database.dialect();
        return SchemaDiff.compare(from, to, dialect.comparisonRules(), DiffOptions.defaults());
    }

    private static Schema read(TestDatabase database) {
        try (Connection connection = database.connect()) {
            return database.dialect().schemaReader().read(new JdbcSession(connection), ReflectOptions.defaults());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
