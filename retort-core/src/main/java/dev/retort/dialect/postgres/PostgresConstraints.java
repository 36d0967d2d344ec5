package dev.retort.dialect.postgres;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.JdbcSession;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads keys, unique, check and foreign-key constraints (one query) and indexes (one query) of all
 * chosen tables. Indexes that back a primary key, unique or exclusion constraint are left to the
 * constraint. Used once per read; not thread-safe.
 */
final class PostgresConstraints {

    private static final String CONSTRAINTS = """
            select c.conrelid, c.conname, c.contype,
                   array(select a.attname from unnest(c.conkey) with ordinality k(num, ord)
                           join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.num order by k.ord),
                   fn.nspname, f.relname,
                   array(select a.attname from unnest(c.confkey) with ordinality k(num, ord)
                           join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num order by k.ord),
                   c.confupdtype, c.confdeltype, c.condeferrable, c.condeferred,
                   pg_get_expr(c.conbin, c.conrelid)
              from pg_constraint c
              left join pg_class f on f.oid = c.confrelid
              left join pg_namespace fn on fn.oid = f.relnamespace
             where c.conrelid = any(?::oid[]) and c.contype in ('p', 'u', 'f', 'c')
            """;

    private static final String INDEXES = """
            select i.indrelid, ic.relname, i.indisunique, am.amname, pg_get_expr(i.indpred, i.indrelid),
                   array(select a.attname from generate_series(0, i.indnkeyatts - 1) k
                           left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[k]
                          order by k),
                   array(select case when i.indkey[k] = 0 then pg_get_indexdef(i.indexrelid, k + 1, true) end
                           from generate_series(0, i.indnkeyatts - 1) k order by k),
                   array(select i.indoption[k] from generate_series(0, i.indnkeyatts - 1) k order by k)
              from pg_index i
              join pg_class ic on ic.oid = i.indexrelid
              join pg_am am on am.oid = ic.relam
             where i.indrelid = any(?::oid[])
               and not exists (select 1 from pg_constraint c
                                where c.conindid = i.indexrelid and c.conrelid = i.indrelid
                                  and c.contype in ('p', 'u', 'x'))
            """;

    private final String currentSchema;

    PostgresConstraints(String currentSchema) {
        this.currentSchema = currentSchema;
    }

    void read(JdbcSession session, String oids, Map<Long, TableBuilder> tables) {
        session.query(CONSTRAINTS, row -> {
            constraint(row, tables.get(row.getLong(1)));
            return null;
        }, oids);
        session.query(INDEXES, row -> {
            tables.get(row.getLong(1)).index(index(row));
            return null;
        }, oids);
    }

    private void constraint(ResultSet row, TableBuilder table) throws SQLException {
        String name = row.getString(2);
        List<String> columns = strings(row.getArray(4));
        switch (row.getString(3)) {
            case "p" -> table.primaryKey(new PrimaryKey(name, columns));
            case "u" -> table.unique(new UniqueConstraint(name, columns));
            case "c" -> table.check(new CheckConstraint(name, row.getString(12)));
            default -> table.foreignKey(new ForeignKey(name, columns,
                    PostgresSchemaReader.name(row.getString(5), row.getString(6), currentSchema),
                    strings(row.getArray(7)), action(row.getString(9)), action(row.getString(8)),
                    deferrability(row.getBoolean(10), row.getBoolean(11))));
        }
    }

    private static Index index(ResultSet row) throws SQLException {
        List<String> columns = strings(row.getArray(6));
        List<String> expressions = strings(row.getArray(7));
        Object[] options = (Object[]) row.getArray(8).getArray();
        List<Index.Key> keys = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            // indoption bit 0: DESC
            boolean descending = (((Number) options[k]).intValue() & 1) != 0;
            keys.add(new Index.Key(columns.get(k), columns.get(k) == null ? expressions.get(k) : null,
                    descending ? Index.SortOrder.DESC : Index.SortOrder.ASC, null));
        }
        String method = "btree".equals(row.getString(4)) ? null : row.getString(4);
        return new Index(row.getString(2), keys, row.getBoolean(3), row.getString(5), method);
    }

    private static List<String> strings(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<String> result = new ArrayList<>(values.length);
        for (Object value : values) {
            result.add((String) value);
        }
        return result;
    }

    private static ForeignKey.ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ForeignKey.ReferentialAction.RESTRICT;
            case "c" -> ForeignKey.ReferentialAction.CASCADE;
            case "n" -> ForeignKey.ReferentialAction.SET_NULL;
            case "d" -> ForeignKey.ReferentialAction.SET_DEFAULT;
            default -> ForeignKey.ReferentialAction.NO_ACTION;
        };
    }

    static ForeignKey.Deferrability deferrability(boolean deferrable, boolean deferred) {
        if (!deferrable) {
            return ForeignKey.Deferrability.NOT_DEFERRABLE;
        }
        return deferred ? ForeignKey.Deferrability.DEFERRABLE_INITIALLY_DEFERRED
                : ForeignKey.Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE;
    }
}
