package dev.retort.dialect.h2;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.JdbcSession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads primary keys with unique constraints, foreign keys, checks and indexes of all chosen
 * tables, one query each. Indexes H2 created itself for a constraint ({@code IS_GENERATED}) are
 * left to the constraint. Used once per read; not thread-safe.
 */
final class H2Constraints {

    private static final String KEYS = """
            select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME
              from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
              join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                on k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
             where tc.TABLE_SCHEMA in (%s) and tc.CONSTRAINT_TYPE in ('PRIMARY KEY', 'UNIQUE')
             order by tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    private static final String FOREIGN_KEYS = """
            select k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, r.TABLE_SCHEMA, r.TABLE_NAME,
                   r.COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE
              from INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
              join INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
                on k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA and k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
              join INFORMATION_SCHEMA.KEY_COLUMN_USAGE r
                on r.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA and r.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
               and r.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
             where k.TABLE_SCHEMA in (%s)
             order by k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
            """;

    private static final String CHECKS = """
            select tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
              from INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
              join INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
                on cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA and cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
             where tc.TABLE_SCHEMA in (%s) and tc.CONSTRAINT_TYPE = 'CHECK'
            """;

    private static final String INDEXES = """
            select i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION
              from INFORMATION_SCHEMA.INDEXES i
              join INFORMATION_SCHEMA.INDEX_COLUMNS c
                on c.INDEX_SCHEMA = i.INDEX_SCHEMA and c.INDEX_NAME = i.INDEX_NAME
             where i.TABLE_SCHEMA in (%s) and not i.IS_GENERATED and c.IS_UNIQUE is not null
             order by i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION
            """;

    /** One multi-row object being collected: a key, foreign key or index. */
    private record Parts(TableBuilder table, String name, String kind, String[] extra, List<String> columns,
                         List<String> others) {
    }

    private final H2SchemaReader.Scope scope;

    H2Constraints(H2SchemaReader.Scope scope) {
        this.scope = scope;
    }

    void read(JdbcSession session) {
        Map<List<String>, Parts> keys = collect(session, KEYS, 4, 5, 0, 0);
        keys.values().forEach(parts -> {
            if (parts.kind().equals("PRIMARY KEY")) {
                parts.table().primaryKey(new PrimaryKey(parts.name(), parts.columns()));
            } else {
                parts.table().unique(new UniqueConstraint(parts.name(), parts.columns()));
            }
        });
        collect(session, FOREIGN_KEYS, 0, 4, 7, 5).values().forEach(this::foreignKey);
        session.query(scope.sql(CHECKS), row -> {
            TableBuilder table = scope.table(row, 1);
            if (table != null) {
                table.check(new CheckConstraint(row.getString(3), row.getString(4)));
            }
            return null;
        }, scope.schemas());
        collect(session, INDEXES, 4, 5, 6, 0).values().forEach(H2Constraints::index);
    }

    /**
     * Groups rows by (schema, table, name). Per row it keeps {@code columnColumn} and, unless 0,
     * {@code otherColumn} (referenced column, index ordering); from the first row the kind and the
     * columns from {@code extraFrom} on (0: none).
     */
    private Map<List<String>, Parts> collect(JdbcSession session, String sql, int kindColumn, int columnColumn,
                                             int otherColumn, int extraFrom) {
        Map<List<String>, Parts> found = new LinkedHashMap<>();
        session.query(scope.sql(sql), row -> {
            TableBuilder table = scope.table(row, 1);
            if (table == null) {
                return null;
            }
            List<String> id = List.of(row.getString(1), row.getString(2), row.getString(3));
            Parts parts = found.get(id);
            if (parts == null) {
                String[] extra = new String[extraFrom == 0 ? 0 : row.getMetaData().getColumnCount() - extraFrom + 1];
                for (int i = 0; i < extra.length; i++) {
                    extra[i] = row.getString(extraFrom + i);
                }
                parts = new Parts(table, id.get(2), kindColumn == 0 ? "" : row.getString(kindColumn), extra,
                        new ArrayList<>(), new ArrayList<>());
                found.put(id, parts);
            }
            parts.columns().add(row.getString(columnColumn));
            if (otherColumn > 0) {
                parts.others().add(row.getString(otherColumn));
            }
            return null;
        }, scope.schemas());
        return found;
    }

    private void foreignKey(Parts parts) {
        // extra: referenced schema, referenced table, referenced column, update rule, delete rule
        QualifiedName target = scope.name(parts.extra()[0], parts.extra()[1]);
        parts.table().foreignKey(new ForeignKey(parts.name(), parts.columns(), target, parts.others(),
                action(parts.extra()[4]), action(parts.extra()[3]), ForeignKey.Deferrability.NOT_DEFERRABLE));
    }

    private static void index(Parts parts) {
        List<Index.Key> keys = new ArrayList<>();
        for (int i = 0; i < parts.columns().size(); i++) {
            keys.add(new Index.Key(parts.columns().get(i), null,
                    "DESC".equals(parts.others().get(i)) ? Index.SortOrder.DESC : Index.SortOrder.ASC, null));
        }
        String type = parts.kind();
        String method = type.contains("SPATIAL") ? "SPATIAL" : type.contains("HASH") ? "HASH" : null;
        parts.table().index(new Index(parts.name(), keys, type.contains("UNIQUE"), null, method));
    }

    private static ForeignKey.ReferentialAction action(String rule) {
        return ForeignKey.ReferentialAction.valueOf(rule.replace(' ', '_'));
    }
}
