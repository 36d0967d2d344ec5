package dev.retort.dialect.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.diff.DiffOptions;
import dev.retort.diff.DiffResult;
import dev.retort.diff.SchemaDiff;
import dev.retort.op.MigrationOp;
import dev.retort.reflect.QueryCounter;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Column and index-key collations, an index key's NULL order, and a unique constraint's deferrability and
 * NULLS NOT DISTINCT as the PostgreSQL reader reads them, each checked against the catalog read here
 * another way ({@code information_schema}, PostgreSQL's own deparsed index definitions); then created from
 * nothing and changed on a real database, both ways.
 */
class PostgresTablePartsIT {

    private static final List<String> TABLES = List.of(
            "CREATE TABLE artist (id integer PRIMARY KEY, name text COLLATE mb NOT NULL, sort_name varchar(20) COLLATE \"C\","
                    + " plain text, rank integer)",
            "CREATE INDEX artist_plain_mb ON artist (plain COLLATE mb)",
            "CREATE INDEX artist_sort ON artist (rank NULLS FIRST, name, id DESC NULLS LAST, (lower(plain)) COLLATE \"POSIX\" DESC)",
            "CREATE INDEX artist_name_own ON artist (name, sort_name COLLATE \"C\")",
            // the database's default collation on a column of another one: every key collation is 0 or 100
            "CREATE INDEX artist_name_default ON artist (name COLLATE \"default\")",
            "CREATE TABLE release_label (id integer, release integer, label integer, catalog text,"
                    + " CONSTRAINT rl_uniq UNIQUE NULLS NOT DISTINCT (release, label) DEFERRABLE INITIALLY DEFERRED,"
                    + " CONSTRAINT rl_catalog UNIQUE (catalog) DEFERRABLE INITIALLY IMMEDIATE,"
                    + " CONSTRAINT rl_id UNIQUE (id))");

    private static TestDatabase database;
    private static Schema schema;

    @BeforeAll
    static void createAndRead() {
        database = TestDatabase.create(TestDatabase.Kind.POSTGRES);
        database.execute("CREATE COLLATION mb FROM \"C\"");
        database.execute(TABLES.toArray(String[]::new));
        schema = read();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static Schema read() {
        try (Connection connection = database.connect()) {
            Schema read = new PostgresDialect().schemaReader().read(new JdbcSession(connection), ReflectOptions.defaults());
            return new Schema(read.tables(), List.of(), read.comment());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Table table(Schema in, String name) {
        return in.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    private static Index index(Schema in, String table, String name) {
        return table(in, table).indexes().stream().filter(index -> index.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void columnCollationsAreTheCatalogsNonDefaultOnes() {
        for (Column column : table(schema, "artist").columns()) {
            // information_schema names a column's collation only where it is not its type's default
            List<String> expected = database.column("select collation_name from information_schema.columns"
                    + " where table_schema = current_schema() and table_name = 'artist' and column_name = '" + column.name() + "'");
            String collation = column.collation() == null ? null : column.collation().name();
            assertEquals(expected.get(0), collation, column.name());
        }
        assertEquals(QualifiedName.of("mb"), table(schema, "artist").column("name").orElseThrow().collation());
        assertEquals(new QualifiedName("pg_catalog", "C"), table(schema, "artist").column("sort_name").orElseThrow().collation());
    }

    @Test
    void indexKeysCarryTheCollationAndNullOrderPostgresPrints() {
        for (Index index : table(schema, "artist").indexes()) {
            String printed = database.column("select pg_get_indexdef('" + index.name() + "'::regclass)").get(0);
            long collates = printed.split(" COLLATE ", -1).length - 1;
            assertEquals(collates, index.keys().stream().filter(key -> key.collation() != null).count(), printed);
            assertEquals(printed.contains("NULLS FIRST"), index.keys().stream().anyMatch(key -> key.nulls() == Index.Nulls.FIRST), printed);
            assertEquals(printed.contains("NULLS LAST"), index.keys().stream().anyMatch(key -> key.nulls() == Index.Nulls.LAST), printed);
        }
        List<Index.Key> sort = index(schema, "artist", "artist_sort").keys();
        assertEquals(List.of(Index.Nulls.FIRST, Index.Nulls.DEFAULT, Index.Nulls.LAST, Index.Nulls.DEFAULT),
                sort.stream().map(Index.Key::nulls).toList());
        assertEquals(new QualifiedName("pg_catalog", "POSIX"), sort.get(3).collation());
        assertEquals(QualifiedName.of("mb"), index(schema, "artist", "artist_plain_mb").keys().get(0).collation());
        // the column's own collation is no key collation, whether stated or not
        assertEquals(List.of(), index(schema, "artist", "artist_name_own").keys().stream()
                .filter(key -> key.collation() != null).toList());
    }

    @Test
    void uniqueConstraintsCarryTheCatalogsDeferrabilityAndNullsDistinct() {
        for (UniqueConstraint unique : table(schema, "release_label").uniques()) {
            List<String> row = database.column("select is_deferrable || ' ' || initially_deferred || ' ' || nulls_distinct"
                    + " from information_schema.table_constraints where constraint_schema = current_schema()"
                    + " and constraint_name = '" + unique.name() + "'");
            String expected = (unique.deferrability() != ForeignKey.Deferrability.NOT_DEFERRABLE ? "YES " : "NO ")
                    + (unique.deferrability() == ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED ? "YES " : "NO ")
                    + (unique.nullsNotDistinct() ? "NO" : "YES");
            assertEquals(row.get(0), expected, unique.name());
        }
        assertEquals(List.of("rl_catalog DEFERRABLE_INITIALLY_IMMEDIATE false", "rl_id NOT_DEFERRABLE false",
                        "rl_uniq DEFERRABLE_INITIALLY_DEFERRED true"),
                table(schema, "release_label").uniques().stream().map(unique -> unique.name() + " " + unique.deferrability()
                        + " " + unique.nullsNotDistinct()).sorted().toList());
    }

    @Test
    void createdFromNothingTheyReadBackAlikeAndGoAgainOnTheWayDown() {
        List<String> printedBefore = indexDefinitions();
        Schema empty = new Schema(List.of(), List.of(), schema.comment());
        try {
            apply(schema, empty);
            assertEquals(List.of(), read().tables());
            apply(empty, schema);
            assertEquals(schema, read());
            assertEquals(printedBefore, indexDefinitions());
        } finally {
            recreate();
        }
    }

    @Test
    void eachPartIsChangedInPlaceOrRecreatedBothWays() {
        Table artist = table(schema, "artist");
        Table releaseLabel = table(schema, "release_label");
        List<Column> columns = artist.columns().stream().map(column -> column.withCollation(null)).toList();
        List<Index> indexes = artist.indexes().stream().map(index -> new Index(index.name(), index.keys().stream()
                .map(key -> key.withCollation(null).withNulls(Index.Nulls.DEFAULT)).toList(), index.unique(),
                index.predicate(), index.method())).toList();
        List<UniqueConstraint> uniques = releaseLabel.uniques().stream().map(unique -> new UniqueConstraint(unique.name(),
                unique.columns())).toList();
        Schema plain = new Schema(List.of(
                new Table(artist.name(), columns, artist.primaryKey(), artist.uniques(), indexes, artist.foreignKeys(),
                        artist.checks(), artist.comment()),
                new Table(releaseLabel.name(), releaseLabel.columns(), releaseLabel.primaryKey(), uniques,
                        releaseLabel.indexes(), releaseLabel.foreignKeys(), releaseLabel.checks(), releaseLabel.comment())),
                List.of(), schema.comment());
        try {
            List<MigrationOp> down = apply(schema, plain);
            assertEquals(plain, read());
            assertTrue(down.size() >= 8, down.toString());
            apply(plain, schema);
            assertEquals(schema, read());
        } finally {
            recreate();
        }
    }

    @Test
    void queryCountDoesNotGrowWithCollatedColumnsAndKeys() {
        QueryCounter.assertCountDoesNotGrow(database, 8, i -> "CREATE TABLE extra_" + i + " (a text COLLATE mb, b integer,"
                + " CONSTRAINT extra_" + i + "_uq UNIQUE NULLS NOT DISTINCT (b) DEFERRABLE);"
                + " CREATE INDEX extra_" + i + "_ix ON extra_" + i + " (a COLLATE \"C\" DESC NULLS LAST, b NULLS FIRST)");
    }

    /** Diffs, renders and runs the change from one schema to the other; returns the ops. */
    private static List<MigrationOp> apply(Schema from, Schema to) {
        PostgresDialect dialect = new PostgresDialect();
        DiffResult diff = SchemaDiff.compare(from, to, dialect.comparisonRules(), DiffOptions.defaults());
        assertEquals(List.of(), diff.skipped());
        List<String> statements = new ArrayList<>(dialect.ddlRenderer().render(diff.ops(), from));
        database.execute(statements.toArray(String[]::new));
        return diff.ops();
    }

    private static List<String> indexDefinitions() {
        return database.column("select pg_get_indexdef(indexrelid) from pg_index i join pg_class c on c.oid = i.indrelid"
                + " where c.relnamespace = current_schema()::regnamespace order by 1").stream()
                .map(definition -> definition.toLowerCase(Locale.ROOT)).toList();
    }

    private static void recreate() {
        database.execute("DROP TABLE IF EXISTS artist, release_label");
        database.execute(TABLES.toArray(String[]::new));
    }
}
