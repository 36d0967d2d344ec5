package dev.retort.dialect.postgres;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Row-level security of the chosen tables, read in one catalog query: a table's {@code ENABLE} and
 * {@code FORCE ROW LEVEL SECURITY} as one {@link SchemaObject.Kind#ROW_LEVEL_SECURITY} object, and each
 * {@code CREATE POLICY} as a {@link SchemaObject.Kind#POLICY}; and a table's grants, its columns' included,
 * to roles other than its owner as {@link SchemaObject.Kind#PRIVILEGES}, printed for comparison only (the diff reports a
 * difference, it does not migrate grants).
 *
 * <p>PostgreSQL prints no policy's definition, so the reader builds the statement that re-creates it
 * from {@code pg_policy} (command, permissive or restrictive, roles, {@code pg_get_expr} of USING and
 * WITH CHECK), every name through {@code quote_ident}. Both sides of a comparison are built the same way
 * by the same server, so the statement is also what is compared, and it is each object's definition:
 * a policy dropped from the database can be created again on downgrade. Stateless.
 */
final class PostgresPolicies {

    /*
     * Roles by name, PUBLIC (oid 0) first; a table's own name is quoted here and qualified in Java,
     * only when it is not in the current schema.
     */
    private static final String QUERY = """
            select 'ROW_LEVEL_SECURITY', n.nspname, c.relname, c.relname, quote_ident(n.nspname), quote_ident(c.relname),
                   c.relrowsecurity, c.relforcerowsecurity, null, null
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
             where c.oid = any(?::oid[]) and (c.relrowsecurity or c.relforcerowsecurity)
            union all
            select 'POLICY', n.nspname, p.polname, c.relname, quote_ident(n.nspname), quote_ident(c.relname),
                   false, false, quote_ident(p.polname),
                   ' AS ' || case when p.polpermissive then 'PERMISSIVE' else 'RESTRICTIVE' end
                   || ' FOR ' || case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE'
                                               when 'd' then 'DELETE' else 'ALL' end
                   || ' TO ' || (select string_agg(case when r.oid = 0 then 'PUBLIC' else quote_ident(a.rolname) end, ', '
                                                   order by r.oid <> 0, a.rolname)
                                   from unnest(p.polroles) as r(oid)
                                   left join pg_roles a on a.oid = r.oid)
                   || coalesce(' USING (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
                   || coalesce(' WITH CHECK (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
              from pg_policy p
              join pg_class c on c.oid = p.polrelid
              join pg_namespace n on n.oid = c.relnamespace
             where p.polrelid = any(?::oid[])
            union all
            select 'PRIVILEGES', n.nspname, c.relname, c.relname, quote_ident(n.nspname), quote_ident(c.relname),
                   false, false, null, g.grants
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              join lateral (select string_agg(lines.line, ', ' order by lines.line)
                              from (select a.privilege_type || coalesce(' (' || quote_ident(a.col) || ')', '') || ' TO '
                                           || case when a.grantee = 0 then 'PUBLIC' else quote_ident(r.rolname) end
                                           || case when a.is_grantable then ' WITH GRANT OPTION' else '' end as line
                                      from (select x.grantee, x.privilege_type, x.is_grantable, null::name as col
                                              from aclexplode(c.relacl) x
                                            union all
                                            select x.grantee, x.privilege_type, x.is_grantable, att.attname
                                              from pg_attribute att
                                             cross join lateral aclexplode(att.attacl) x
                                             where att.attrelid = c.oid and att.attacl is not null
                                               and not att.attisdropped) a
                                      left join pg_roles r on r.oid = a.grantee
                                     where a.grantee <> c.relowner) lines) as g(grants) on g.grants is not null
             where c.oid = any(?::oid[])
            """;

    private PostgresPolicies() {
    }

    /** The row-level security and policies of the tables whose oids are given. */
    static List<SchemaObject> read(JdbcSession session, Array tables, String current, PostgresDefinitions definitions) {
        List<SchemaObject> objects = new ArrayList<>();
        session.query(QUERY, row -> objects.add(object(row, current, definitions)), tables, tables, tables);
        return objects;
    }

    private static SchemaObject object(ResultSet row, String current, PostgresDefinitions definitions) throws SQLException {
        String schema = row.getString(2);
        QualifiedName table = PostgresSchemaReader.name(schema, row.getString(4), current);
        String tableSql = schema.equals(current) ? row.getString(6) : row.getString(5) + "." + row.getString(6);
        String statement;
        SchemaObject.Kind kind = SchemaObject.Kind.valueOf(row.getString(1));
        if (kind == SchemaObject.Kind.PRIVILEGES) {
            return new SchemaObject(kind, table, table, null, new CatalogDefinition(row.getString(10), null));
        }
        if (kind == SchemaObject.Kind.POLICY) {
            statement = "CREATE POLICY " + row.getString(9) + " ON " + tableSql + row.getString(10);
        } else {
            List<String> parts = new ArrayList<>();
            if (row.getBoolean(7)) {
                parts.add("ALTER TABLE " + tableSql + " ENABLE ROW LEVEL SECURITY");
            }
            if (row.getBoolean(8)) {
                parts.add("ALTER TABLE " + tableSql + " FORCE ROW LEVEL SECURITY");
            }
            statement = String.join(";\n", parts);
        }
        QualifiedName name = PostgresSchemaReader.name(schema, row.getString(3), current);
        return new SchemaObject(kind, name, table, statement, definitions.statement(statement));
    }

    /** Row-level security is switched off, not dropped: both switches, whichever were on. */
    static List<String> disable(String tableSql) {
        return List.of("ALTER TABLE " + tableSql + " NO FORCE ROW LEVEL SECURITY",
                "ALTER TABLE " + tableSql + " DISABLE ROW LEVEL SECURITY");
    }
}
