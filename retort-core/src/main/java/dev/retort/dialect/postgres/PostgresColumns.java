package dev.retort.dialect.postgres;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.sql.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Reads the columns of all chosen tables in one query. Used once per read; not thread-safe. */
final class PostgresColumns {

    private static final String COLUMNS = """
            select a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                   pg_get_expr(ad.adbin, ad.adrelid), a.attidentity, a.attgenerated, ds.description,
                   t.typtype, tn.nspname, t.typname, et.typtype, etn.nspname, et.typname,
                   exists (select 1 from pg_depend dep join pg_class s on s.oid = dep.objid and s.relkind = 'S'
                            where dep.refclassid = 'pg_class'::regclass and dep.refobjid = a.attrelid
                              and dep.refobjsubid = a.attnum and dep.classid = 'pg_class'::regclass
                              and dep.deptype = 'a') as owns_sequence
              from pg_attribute a
              join pg_type t on t.oid = a.atttypid
              join pg_namespace tn on tn.oid = t.typnamespace
              left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
              left join pg_namespace etn on etn.oid = et.typnamespace
              left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
              left join pg_description ds
                on ds.objoid = a.attrelid and ds.classoid = 'pg_class'::regclass and ds.objsubid = a.attnum
             where a.attrelid = any(?::oid[]) and a.attnum > 0 and not a.attisdropped
             order by a.attrelid, a.attnum
            """;

    private final String currentSchema;

    PostgresColumns(String currentSchema) {
        this.currentSchema = currentSchema;
    }

    void read(JdbcSession session, String oids, Map<Long, TableBuilder> tables) {
        session.query(COLUMNS, row -> {
            tables.get(row.getLong(1)).column(column(row));
            return null;
        }, oids);
    }

    private Column column(ResultSet row) throws SQLException {
        PostgresTypes.Catalog type = new PostgresTypes.Catalog(row.getString(9), row.getString(10), row.getString(11));
        PostgresTypes.Catalog element = row.getString(12) == null ? null
                : new PostgresTypes.Catalog(row.getString(12), row.getString(13), row.getString(14));
        ColumnType columnType = PostgresTypes.parse(row.getString(3), type, element, currentSchema);
        String defaultText = row.getString(5);
        String identityFlag = row.getString(6);
        String generatedFlag = row.getString(7);
        Identity identity = null;
        GeneratedColumn generated = null;
        DefaultValue defaultValue = null;
        if ("a".equals(identityFlag) || "d".equals(identityFlag)) {
            identity = new Identity("a".equals(identityFlag) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT);
        } else if ("s".equals(generatedFlag)) {
            generated = new GeneratedColumn(defaultText, true);
        } else if (defaultText != null && row.getBoolean(15) && defaultText.startsWith("nextval(")) {
            // serial: the column owns the sequence its default draws from
            identity = new Identity(Identity.Kind.SERIAL);
        } else {
            defaultValue = PostgresDefaults.normalise(defaultText, columnType);
        }
        return new Column(row.getString(2), columnType, !row.getBoolean(4), defaultValue, identity, generated,
                null, row.getString(8));
    }
}
