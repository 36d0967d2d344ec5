package dev.retort;

import dev.retort.model.Keys;
import dev.retort.model.SchemaBuilder;
import dev.retort.model.Types;
import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;
import java.util.List;

class MysqlSchemaBuilderIT extends SchemaBuilderContract {
    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }

    @Override
    List<Feature> dialectFeatures() {
        return List.of(
                new Feature("MariaDB types", SchemaBuilder.schema()
                        .table("typed", t -> t
                                .column("id", Types.unsigned(Types.bigint())).notNull().identity(Identity.Kind.AUTO_INCREMENT)
                                .column("tiny", Types.tinyint())
                                .column("medium", Types.mediumint())
                                .column("stamp", Types.datetime(6))
                                .column("born", Types.year())
                                .column("mood", Types.enumOf("happy", "sad"))
                                .column("flags", Types.setOf("a", "b"))
                                .column("short_text", Types.text(255))
                                .column("middle_blob", Types.blob(65_535))
                                .column("hash", Types.binary(16))
                                .column("raw", Types.varbinary(20))
                                .column("doc", Types.json())
                                .column("uid", Types.uuid())
                                .primaryKey("id")
                                .comment("every type")
                                .column("note", Types.varchar(10)).columnComment("a note"))
                        .build()),
                new Feature("on update, charsets, generated columns, column checks", SchemaBuilder.schema()
                        .table("line", t -> t
                                .column("id", Types.integer()).notNull()
                                .column("price", Types.integer()).notNull().columnCheck("`price` >= 0")
                                .column("total", Types.integer()).generatedAs("`price` * 2", false)
                                .column("changed", Types.timestamp()).notNull().defaultValue("CURRENT_TIMESTAMP")
                                .onUpdate("CURRENT_TIMESTAMP")
                                .column("code", Types.varchar(10)).charset("ascii")
                                .primaryKey("id")
                                .option("ENGINE", "InnoDB"))
                        .build()),
                new Feature("fulltext and prefix indexes, index comments", SchemaBuilder.schema()
                        .table("doc", t -> t
                                .column("id", Types.integer()).notNull()
                                .column("title", Types.varchar(200))
                                .column("body", Types.text())
                                .primaryKey("id")
                                .index("ft_doc_body", "body").using("FULLTEXT")
                                .index("ix_doc_title", Keys.prefix("title", 20), Keys.desc("id")).indexComment("by title"))
                        .build()));
    }
}
