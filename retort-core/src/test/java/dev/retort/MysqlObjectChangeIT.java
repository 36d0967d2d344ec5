package dev.retort;

import dev.retort.schema.SchemaObject;
import dev.retort.testing.TestDatabase;
import java.util.List;

class MysqlObjectChangeIT extends ObjectChangeContract {

    private static final String TABLES = """
            CREATE TABLE item (id int PRIMARY KEY, name varchar(40) NOT NULL, price decimal(10,2));
            CREATE TABLE audit (item_id int, note varchar(40));
            """;

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.MYSQL;
    }

    @Override
    String before() {
        return TABLES + """
                CREATE FUNCTION price_with_tax(p decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC RETURN p * 1.1;
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 10;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE TRIGGER item_log AFTER INSERT ON item FOR EACH ROW INSERT INTO audit VALUES (NEW.id, 'added');
                """;
    }

    @Override
    String after() {
        return TABLES + """
                CREATE FUNCTION price_with_tax(p decimal(10,2)) RETURNS decimal(10,2) DETERMINISTIC RETURN p * 1.2;
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 20;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE TRIGGER item_log AFTER INSERT ON item FOR EACH ROW INSERT INTO audit VALUES (NEW.id, 'new');
                """;
    }

    @Override
    List<String> replaced() {
        // cheap_names is unchanged and goes with cheap, which it reads
        return List.of("function price_with_tax", "view cheap", "view cheap_names", "trigger item_log on item");
    }

    @Override
    int objects() {
        return 4;
    }

    @Override
    String printQuery(SchemaObject.Kind kind) {
        return switch (kind) {
            case VIEW -> "select replace(VIEW_DEFINITION, concat('`', database(), '`.'), '') from information_schema.VIEWS"
                    + " where TABLE_SCHEMA = database() and TABLE_NAME = ?";
            case FUNCTION -> "select ROUTINE_DEFINITION from information_schema.ROUTINES"
                    + " where ROUTINE_SCHEMA = database() and ROUTINE_NAME = ?";
            case TRIGGER -> "select ACTION_STATEMENT from information_schema.TRIGGERS"
                    + " where TRIGGER_SCHEMA = database() and TRIGGER_NAME = ?";
            default -> throw new AssertionError(kind.toString());
        };
    }
}
