package dev.retort.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.command.SchemaFormat;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaFormatTest {

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
                """, SchemaFormat.text(schema()));
        assertEquals("(no tables)\n", SchemaFormat.text(Schema.empty()));
    }

    @Test
    void jsonHasEveryKeyInAFixedOrder() {
        String json = SchemaFormat.json(schema());
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
}
