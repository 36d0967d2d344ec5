package dev.retort;

import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;
import java.util.List;

class H2SchemaBuilderIT extends SchemaBuilderContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    List<Feature> dialectFeatures() {
        return List.of(
                new Feature("H2 types", SchemaBuilder.schema()
                        .table("typed", t -> t
                                .column("id", Types.uuid()).notNull()
                                .column("at", Types.timestampTz())
                                .column("at_ms", Types.timestampTz(3))
                                .column("clock", Types.time())
                                .column("tiny", Types.tinyint())
                                .column("mood", Types.enumOf("happy", "sad"))
                                .column("tags", Types.arrayOf(Types.varchar(20)))
                                .column("doc", Types.json())
                                .column("raw", Types.varbinary(16))
                                .column("blob", Types.blob())
                                .column("amount", Types.numeric(12, 4))
                                .column("weight", Types.real())
                                .primaryKey("id")
                                .comment("every type")
                                .column("note", Types.varchar(10)).columnComment("a note"))
                        .build()),
                new Feature("identity always, sequences and generated columns", SchemaBuilder.schema()
                        .table("line", t -> t
                                .column("id", Types.bigint()).notNull().identity(Identity.Kind.ALWAYS)
                                .column("price", Types.integer()).notNull()
                                .column("total", Types.integer()).generatedAs("\"price\" * 2", true)
                                .primaryKey("id"))
                        .sequence("order_number", "CREATE SEQUENCE \"order_number\" START WITH 100")
                        .build()));
    }
}
