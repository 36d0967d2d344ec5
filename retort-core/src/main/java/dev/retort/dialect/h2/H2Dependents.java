package dev.retort.dialect.h2;

import dev.retort.spi.JdbcSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What in other schemas of the database {@code clean --drop-all-tables} would take along: its {@code DROP TABLE …
 * CASCADE} drops another schema's foreign key on a dropped table and its views reading one. Views are found by
 * their printed definition, which H2 writes with schema-qualified names; triggers and aliases are not searched.
 * Stateless.
 */
final class H2Dependents {

    private static final String FOREIGN_KEYS = """
            SELECT R.CONSTRAINT_SCHEMA, C.TABLE_NAME, R.CONSTRAINT_NAME, U.TABLE_NAME
              FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R
              JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS C
                ON C.CONSTRAINT_SCHEMA = R.CONSTRAINT_SCHEMA AND C.CONSTRAINT_NAME = R.CONSTRAINT_NAME
              JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS U
                ON U.CONSTRAINT_SCHEMA = R.UNIQUE_CONSTRAINT_SCHEMA AND U.CONSTRAINT_NAME = R.UNIQUE_CONSTRAINT_NAME
             WHERE R.UNIQUE_CONSTRAINT_SCHEMA = CURRENT_SCHEMA AND R.CONSTRAINT_SCHEMA <> CURRENT_SCHEMA
             ORDER BY 1, 2, 3
            """;

    private static final String VIEWS = """
            SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.VIEWS
             WHERE TABLE_SCHEMA <> CURRENT_SCHEMA AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA'
               AND LOCATE('"' || REPLACE(CURRENT_SCHEMA, '"', '""') || '".', VIEW_DEFINITION) > 0
             ORDER BY 1, 2
            """;

    private H2Dependents() {
    }

    static List<String> outside(JdbcSession session, Set<String> keep) {
        List<String> found = new ArrayList<>();
        for (List<String> key : session.query(FOREIGN_KEYS, row -> List.of(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4)))) {
            if (keep.stream().noneMatch(key.get(3)::equalsIgnoreCase)) {
                found.add("foreign key " + key.get(2) + " on table " + key.get(0) + "." + key.get(1)
                        + " (references the dropped table " + key.get(3) + ")");
            }
        }
        found.addAll(session.query(VIEWS, row -> "view " + row.getString(1) + "." + row.getString(2)));
        return found;
    }
}
