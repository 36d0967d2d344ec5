package dev.retort.dialect.postgres;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.sql.JdbcSession;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the columns of all chosen tables: one query for the distinct types in use (each formatted
 * and parsed once, however many columns share it), one for the columns themselves. Used once per
 * read; not thread-safe.
 */
final class PostgresColumns {

    private static final String TYPES = """
            select u.atttypid, u.atttypmod, format_type(u.atttypid, u.atttypmod),
                   t.typtype, tn.nspname, t.typname, et.typtype, etn.nspname, et.typname
              from (select distinct a.atttypid, a.atttypmod from pg_attribute a
                     where a.attrelid = any(?::oid[]) and a.attnum > 0 and not a.attisdropped) u
              join pg_type t on t.oid = u.atttypid
              join pg_namespace tn on tn.oid = t.typnamespace
              left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
              left join pg_namespace etn on etn.oid = et.typnamespace
            """;

    /**
     * Defaults are deparsed without a relation (0): they cannot refer to columns, and the relation
     * context costs a lookup per call; generation expressions do refer to columns and get it.
     */
    private static final String COLUMNS = """
            select a.attrelid, a.attname, a.atttypid, a.atttypmod, a.attnotnull,
                   pg_get_expr(ad.adbin, case when a.attgenerated = '' then 0 else ad.adrelid end),
                   a.attidentity, a.attgenerated, ds.description, a.attnum,
                   ad.oid is not null and exists (
                       select 1 from pg_depend dep join pg_class s on s.oid = dep.objid and s.relkind = 'S'
                        where dep.refclassid = 'pg_class'::regclass and dep.refobjid = a.attrelid
                          and dep.refobjsubid = a.attnum and dep.classid = 'pg_class'::regclass
                          and dep.deptype = 'a') as owns_sequence
              from pg_attribute a
              left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
              left join pg_description ds
                on ds.objoid = a.attrelid and ds.classoid = 'pg_class'::regclass and ds.objsubid = a.attnum
             where a.attrelid = any(?::oid[]) and a.attnum > 0 and not a.attisdropped
             order by a.attrelid, a.attnum
            """;

    private final String currentSchema;
    private final Map<List<Long>, ColumnType> types = new HashMap<>();
    private final Map<String, DefaultValue> defaults = new HashMap<>();

    PostgresColumns(String currentSchema) {
        this.currentSchema = currentSchema;
    }

    /**
     * Adds the columns to their tables and returns, per table oid, the column names by attnum,
     * which the constraint and index queries refer to.
     */
    Map<Long, Map<Integer, String>> read(JdbcSession session, Array oids, Map<Long, TableBuilder> tables) {
        session.query(TYPES, row -> {
            PostgresTypes.Catalog type = new PostgresTypes.Catalog(row.getString(4), row.getString(5), row.getString(6));
            PostgresTypes.Catalog element = row.getString(7) == null ? null
                    : new PostgresTypes.Catalog(row.getString(7), row.getString(8), row.getString(9));
            return types.put(List.of(row.getLong(1), row.getLong(2)),
                    PostgresTypes.parse(row.getString(3), type, element, currentSchema));
        }, oids);
        Map<Long, Map<Integer, String>> names = new HashMap<>();
        session.query(COLUMNS, row -> {
            long table = row.getLong(1);
            tables.get(table).column(column(row));
            names.computeIfAbsent(table, ignored -> new HashMap<>()).put(row.getInt(10), row.getString(2));
            return null;
        }, oids);
        return names;
    }

    private Column column(ResultSet row) throws SQLException {
        ColumnType columnType = types.get(List.of(row.getLong(3), row.getLong(4)));
        String defaultText = row.getString(6);
        String identityFlag = row.getString(7);
        Identity identity = null;
        GeneratedColumn generated = null;
        DefaultValue defaultValue = null;
        if ("a".equals(identityFlag) || "d".equals(identityFlag)) {
            identity = new Identity("a".equals(identityFlag) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT);
        } else if ("s".equals(row.getString(8))) {
            generated = new GeneratedColumn(defaultText, true);
        } else if (defaultText != null && defaultText.startsWith("nextval(") && row.getBoolean(11)) {
            // serial: the column owns the sequence its default draws from
            identity = new Identity(Identity.Kind.SERIAL);
        } else if (defaultText != null) {
            // real schemas repeat a handful of defaults; normalise each text once per type kind
            String key = columnType.getClass().getSimpleName() + '\u0000' + defaultText;
            defaultValue = defaults.computeIfAbsent(key, ignored -> PostgresDefaults.normalise(defaultText, columnType));
        }
        return new Column(row.getString(2), columnType, !row.getBoolean(5), defaultValue, identity, generated,
                null, row.getString(9));
    }
}
