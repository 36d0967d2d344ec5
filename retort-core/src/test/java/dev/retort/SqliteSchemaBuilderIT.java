package dev.retort;

import dev.retort.model.Keys;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;
import java.util.List;

class SqliteSchemaBuilderIT extends SchemaBuilderContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }

    @Override
    List<Feature> dialectFeatures() {
        return List.of(
                new Feature("partial and expression indexes", SchemaBuilder.schema()
                        .table("member", t -> t
                                .column("id", Types.integer()).notNull()
                                .column("email", Types.varchar(100)).notNull()
                                .column("left_at", Types.timestamp())
                                .primaryKey("id")
                                .uniqueIndex("ux_member_email_lower", Keys.expression("lower(email)"))
                                .index("ix_member_current", Keys.desc("id")).where("left_at IS NULL"))
                        .build()),
                new Feature("AUTOINCREMENT and generated columns", SchemaBuilder.schema()
                        .table("line", t -> t
                                .column("id", Types.integer()).notNull().identity(Identity.Kind.AUTOINCREMENT)
                                .column("price", Types.integer()).notNull()
                                .column("qty", Types.integer()).notNull()
                                .column("total", Types.integer()).generatedAs("price * qty", true)
                                .column("half", Types.integer()).generatedAs("price / 2", false)
                                .primaryKey("id"))
                        .build()));
    }
}
