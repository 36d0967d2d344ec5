package dev.retort.dialect.mysql;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.QualifiedName;
import dev.retort.sql.JdbcSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads all foreign keys of the database in one query. Used once per read; not thread-safe. */
final class MysqlForeignKeys {

    private static final String FOREIGN_KEYS = """
            select k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA,
                   k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, r.UPDATE_RULE, r.DELETE_RULE
              from information_schema.KEY_COLUMN_USAGE k
              join information_schema.REFERENTIAL_CONSTRAINTS r
                on r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA and r.TABLE_NAME = k.TABLE_NAME
               and r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
             where k.TABLE_SCHEMA = database() and k.REFERENCED_TABLE_NAME is not null
             order by k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    /** One key being collected. */
    private record Key(String table, String name, QualifiedName target, String onUpdate, String onDelete,
                       List<String> columns, List<String> referenced) {
    }

    private final String database;

    MysqlForeignKeys(String database) {
        this.database = database;
    }

    void read(JdbcSession session, Map<String, TableBuilder> tables) {
        Map<List<String>, Key> keys = new LinkedHashMap<>();
        session.query(FOREIGN_KEYS, row -> {
            if (tables.containsKey(row.getString(1))) {
                String schema = row.getString(4);
                QualifiedName target = new QualifiedName(database.equals(schema) ? null : schema, row.getString(5));
                List<String> id = List.of(row.getString(1), row.getString(2));
                Key key = keys.get(id);
                if (key == null) {
                    key = new Key(id.get(0), id.get(1), target, row.getString(7), row.getString(8),
                            new ArrayList<>(), new ArrayList<>());
                    keys.put(id, key);
                }
                key.columns().add(row.getString(3));
                key.referenced().add(row.getString(6));
            }
            return null;
        });
        for (Key key : keys.values()) {
            tables.get(key.table()).foreignKey(new ForeignKey(key.name(), key.columns(), key.target(), key.referenced(),
                    action(key.onDelete()), action(key.onUpdate()), ForeignKey.Deferrability.NOT_DEFERRABLE));
        }
    }

    private static ForeignKey.ReferentialAction action(String rule) {
        return ForeignKey.ReferentialAction.valueOf(rule.replace(' ', '_'));
    }
}
