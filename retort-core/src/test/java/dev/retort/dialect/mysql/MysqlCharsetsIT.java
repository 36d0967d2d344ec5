package dev.retort.dialect.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.diff.DiffOptions;
import dev.retort.diff.SchemaDiff;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.op.AlterColumn;
import dev.retort.op.AlterTableOptions;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Charset;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Character sets, collations, table options and index comments on MariaDB: what the reader records
 * checked against the catalog queried here on its own, and the ops that change them run forwards
 * and backwards on the database.
 */
class MysqlCharsetsIT {

    private static TestDatabase database;
    private static String databaseCollation;

    @BeforeAll
    static void create() {
        database = TestDatabase.create(TestDatabase.Kind.MYSQL);
        databaseCollation = database.column("select @@collation_database").get(0);
        database.execute(
                "CREATE TABLE plain (id int PRIMARY KEY, name varchar(20), note text)",
                "CREATE TABLE latin (id int PRIMARY KEY, name varchar(20), code char(3) CHARACTER SET ascii,"
                        + " word varchar(9) COLLATE latin1_bin, body text CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,"
                        + " kind enum('a','b') CHARACTER SET utf8mb4, doc json,"
                        + " KEY ix_name (name) COMMENT 'by name', UNIQUE KEY ux_code (code) COMMENT 'one per code',"
                        + " UNIQUE KEY ux_word (word)) DEFAULT CHARSET=latin1 ROW_FORMAT=COMPACT STATS_PERSISTENT=0",
                "CREATE TABLE binned (id int PRIMARY KEY, name varchar(20)) COLLATE=utf8mb4_bin ENGINE=MyISAM");
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    private static Schema read() {
        try (Connection connection = database.connect()) {
            return new MysqlDialect().schemaReader().read(new JdbcSession(connection), ReflectOptions.defaults());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Table table(Schema schema, String name) {
        return schema.table(QualifiedName.of(name)).orElseThrow(() -> new AssertionError("no table " + name));
    }

    @Test
    void tableCharsetsAndOptionsMatchTheCatalog() {
        Schema schema = read();
        for (String row : database.column("select concat_ws('|', t.TABLE_NAME, t.TABLE_COLLATION, c.CHARACTER_SET_NAME,"
                + " c.IS_DEFAULT, t.ENGINE, t.CREATE_OPTIONS) from information_schema.TABLES t join information_schema.COLLATIONS c"
                + " on c.COLLATION_NAME = t.TABLE_COLLATION where t.TABLE_SCHEMA = database() and t.TABLE_NAME <> 'retort_version'")) {
            String[] part = row.split("\\|", -1);
            Table table = table(schema, part[0]);
            Charset expected = part[1].equals(databaseCollation) ? null
                    : new Charset(part[2], part[3].equals("Yes") ? null : part[1]);
            assertEquals(expected, table.options().charset(), part[0]);
            assertEquals(part[4].equalsIgnoreCase("InnoDB") ? null : part[4], table.options().option("ENGINE"), part[0]);
            String createOptions = part[5].toUpperCase(java.util.Locale.ROOT);
            table.options().options().forEach((name, value) -> assertTrue(name.equals("ENGINE")
                    || createOptions.contains(name + "=" + value), part[0] + ": " + name + "=" + value + " not in " + part[5]));
        }
        assertEquals(TableOptions.NONE, table(schema, "plain").options());
        assertEquals(TableOptions.of(Charset.of("latin1"), Map.of("ROW_FORMAT", "COMPACT", "STATS_PERSISTENT", "0")),
                table(schema, "latin").options());
        assertEquals(TableOptions.of(Charset.ofCollation("utf8mb4_bin"), Map.of("ENGINE", "MyISAM")),
                table(schema, "binned").options());
    }

    @Test
    void columnCharsetsAreThoseThatDifferFromTheTablesAsTheCatalogSays() {
        Schema schema = read();
        Map<String, String> tableCollations = new HashMap<>();
        database.column("select concat(TABLE_NAME, '|', TABLE_COLLATION) from information_schema.TABLES"
                + " where TABLE_SCHEMA = database()").forEach(row -> tableCollations.put(row.split("\\|")[0], row.split("\\|")[1]));
        int explicit = 0;
        for (String row : database.column("select concat_ws('|', k.TABLE_NAME, k.COLUMN_NAME, k.DATA_TYPE,"
                + " ifnull(k.COLLATION_NAME, '-'), ifnull(k.CHARACTER_SET_NAME, '-'), ifnull(c.IS_DEFAULT, '-'))"
                + " from information_schema.COLUMNS k left join information_schema.COLLATIONS c on c.COLLATION_NAME = k.COLLATION_NAME"
                + " where k.TABLE_SCHEMA = database() and k.TABLE_NAME <> 'retort_version'")) {
            String[] part = row.split("\\|", -1);
            Column column = table(schema, part[0]).column(part[1]).orElseThrow();
            boolean json = part[2].equals("longtext") && part[3].equals("utf8mb4_bin") && part[1].equals("doc");
            Charset expected = part[3].equals("-") || part[3].equals(tableCollations.get(part[0])) || json ? null
                    : new Charset(part[4], part[5].equals("Yes") ? null : part[3]);
            assertEquals(expected, column.charset(), part[0] + "." + part[1]);
            explicit += expected == null ? 0 : 1;
        }
        assertEquals(4, explicit, "code, word, body and kind of latin state their own");
        Table latin = table(schema, "latin");
        assertEquals(Charset.of("ascii"), latin.column("code").orElseThrow().charset());
        assertEquals(Charset.ofCollation("latin1_bin"), latin.column("word").orElseThrow().charset());
        assertNull(latin.column("name").orElseThrow().charset());
    }

    @Test
    void indexCommentsMatchTheCatalog() {
        Schema schema = read();
        Map<String, String> comments = new HashMap<>();
        database.column("select distinct concat(TABLE_NAME, '.', INDEX_NAME, '|', INDEX_COMMENT) from information_schema.STATISTICS"
                + " where TABLE_SCHEMA = database() and INDEX_COMMENT <> ''").forEach(row -> comments.put(
                row.substring(0, row.indexOf('|')), row.substring(row.indexOf('|') + 1)));
        assertEquals(Map.of("latin.ix_name", "by name", "latin.ux_code", "one per code"), comments);
        Table latin = table(schema, "latin");
        Map<String, String> read = new HashMap<>();
        latin.indexes().stream().filter(index -> index.comment() != null)
                .forEach(index -> read.put("latin." + index.name(), index.comment()));
        assertEquals(comments, read);
        // a commented unique index stays an index, so its comment is kept; an uncommented one is a constraint
        assertTrue(latin.indexes().stream().anyMatch(index -> index.name().equals("ux_code") && index.unique()));
        assertTrue(latin.uniques().stream().anyMatch(unique -> "ux_word".equals(unique.name())));
    }

    @Test
    void anUnchangedSchemaYieldsNoOps() {
        Schema schema = read();
        assertEquals(List.of(), diff(schema, read()));
    }

    @Test
    void tableOptionsChangeAndChangeBack() {
        Schema start = read();
        Table plain = table(start, "plain");
        TableOptions wanted = TableOptions.of(Charset.ofCollation("latin1_bin"), Map.of("ROW_FORMAT", "COMPACT"));
        Table changed = plain.withOptions(wanted);
        List<MigrationOp> ops = diff(start, with(start, changed));
        // the default changes, and the text columns that followed it are altered to match, stating their set
        assertEquals(3, ops.size(), ops.toString());
        assertTrue(ops.subList(0, 2).stream().allMatch(op -> op instanceof AlterColumn), ops.toString());
        assertEquals(new AlterTableOptions(plain.name(), TableOptions.NONE, wanted), ops.get(2));
        apply(ops, start);
        Schema after = read();
        assertEquals(wanted, table(after, "plain").options());
        assertNull(table(after, "plain").column("name").orElseThrow().charset(), "the column follows the table again");
        assertEquals(List.of(), diff(after, with(start, changed)));
        apply(reversed(ops), after);
        assertEquals(start, read());
    }

    @Test
    void aColumnCollationAndAnIndexCommentChangeAndChangeBack() {
        Schema start = read();
        Table latin = table(start, "latin");
        Column name = latin.column("name").orElseThrow();
        List<Column> columns = new ArrayList<>(latin.columns());
        columns.set(columns.indexOf(name), name.withCharset(Charset.ofCollation("utf8mb4_unicode_ci")));
        List<Index> indexes = latin.indexes().stream().map(index -> index.name().equals("ix_name")
                ? new Index(index.name(), index.keys(), index.unique(), index.predicate(), index.method(), "renamed comment")
                : index).toList();
        Table changed = new Table(latin.name(), columns, latin.primaryKey(), latin.uniques(), indexes, latin.foreignKeys(),
                latin.checks(), latin.comment(), latin.options());
        List<MigrationOp> ops = diff(start, with(start, changed));
        assertEquals(3, ops.size(), "alter the column, drop and create the index: " + ops);
        apply(ops, start);
        Schema after = read();
        assertEquals(changed, table(after, "latin"));
        apply(reversed(ops), after);
        assertEquals(start, read());
        assertNotEquals(start, after);
    }

    private static Schema with(Schema schema, Table table) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.replaceAll(each -> each.name().equals(table.name()) ? table : each);
        return new Schema(tables, schema.objects());
    }

    private static List<MigrationOp> diff(Schema from, Schema to) {
        return SchemaDiff.compare(from, to, new MysqlDialect().comparisonRules(), DiffOptions.defaults()).ops();
    }

    private static List<MigrationOp> reversed(List<MigrationOp> ops) {
        List<MigrationOp> reversed = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            reversed.add(ops.get(i).reverse());
        }
        return reversed;
    }

    private static void apply(List<MigrationOp> ops, Schema before) {
        database.execute(new MysqlDialect().ddlRenderer().render(ops, before).toArray(String[]::new));
    }

    @Test
    void aTableMovingBackToTheDatabaseDefaultTakesItsColumnsAlong() {
        database.execute("CREATE TABLE moving (id int PRIMARY KEY, name varchar(20)) DEFAULT CHARSET=latin1");
        try {
            Schema start = read();
            Table moving = table(start, "moving");
            Table changed = moving.withOptions(TableOptions.NONE);
            List<MigrationOp> ops = diff(start, with(start, changed));
            assertEquals(new AlterTableOptions(moving.name(), moving.options(), TableOptions.NONE), ops.get(0), ops.toString());
            apply(ops, start);
            Schema after = read();
            assertEquals(changed, table(after, "moving"));
            apply(reversed(ops), after);
            assertEquals(start, read());
        } finally {
            database.execute("DROP TABLE moving");
        }
    }

    @Test
    void aJavaModelWithCharsetsAndOptionsIsCreatedAndThenEqual() {
        Schema model = SchemaBuilder.schema()
                .table("from_java", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("name", Types.varchar(20)).collation("utf8mb4_unicode_ci")
                        .column("code", Types.varchar(3)).charset("latin1")
                        .column("note", Types.text())
                        .primaryKey("id")
                        .index("ix_name", "name").indexComment("by name")
                        .defaultCharset("utf8mb4_bin")
                        .option("ENGINE", "InnoDB")
                        .option("ROW_FORMAT", "DYNAMIC"))
                .build();
        Schema start = read();
        Schema wanted = new Schema(concat(start.tables(), model.tables().get(0)), start.objects());
        try {
            apply(diff(start, wanted), start);
            Table created = table(read(), "from_java");
            assertEquals(TableOptions.of(Charset.ofCollation("utf8mb4_bin"), Map.of("ROW_FORMAT", "DYNAMIC")),
                    created.options());
            assertEquals(Charset.of("latin1"), created.column("code").orElseThrow().charset());
            assertNull(created.column("note").orElseThrow().charset(), "note follows its table");
            assertEquals("by name", created.indexes().get(0).comment());
            assertEquals(List.of(), diff(read(), wanted), "the model and the database agree");
        } finally {
            database.execute("DROP TABLE IF EXISTS from_java");
        }
    }

    private static List<Table> concat(List<Table> tables, Table table) {
        List<Table> all = new ArrayList<>(tables);
        all.add(table);
        return all;
    }
}
