package dev.retort;

import dev.retort.schema.SchemaObject;
import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
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

    /** PostgreSQL ends a view's print with a semicolon, the reader's statement without one. */
    @Override
    String printed(FreshDatabase database, SchemaObject object) throws SQLException {
        String printed = super.printed(database, object).strip();
        return printed.endsWith(";") ? printed.substring(0, printed.length() - 1) : printed;
    }

    @Override
    String printQuery(SchemaObject.Kind kind) {
        return switch (kind) {
            case VIEW -> "select pg_get_viewdef(c.oid) from pg_class c where c.relname = ? and c.relnamespace = 'public'::regnamespace";
            case FUNCTION -> "select pg_get_functiondef(p.oid) from pg_proc p where p.proname = ?"
                    + " and p.pronamespace = 'public'::regnamespace";
            case TRIGGER -> "select pg_get_triggerdef(t.oid) from pg_trigger t where t.tgname = ?";
            default -> throw new AssertionError(kind.toString());
        };
    }
}
