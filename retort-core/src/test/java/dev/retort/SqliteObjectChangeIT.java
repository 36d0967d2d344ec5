package dev.retort;

import dev.retort.schema.SchemaObject;
import dev.retort.testing.TestDatabase;
import java.util.List;

class SqliteObjectChangeIT extends ObjectChangeContract {

    private static final String TABLES = """
            CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, price numeric);
            CREATE TABLE audit (item_id int, note text);
            """;

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.SQLITE;
    }

    @Override
    String before() {
        return TABLES + """
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 10;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE TRIGGER item_log AFTER INSERT ON item FOR EACH ROW BEGIN INSERT INTO audit VALUES (NEW.id, 'added'); END;
                """;
    }

    @Override
    String after() {
        return TABLES + """
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 20;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE TRIGGER item_log AFTER INSERT ON item FOR EACH ROW BEGIN INSERT INTO audit VALUES (NEW.id, 'new'); END;
                """;
    }

    @Override
    List<String> replaced() {
        // cheap_names is unchanged and goes with cheap, which it reads
        return List.of("view cheap", "view cheap_names", "trigger item_log on item");
    }

    @Override
    int objects() {
        return 3;
    }

    @Override
    String printQuery(SchemaObject.Kind kind) {
        return "select sql from sqlite_master where name = ?";
    }
}
