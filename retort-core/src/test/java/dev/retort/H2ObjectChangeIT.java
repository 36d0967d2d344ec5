package dev.retort;

import dev.retort.schema.SchemaObject;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.h2.api.Trigger;

class H2ObjectChangeIT extends ObjectChangeContract {

    private static final String TABLES = """
            CREATE TABLE item (id int PRIMARY KEY, name varchar(40) NOT NULL, price numeric(10, 2));
            CREATE TABLE audit (item_id int, note varchar(40));
            """;

    /** The first model's trigger: H2 runs a trigger's Java class, which must be on the classpath. */
    public static final class Added implements Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        }
    }

    /** The second model's trigger. */
    public static final class Logged implements Trigger {
        @Override
        public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        }
    }

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.H2;
    }

    @Override
    String before() {
        return TABLES + """
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 10;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE ALIAS label FOR "java.lang.Integer.toString(int)";
                CREATE TRIGGER item_log AFTER INSERT ON item FOR EACH ROW CALL "dev.retort.H2ObjectChangeIT$Added";
                """;
    }

    @Override
    String after() {
        return TABLES + """
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 20;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE ALIAS label FOR "java.lang.Integer.toHexString(int)";
                CREATE TRIGGER item_log AFTER INSERT ON item FOR EACH ROW CALL "dev.retort.H2ObjectChangeIT$Logged";
                """;
    }

    @Override
    List<String> replaced() {
        // CHEAP_NAMES is unchanged and goes with CHEAP, which it reads
        return List.of("view CHEAP", "view CHEAP_NAMES", "function LABEL", "trigger ITEM_LOG on ITEM");
    }

    @Override
    int objects() {
        return 4;
    }

    @Override
    String printQuery(SchemaObject.Kind kind) {
        return switch (kind) {
            case VIEW -> "select replace(VIEW_DEFINITION, '\"' || current_schema || '\".', '') from INFORMATION_SCHEMA.VIEWS"
                    + " where TABLE_SCHEMA = current_schema and TABLE_NAME = ?";
            case FUNCTION -> "select EXTERNAL_NAME from INFORMATION_SCHEMA.ROUTINES"
                    + " where ROUTINE_SCHEMA = current_schema and ROUTINE_NAME = ? fetch first row only";
            case TRIGGER -> "select JAVA_CLASS from INFORMATION_SCHEMA.TRIGGERS"
                    + " where TRIGGER_SCHEMA = current_schema and TRIGGER_NAME = ? fetch first row only";
            default -> throw new AssertionError(kind.toString());
        };
    }
}
