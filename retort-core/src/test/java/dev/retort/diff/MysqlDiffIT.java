package dev.retort.diff;

import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;
import java.util.List;
import java.util.Map;

class MysqlDiffIT extends DiffContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }

    @Override
    List<String> files() {
        // the acceptance cases come from SharedSchemas; this one is an older variant of quartz's InnoDB file
        return List.of("quartz/tables_mysql.sql");
    }

    @Override
    Map<String, String> excluded() {
        return Map.of("ory-kratos mysql migrations", "the history targets MySQL 8: two migrations fail on MariaDB 10.11");
    }

    @Override
    KnownChange knownChange() {
        return new KnownChange("sakila/sakila.mysql.sql", text -> text,
                List.of("ALTER TABLE actor ADD COLUMN nickname varchar(40)", "DROP INDEX idx_actor_last_name ON actor",
                        "ALTER TABLE address DROP FOREIGN KEY fk_address_city",
                        "ALTER TABLE address ADD CONSTRAINT fk_address_city FOREIGN KEY (city_id) REFERENCES city (city_id)"
                                + " ON DELETE CASCADE ON UPDATE CASCADE"),
                "actor", "nickname", "actor", "idx_actor_last_name", "address", "city_id");
    }

    @Override
    HandModel handModel() {
        return new HandModel(List.of(
                "CREATE TABLE parent (id int AUTO_INCREMENT PRIMARY KEY, code varchar(10) NOT NULL UNIQUE,"
                        + " created timestamp NULL DEFAULT now(), status varchar(10) DEFAULT 'new',"
                        // a table check, as the hand model has it: MariaDB keeps a column's own CHECK as a column check
                        + " amount decimal(10,2) DEFAULT 0, CHECK (status IN ('new', 'done')))",
                "CREATE TABLE child (id int AUTO_INCREMENT PRIMARY KEY, parent_id int, note text, flag boolean DEFAULT false,"
                        + " FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)"),
                HandModels.parentAndChild(HandModels.identity("id", ColumnType.IntegerType.of(4), Identity.Kind.AUTO_INCREMENT),
                        HandModels.identity("id", new ColumnType.UnrecognisedType("int(11)", "spelled by hand"), Identity.Kind.AUTO_INCREMENT),
                        HandModels.timestamp(), "current_timestamp()", new ColumnType.StringType(ColumnType.Size.LARGE, 65_535), false));
    }
}
