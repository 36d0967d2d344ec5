package dev.retort.ddl;

import dev.retort.RetortException;
import dev.retort.dialect.sqlite.SqliteDialect;
import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddColumn;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.DropColumn;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.spi.DdlRenderer;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static dev.retort.ddl.Fixtures.INT;
import static dev.retort.ddl.Fixtures.column;
import static dev.retort.ddl.Fixtures.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQLite's own cases: what ALTER TABLE does directly, what rebuilds, and how a rebuild keeps triggers. */
class SqliteDdlSpecificsTest {

    private final DdlRenderer renderer = new SqliteDialect().ddlRenderer();

    private static final Table NOTE = new Table(name("note"), List.of(column("id", INT, false, null, null),
            column("body", Fixtures.TEXT, true, null, "text"), column("rank", INT, true, null, null),
            column("tag", Fixtures.varchar(8), true, null, null)),
            Fixtures.primaryKey(null, "id"), List.of(), List.of(Fixtures.index("note_rank", false, Fixtures.asc("rank"))),
            List.of(), List.of(Fixtures.check(null, "length(tag) < 9")), null);

    private static final Schema SCHEMA = new Schema(List.of(NOTE), List.of());

    private String script(Schema before, MigrationOp... ops) {
        return renderer.render(List.of(ops), before).stream().map(sql -> sql + ";\n").collect(Collectors.joining());
    }

    @Test
    void addColumnRunsDirectlyWhenSqliteAllowsIt() {
        assertEquals("ALTER TABLE note ADD COLUMN flag BOOLEAN NOT NULL DEFAULT 0;\n", script(SCHEMA,
                new AddColumn(name("note"), column("flag", new ColumnType.BooleanType(), false, Fixtures.literal("0"), "c"))));
        assertEquals("ALTER TABLE note ADD COLUMN half INTEGER GENERATED ALWAYS AS (rank / 2) VIRTUAL;\n", script(SCHEMA,
                new AddColumn(name("note"), Column.of("half", INT, true)
                        .withGenerated(new GeneratedColumn("rank / 2", false)))));
    }

