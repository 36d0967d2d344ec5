package dev.retort;

import dev.retort.model.Keys;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import java.util.List;

class PostgresSchemaBuilderIT extends SchemaBuilderContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }

    @Override
    List<Feature> dialectFeatures() {
        return List.of(
                new Feature("PostgreSQL types", SchemaBuilder.schema()
                        .table("typed", t -> t
                                .column("id", Types.uuid()).notNull()
                                .column("at", Types.timestampTz())
                                .column("at_ms", Types.timestampTz(3))
                                .column("clock", Types.timeTz())
                                .column("precise", Types.time(6))
                                .column("doc", Types.json())
                                .column("bin_doc", Types.jsonb())
                                .column("raw", Types.bytea())
                                .column("tags", Types.arrayOf(Types.text()))
                                .column("span", Types.interval())
                                .column("any_number", Types.numeric())
                                .column("any_text", Types.varchar())
                                .column("address", Types.nativeType("inet"))
                                .column("mood", Types.enumType("mood"))
                                .column("positive", Types.domain("positive_int"))
                                .primaryKey("id")
                                .comment("every type")
                                .column("note", Types.varchar(10)).columnComment("a note"))
                        .object(SchemaObject.Kind.TYPE, "mood", "CREATE TYPE mood AS ENUM ('happy', 'sad')")
                        .object(SchemaObject.Kind.DOMAIN, "positive_int", "CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0)")
                        .comment("the builder's schema")
                        .build()),
                new Feature("partial and expression indexes, index methods", SchemaBuilder.schema()
                        .table("member", t -> t
                                .column("id", Types.integer()).notNull()
                                .column("email", Types.text()).notNull()
                                .column("left_at", Types.timestampTz())
                                .column("tags", Types.arrayOf(Types.text()))
                                .primaryKey("id")
                                .uniqueIndex("ux_member_email_lower", Keys.expression("lower(email)"))
                                .index("ix_member_current", Keys.desc("id")).where("left_at IS NULL")
                                .index("ix_member_tags", "tags").using("gin")
                                .index("ix_member_left", Keys.desc("left_at").withNulls(Index.Nulls.LAST),
                                        Keys.asc("email").withCollation(new QualifiedName("pg_catalog", "C"))))
                        .build()),
                new Feature("identities, sequences and generated columns", SchemaBuilder.schema()
                        .table("line", t -> t
                                .column("id", Types.bigint()).notNull().identity(Identity.Kind.ALWAYS)
                                .column("price", Types.integer()).notNull()
                                .column("total", Types.integer()).generatedAs("price * 2", true)
                                .primaryKey("id"))
                        .table("legacy", t -> t
                                .column("id", Types.integer()).notNull().identity(Identity.Kind.SERIAL)
                                .primaryKey("id"))
                        .sequence("order_number", "CREATE SEQUENCE order_number START 100")
                        .build()),
                new Feature("deferrable keys, NULLS NOT DISTINCT, collations", SchemaBuilder.schema()
                        .table("node", t -> t
                                .column("id", Types.integer()).notNull()
                                .column("parent_id", Types.integer())
                                .column("code", Types.text()).postgresCollation("pg_catalog.C")
                                .primaryKey("id")
                                .unique(new UniqueConstraint("uq_node_code", List.of("code"),
                                        ForeignKey.Deferrability.NOT_DEFERRABLE, true))
                                .foreignKey("fk_node_parent", List.of("parent_id"), "node", List.of("id"),
                                        ForeignKey.ReferentialAction.NO_ACTION)
                                .deferrable(ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED))
                        .build()),
                new Feature("materialized views, functions and triggers", SchemaBuilder.schema()
                        .table("item", t -> t
                                .column("id", Types.integer()).notNull()
                                .column("name", Types.text())
                                .column("changed", Types.timestampTz())
                                .primaryKey("id"))
                        .materializedView("item_names", "CREATE MATERIALIZED VIEW item_names AS SELECT name FROM item")
                        .function("touch", "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$"
                                + " BEGIN NEW.changed := now(); RETURN NEW; END $$")
                        .trigger("item", "item_touch", "CREATE TRIGGER item_touch BEFORE UPDATE ON item"
                                + " FOR EACH ROW EXECUTE FUNCTION touch()")
                        .object(SchemaObject.Kind.RULE, "item", "item_keep", "CREATE RULE item_keep AS ON DELETE TO item"
                                + " DO INSTEAD NOTHING")
                        .view("item_view", "CREATE VIEW item_view AS SELECT id, name FROM item")
                        .build()),
                new Feature("partitions and inheritance", SchemaBuilder.schema()
                        .table("measurement", t -> t
                                .column("taken", Types.date()).notNull()
                                .column("value", Types.integer())
                                .partitionBy("RANGE (taken)"))
                        .table("measurement_2026", t -> t
                                .column("taken", Types.date()).notNull()
                                .column("value", Types.integer())
                                .partitionOf("measurement", "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"))
                        .table("base_row", t -> t.column("id", Types.integer()))
                        .table("child_row", t -> t.column("id", Types.integer()).column("extra", Types.text())
                                .inherits("base_row"))
                        .build()));
    }
}
