package dev.retort.dialect.mysql;

import dev.retort.spi.JdbcSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What in other databases of the server refers to the tables {@code clean --drop-all-tables} drops. MySQL and
 * MariaDB have no CASCADE that reaches them: with {@code FOREIGN_KEY_CHECKS = 0}, as clean drops, a foreign key
 * of another database is left referring to a missing table (its table then refuses every insert), and a view
 * of another database stops working; with the checks on, the drop fails instead. Nothing outside is dropped,
 * but it is broken, so clean names these objects before dropping anything. Views are found by their printed
 * definition, which the server always writes with database-qualified names; triggers and routines of other
 * databases are not searched. Stateless.
 */
final class MysqlDependents {

    private static final String FOREIGN_KEYS = """
            SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME
              FROM information_schema.REFERENTIAL_CONSTRAINTS
             WHERE UNIQUE_CONSTRAINT_SCHEMA = DATABASE() AND CONSTRAINT_SCHEMA <> DATABASE()
             ORDER BY 1, 2, 3
            """;

    private static final String VIEWS = """
            SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.VIEWS
             WHERE TABLE_SCHEMA <> DATABASE()
               AND LOCATE(CONCAT('`', REPLACE(DATABASE(), '`', '``'), '`.'), VIEW_DEFINITION) > 0
             ORDER BY 1, 2
            """;

    private MysqlDependents() {
    }

    static List<String> outside(JdbcSession session, Set<String> keep) {
        List<String> found = new ArrayList<>();
        for (List<String> key : session.query(FOREIGN_KEYS, row -> List.of(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4)))) {
            if (keep.stream().noneMatch(key.get(3)::equalsIgnoreCase)) {
                found.add("foreign key " + key.get(2) + " on table " + key.get(0) + "." + key.get(1)
                        + " (would be left referring to the dropped table " + key.get(3) + ")");
            }
        }
        found.addAll(session.query(VIEWS, row -> "view " + row.getString(1) + "." + row.getString(2)
                + " (would be left reading dropped tables)"));
        return found;
    }
}
