package dev.retort.diff;

import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.testing.TestDatabase;
import java.util.List;

class SqliteDiffIT extends DiffContract {

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }

    @Override
    List<String> files() {
        return List.of();
    }

    @Override
    KnownChange knownChange() {
        // SQLite cannot alter a foreign key: the second database loads the file with the action changed
        return new KnownChange("sakila/sakila.sqlite.sql",
                text -> text.replace("CONSTRAINT fk_address_city FOREIGN KEY (city_id) REFERENCES city (city_id) ON DELETE NO ACTION",
                        "CONSTRAINT fk_address_city FOREIGN KEY (city_id) REFERENCES city (city_id) ON DELETE CASCADE"),
                List.of("ALTER TABLE actor ADD COLUMN nickname VARCHAR(40)", "DROP INDEX idx_actor_last_name"),
                "actor", "nickname", "actor", "idx_actor_last_name", "address", "city_id");
    }

    /** The DDL spells each type as Retort writes the model's: on SQLite another spelling is another declared type. */
    @Override
    HandModel handModel() {
        return new HandModel(List.of(
                "CREATE TABLE parent (id INTEGER PRIMARY KEY AUTOINCREMENT, code VARCHAR(10) NOT NULL UNIQUE,"
                        + " created DATETIME DEFAULT (datetime('now')), status VARCHAR(10) DEFAULT 'new'"
                        + " CHECK (status in ('new','done')), amount NUMERIC(10,2) DEFAULT 0.00)",
                "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE,"
                        + " note TEXT, flag BOOLEAN DEFAULT 0)",
                "CREATE INDEX ix_child_note ON child (LOWER(note))"),
                HandModels.parentAndChild(HandModels.identity("id", ColumnType.IntegerType.of(4), Identity.Kind.AUTOINCREMENT),
                        Fixtures.notNull("id", ColumnType.IntegerType.of(4)),
                        new ColumnType.TemporalType(ColumnType.TemporalType.Kind.DATETIME, null), "CURRENT_TIMESTAMP", Fixtures.TEXT, true));
    }
}