    @Test
    void addColumnRebuildsForWhatAlterTableRefuses() {
        for (Column column : List.of(
                column("at", Fixtures.TEXT, true, Fixtures.function("CURRENT_TIMESTAMP"), null),
                column("n", INT, false, null, null),
                column("x", INT, true, new DefaultValue("1 + 1", DefaultValue.Kind.EXPRESSION), null),
                Column.of("s", INT, true).withGenerated(new GeneratedColumn("rank * 2", true)))) {
            String sql = script(SCHEMA, new AddColumn(name("note"), column));
            assertTrue(sql.contains("CREATE TABLE _retort_new_note"), sql);
        }
        assertEquals("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TABLE _retort_new_note (
                    id INTEGER NOT NULL,
                    body TEXT,
                    rank INTEGER,
                    tag VARCHAR(8),
                    at TEXT DEFAULT CURRENT_TIMESTAMP,
                    x INTEGER DEFAULT (1 + 1),
                    PRIMARY KEY (id),
                    CHECK (length(tag) < 9)
                );
                INSERT INTO _retort_new_note (id, body, rank, tag) SELECT id, body, rank, tag FROM note;
                DROP TABLE note;
                PRAGMA legacy_alter_table = ON;
                ALTER TABLE _retort_new_note RENAME TO note;
                PRAGMA legacy_alter_table = OFF;
                PRAGMA writable_schema = ON;
                UPDATE main.sqlite_master SET sql = 'CREATE TABLE note (
                    id INTEGER NOT NULL,
                    body TEXT,
                    rank INTEGER,
                    tag VARCHAR(8),
                    at TEXT DEFAULT CURRENT_TIMESTAMP,
                    x INTEGER DEFAULT (1 + 1),
                    PRIMARY KEY (id),
                    CHECK (length(tag) < 9)
                )' WHERE type = 'table' AND name = 'note';
                PRAGMA writable_schema = RESET;
                CREATE INDEX note_rank ON note (rank);
                """, script(SCHEMA,
                new AddColumn(name("note"), column("at", Fixtures.TEXT, true, Fixtures.function("CURRENT_TIMESTAMP"), null)),
                new AddColumn(name("note"), column("x", INT, true, new DefaultValue("1 + 1", DefaultValue.Kind.EXPRESSION), null))));
    }

    @Test
    void dropColumnRunsDirectlyUnlessSomethingUsesTheColumn() {
        assertEquals("ALTER TABLE note DROP COLUMN body;\n", script(SCHEMA, new DropColumn(name("note"),
                NOTE.column("body").orElseThrow())));
        for (String used : List.of("id", "rank", "tag")) {
            String sql = script(SCHEMA, new DropColumn(name("note"), NOTE.column(used).orElseThrow()));
            assertTrue(sql.contains("CREATE TABLE _retort_new_note"), used + ": " + sql);
        }
    }

    @Test
    void changesSqliteDoesNotStoreRenderNothing() {
        Column body = NOTE.column("body").orElseThrow();
        assertEquals("", script(SCHEMA, new AlterColumn(name("note"), body, Fixtures.withComment(body, "other")),
                new dev.retort.op.SetTableComment(name("note"), null, "notes")));
    }

    @Test
    void consecutiveChangesToOneTableShareOneRebuild() {
        Column rank = NOTE.column("rank").orElseThrow();
        String sql = script(SCHEMA, new AlterColumn(name("note"), rank, Fixtures.withType(rank, Fixtures.BIGINT)),
                new AddCheckConstraint(name("note"), Fixtures.check("rank_ck", "rank > 0")),
                new CreateIndex(name("note"), Fixtures.index("note_tag", false, Fixtures.asc("tag"))),
                new AlterColumn(name("note"), rank, Fixtures.withNullable(rank, false)));
        assertEquals(2, sql.split("CREATE TABLE _retort_new_note", -1).length - 1, sql);
        assertTrue(sql.contains("    rank BIGINT,\n") && sql.contains("CONSTRAINT rank_ck CHECK (rank > 0)"), sql);
    }

    @Test
    void aRebuildKeepsTheTablesTriggersThroughTheSchemaTable() {
        Schema withTrigger = new Schema(List.of(NOTE), List.of(new SchemaObject(SchemaObject.Kind.TRIGGER,
                name("note_touch"), name("note"))));
        String sql = script(withTrigger, new AddCheckConstraint(name("note"), Fixtures.check(null, "rank > 0")));
        assertTrue(sql.startsWith("""
                PRAGMA defer_foreign_keys = ON;
                CREATE TEMP TABLE _retort_triggers AS SELECT type, name, tbl_name, sql FROM main.sqlite_master\
                 WHERE type = 'trigger' AND tbl_name = 'note';
                CREATE TABLE _retort_new_note ("""), sql);
        assertTrue(sql.endsWith("""
                CREATE INDEX note_rank ON note (rank);
                PRAGMA writable_schema = ON;
                INSERT INTO main.sqlite_master (type, name, tbl_name, rootpage, sql) SELECT type, name, tbl_name, 0, sql\
                 FROM temp._retort_triggers;
                PRAGMA writable_schema = RESET;
                DROP TABLE temp._retort_triggers;
                """), sql);
    }

    @Test
    void aRebuildNeedsTheTablesDefinition() {
        RetortException error = assertThrows(RetortException.class, () -> script(Schema.empty(),
                new AddCheckConstraint(name("note"), Fixtures.check(null, "rank > 0"))));
        assertEquals("cannot render 'add check null to note': it needs the current definition of table note, which the"
                + " schema given to the renderer does not have; render with the schema the database has before these ops",
                error.getMessage());
    }

    @Test
    void everyTypeKindHasItsSpelling() {
        List<ColumnType> types = List.of(ColumnType.IntegerType.of(1), ColumnType.IntegerType.of(3),
                new ColumnType.DecimalType(null, null, false), new ColumnType.FloatType(8, false),
                new ColumnType.StringType(Size.FIXED, 2), new ColumnType.StringType(Size.LARGE, 255),
                new ColumnType.BinaryType(Size.VARYING, 4), new ColumnType.BinaryType(Size.LARGE, null),
                new TemporalType(TemporalType.Kind.DATETIME, null), new TemporalType(TemporalType.Kind.TIMESTAMP_TZ, 3),
                new ColumnType.JsonType(true), new ColumnType.UuidType(), new ColumnType.EnumType(List.of("a"), false),
                new ColumnType.ArrayType(INT, 1), ColumnType.NativeType.of(""), new ColumnType.UnrecognisedType("MONEY", "t"));
        assertEquals(List.of("TINYINT", "MEDIUMINT", "NUMERIC", "DOUBLE", "CHAR(2)", "TEXT", "VARBINARY(4)", "BLOB",
                "DATETIME", "TIMESTAMP(3) WITH TIME ZONE", "JSONB", "UUID", "TEXT", "JSON", "", "MONEY"),
                types.stream().map(type -> TypeSpelling.of(renderer, type).strip()).toList());
    }
}
