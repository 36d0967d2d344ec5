package dev.retort.dialect.h2;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.JdbcSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads keys, unique, check and foreign-key constraints and indexes of all chosen tables: one
 * query per INFORMATION_SCHEMA view, joined here, because H2 builds each view on demand and joins
 * them without indexes (tens of seconds at 1000 tables). Indexes H2 created itself for a
 * constraint ({@code IS_GENERATED}) are left to the constraint. Used once per read; not thread-safe.
 */
final class H2Constraints {

    private static final String CONSTRAINTS = """
            select TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CONSTRAINT_TYPE
              from INFORMATION_SCHEMA.TABLE_CONSTRAINTS where TABLE_SCHEMA in (%s)
            """;

    /** Not filtered by schema: a foreign key may reference a key in a schema that is not read. */
    private static final String KEY_COLUMNS = """
            select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, COLUMN_NAME, ORDINAL_POSITION, POSITION_IN_UNIQUE_CONSTRAINT,
                   TABLE_SCHEMA, TABLE_NAME
              from INFORMATION_SCHEMA.KEY_COLUMN_USAGE
            """;

    private static final String REFERENTIAL = """
            select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA, UNIQUE_CONSTRAINT_NAME,
                   UPDATE_RULE, DELETE_RULE
              from INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS where CONSTRAINT_SCHEMA in (%s)
            """;

    private static final String CHECKS = """
            select CONSTRAINT_SCHEMA, CONSTRAINT_NAME, CHECK_CLAUSE
              from INFORMATION_SCHEMA.CHECK_CONSTRAINTS where CONSTRAINT_SCHEMA in (%s)
            """;

    private static final String INDEXES = """
            select INDEX_SCHEMA, INDEX_NAME, TABLE_SCHEMA, TABLE_NAME, INDEX_TYPE_NAME
              from INFORMATION_SCHEMA.INDEXES where TABLE_SCHEMA in (%s) and not IS_GENERATED
            """;

    private static final String INDEX_COLUMNS = """
            select INDEX_SCHEMA, INDEX_NAME, COLUMN_NAME, ORDINAL_POSITION, ORDERING_SPECIFICATION
              from INFORMATION_SCHEMA.INDEX_COLUMNS where TABLE_SCHEMA in (%s)
            """;

    /** One key column: its name, its position in the referenced key, and the table it belongs to. */
    private record KeyColumn(String column, int referencedPosition, String schema, String table) {
    }

    /** A constraint row of TABLE_CONSTRAINTS for a chosen table. */
    private record Constraint(TableBuilder table, List<String> id, String type) {
    }

    private final H2SchemaReader.Scope scope;

    H2Constraints(H2SchemaReader.Scope scope) {
        this.scope = scope;
    }

    void read(JdbcSession session) {
        List<Constraint> constraints = new ArrayList<>();
        session.query(scope.sql(CONSTRAINTS), row -> {
            TableBuilder table = scope.table(row, 1);
            if (table != null) {
                constraints.add(new Constraint(table, List.of(row.getString(3), row.getString(4)), row.getString(5)));
            }
            return null;
        }, scope.schemas());
        Map<List<String>, TreeMap<Integer, KeyColumn>> keyColumns = new HashMap<>();
        session.query(KEY_COLUMNS, row -> keyColumns.computeIfAbsent(List.of(row.getString(1), row.getString(2)),
                id -> new TreeMap<>()).put(row.getInt(4), new KeyColumn(row.getString(3), row.getInt(5),
                row.getString(6), row.getString(7))));
        Map<List<String>, String[]> referential = new HashMap<>();
        session.query(scope.sql(REFERENTIAL), row -> referential.put(List.of(row.getString(1), row.getString(2)),
                new String[] {row.getString(3), row.getString(4), row.getString(5), row.getString(6)}), scope.schemas());
        Map<List<String>, String> checks = new HashMap<>();
        session.query(scope.sql(CHECKS), row -> checks.put(List.of(row.getString(1), row.getString(2)), row.getString(3)),
                scope.schemas());
        for (Constraint constraint : constraints) {
            place(constraint, keyColumns, referential, checks);
        }
        indexes(session);
    }

    private void place(Constraint constraint, Map<List<String>, TreeMap<Integer, KeyColumn>> keyColumns,
                       Map<List<String>, String[]> referential, Map<List<String>, String> checks) {
        String name = constraint.id().get(1);
        List<KeyColumn> columns = new ArrayList<>(keyColumns.getOrDefault(constraint.id(), new TreeMap<>()).values());
        List<String> names = columns.stream().map(KeyColumn::column).toList();
        switch (constraint.type()) {
            case "PRIMARY KEY" -> constraint.table().primaryKey(new PrimaryKey(name, names));
            case "UNIQUE" -> constraint.table().unique(new UniqueConstraint(name, names));
            case "CHECK" -> constraint.table().check(new CheckConstraint(name, checks.get(constraint.id())));
            case "FOREIGN KEY" -> foreignKey(constraint, names, columns, keyColumns, referential.get(constraint.id()));
            default -> { }
        }
    }

    private void foreignKey(Constraint constraint, List<String> names, List<KeyColumn> columns,
                            Map<List<String>, TreeMap<Integer, KeyColumn>> keyColumns, String[] rule) {
        // rule: referenced constraint schema and name, update rule, delete rule
        TreeMap<Integer, KeyColumn> target = keyColumns.get(List.of(rule[0], rule[1]));
        List<String> referenced = new ArrayList<>();
        for (KeyColumn column : columns) {
            referenced.add(target.get(column.referencedPosition()).column());
        }
        KeyColumn first = target.firstEntry().getValue();
        QualifiedName table = scope.name(first.schema(), first.table());
        constraint.table().foreignKey(new ForeignKey(constraint.id().get(1), names, table, referenced,
                action(rule[3]), action(rule[2]), ForeignKey.Deferrability.NOT_DEFERRABLE));
    }

    private void indexes(JdbcSession session) {
        Map<List<String>, TreeMap<Integer, Index.Key>> keys = new HashMap<>();
        session.query(scope.sql(INDEX_COLUMNS), row -> keys.computeIfAbsent(List.of(row.getString(1), row.getString(2)),
                id -> new TreeMap<>()).put(row.getInt(4), new Index.Key(row.getString(3), null,
                "DESC".equals(row.getString(5)) ? Index.SortOrder.DESC : Index.SortOrder.ASC, null)), scope.schemas());
        session.query(scope.sql(INDEXES), row -> {
            TableBuilder table = scope.table(row, 3);
            if (table != null) {
                String type = row.getString(5);
                String method = type.contains("SPATIAL") ? "SPATIAL" : type.contains("HASH") ? "HASH" : null;
                List<Index.Key> parts = new ArrayList<>(keys.get(List.of(row.getString(1), row.getString(2))).values());
                table.index(new Index(row.getString(2), parts, type.contains("UNIQUE"), null, method));
            }
            return null;
        }, scope.schemas());
    }

    private static ForeignKey.ReferentialAction action(String rule) {
        return ForeignKey.ReferentialAction.valueOf(rule.replace(' ', '_'));
    }
}
