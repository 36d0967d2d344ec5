package dev.retort.command;

import dev.retort.schema.SchemaObject;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

class PostgresObjectChangeIT extends ObjectChangeContract {

    private static final String TABLES = """
            CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL, price numeric(10,2));
            CREATE TABLE audit (item_id int, note text);
            """;

    @Override
    TestDatabase.Kind kind() {
        return TestDatabase.Kind.POSTGRES;
    }

    @Override
    String before() {
        return TABLES + """
                CREATE FUNCTION price_with_tax(p numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT p * 1.1 $$;
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 10;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE FUNCTION log_item() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO audit VALUES (NEW.id, 'added'); RETURN NEW; END $$;
                CREATE TRIGGER item_log AFTER INSERT ON item FOR EACH ROW EXECUTE FUNCTION log_item();
                """;
    }

    @Override
    String after() {
        return TABLES + """
                CREATE FUNCTION price_with_tax(p numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT p * 1.2 $$;
                CREATE VIEW cheap AS SELECT id, name FROM item WHERE price < 20;
                CREATE VIEW cheap_names AS SELECT name FROM cheap;
                CREATE FUNCTION log_item() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN INSERT INTO audit VALUES (NEW.id, 'added'); RETURN NEW; END $$;
                CREATE TRIGGER item_log AFTER INSERT OR UPDATE ON item FOR EACH ROW EXECUTE FUNCTION log_item();
                """;
    }

    @Override
    List<String> replaced() {
        // cheap_names is unchanged, but PostgreSQL refuses to drop cheap while it reads it
        return List.of("function price_with_tax", "view cheap", "view cheap_names", "trigger item_log on item");
    }

    @Override
    int objects() {
        return 5;
    }

    @Override
    String printed(FreshDatabase database, SchemaObject object) throws Exception {
        String sql = switch (object.kind()) {
            case VIEW -> "select pg_get_viewdef(c.oid) from pg_class c where c.relname = ? and c.relnamespace = 'public'::regnamespace";
            case FUNCTION -> "select pg_get_functiondef(p.oid) from pg_proc p where p.proname = ? and p.pronamespace = 'public'::regnamespace";
            case TRIGGER -> "select pg_get_triggerdef(t.oid) from pg_trigger t where t.tgname = ?";
            default -> throw new AssertionError(object.toString());
        };
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, object.name().name());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                String printed = row.getString(1).strip();
                return printed.endsWith(";") ? printed.substring(0, printed.length() - 1) : printed;
            }
        }
    }
}
