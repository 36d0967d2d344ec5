package dev.retort.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.Reports;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.schema.Charset;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportsTest {

    private static Schema schema() {
        Table parent = new Table(QualifiedName.of("parent"),
                List.of(new Column("id", ColumnType.IntegerType.of(4), false, null, new Identity(Identity.Kind.SERIAL), null, null, null),
                        new Column("name", new ColumnType.StringType(ColumnType.Size.VARYING, 40), true,
                                new DefaultValue("'x'", DefaultValue.Kind.LITERAL), null, null, null, "Display name")),
                new PrimaryKey("parent_pkey", List.of("id")), List.of(),
                List.of(new Index("ix_name", List.of(new Index.Key(null, "lower(name)", Index.SortOrder.DESC, null)), false,
                        "name IS NOT NULL", null)),
                List.of(new ForeignKey("fk_self", List.of("id"), new QualifiedName("audit", "parent"), List.of("id"),
                        ForeignKey.ReferentialAction.CASCADE, ForeignKey.ReferentialAction.NO_ACTION,
                        ForeignKey.Deferrability.NOT_DEFERRABLE)),
                List.of(), "Parents");
        return new Schema(List.of(parent), List.of(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("v_parent"))));
    }

    @Test
    void textShowsOneLinePerPart() {
        assertEquals("""
                table parent  -- Parents
                  id    INTEGER not null identity serial
                  name  VARCHAR(40) null default 'x'  -- Display name
                  primary key parent_pkey (id)
                  foreign key fk_self (id) references audit.parent (id) on delete cascade
                  index ix_name (lower(name) desc) where name IS NOT NULL

                view v_parent
                """, Reports.text(schema()));
        assertEquals("(no tables)\n", Reports.text(Schema.empty()));
    }

    @Test
    void jsonHasEveryKeyInAFixedOrder() {
        String json = Reports.json(schema());
        assertTrue(json.startsWith("{\n  \"format\": 1,\n  \"tables\": ["), json);
        for (String expected : List.of("\"schema\": null", "\"name\": \"parent\"", "\"comment\": \"Parents\"",
                "\"kind\": \"integer\"", "\"bytes\": 4", "\"typeText\": \"VARCHAR(40)\"", "\"identity\": \"serial\"",
                "\"default\": {\n", "\"sql\": \"'x'\"", "\"kind\": \"literal\"", "\"generated\": null", "\"onUpdate\": null",
                "\"recognised\": true", "\"primaryKey\": {", "\"uniques\": []", "\"referencedTable\": {\n", "\"schema\": \"audit\"",
                "\"onDelete\": \"cascade\"", "\"deferrability\": \"not_deferrable\"", "\"checks\": []", "\"expression\": \"lower(name)\"",
                "\"order\": \"desc\"", "\"predicate\": \"name IS NOT NULL\"", "\"kind\": \"view\"", "\"table\": null")) {
            assertTrue(json.contains(expected), () -> "missing " + expected + " in\n" + json);
        }
        assertTrue(json.indexOf("\"columns\"") < json.indexOf("\"primaryKey\"") && json.indexOf("\"primaryKey\"") < json.indexOf("\"indexes\""));
    }

    @Test
    void mysqlCharsetsOptionsAndIndexCommentsShowWhereTheModelHasThem() {
        Schema schema = SchemaBuilder.schema()
                .table("note", t -> t
                        .column("id", Types.integer()).notNull()
                        .column("body", Types.varchar(10)).collation("utf8mb4_bin")
                        .primaryKey("id")
                        .index("ix_body", "body").indexComment("by body")
                        .defaultCharset("latin1")
                        .option("row_format", "COMPACT"))
                .build();
        assertEquals("""
                table note charset latin1 row_format COMPACT
                  id    INTEGER not null
                  body  VARCHAR(10) charset utf8mb4 collate utf8mb4_bin null
                  primary key (id)
                  index ix_body (body)  -- by body

                """, Reports.text(schema));
        String json = Reports.json(schema);
        for (String expected : List.of("\"collation\": \"utf8mb4_bin\"", "\"ROW_FORMAT\": \"COMPACT\"",
                "\"comment\": \"by body\"", "\"name\": \"latin1\"")) {
            assertTrue(json.contains(expected), () -> "missing " + expected + " in\n" + json);
        }
        Table note = schema.tables().get(0);
        assertEquals(TableOptions.of(Charset.of("latin1"), Map.of("ROW_FORMAT", "COMPACT")), note.options());
        assertEquals(Charset.ofCollation("utf8mb4_bin"), note.column("body").orElseThrow().charset());
        assertEquals("by body", note.indexes().get(0).comment());
    }

    @Test
    void aCollationMustBelongToItsCharset() {
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new Charset("latin1", "utf8mb4_bin"));
        assertTrue(error.getMessage().contains("starts with latin1_"), error.getMessage());
        assertEquals(new Charset("utf8mb4", "utf8mb4_bin"), Charset.ofCollation("UTF8MB4_BIN"));
        assertEquals(TableOptions.NONE, new Table(QualifiedName.of("t"), List.of(Column.of("id", ColumnType.IntegerType.of(4),
                false)), null, List.of(), List.of(), List.of(), List.of(), null).options());
    }

    @Test
    void postgresPartitioningCollationsNullOrderAndUniqueModesShowWhereTheModelHasThem() {
        QualifiedName collation = new QualifiedName("musicbrainz", "musicbrainz");
        Column name = Column.of("name", new ColumnType.StringType(ColumnType.Size.LARGE, null), false).withCollation(collation);
        Column track = Column.of("is_track_artist", new ColumnType.BooleanType(), false);
        Table parent = new Table(QualifiedName.of("artist_release"), List.of(track, name), null,
                List.of(new UniqueConstraint("ar_uq", List.of("name"), ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED, true)),
                List.of(new Index("ar_sort", List.of(Index.Key.column("name").withCollation(collation),
                        new Index.Key("is_track_artist", null, Index.SortOrder.ASC, null).withNulls(Index.Nulls.FIRST)),
                        false, null, null)), List.of(), List.of(), null)
                .withInheritance(Inheritance.NONE.partitionedBy("LIST (is_track_artist)"));
        Table partition = new Table(QualifiedName.of("artist_release_va"), List.of(track, name), null, List.of(), List.of(),
                List.of(), List.of(), null).withInheritance(Inheritance.partitionOf(QualifiedName.of("artist_release"),
                "FOR VALUES IN (true)"));
        Schema schema = new Schema(List.of(parent, partition), List.of());
        assertEquals("""
                table artist_release partition by LIST (is_track_artist)
                  is_track_artist  BOOLEAN not null
                  name             TEXT collate musicbrainz.musicbrainz not null
                  unique ar_uq nulls not distinct (name) deferrable initially deferred
                  index ar_sort (name collate musicbrainz.musicbrainz, is_track_artist nulls first)

                table artist_release_va partition of artist_release FOR VALUES IN (true)
                  is_track_artist  BOOLEAN not null
                  name             TEXT collate musicbrainz.musicbrainz not null

                """, Reports.text(schema));
        String json = Reports.json(schema);
        for (String expected : List.of("\"partitionKey\": \"LIST (is_track_artist)\"",
                "\"bound\": \"FOR VALUES IN (true)\"", "\"deferrability\": \"deferrable_initially_deferred\"",
                "\"nullsNotDistinct\": true", "\"nulls\": \"first\"", "\"nulls\": \"default\"",
                "\"collation\": {\n")) {
            assertTrue(json.contains(expected), () -> "missing " + expected + " in\n" + json);
        }
        assertTrue(Reports.json(schema()).contains("\"inheritance\": null"));
    }
}
