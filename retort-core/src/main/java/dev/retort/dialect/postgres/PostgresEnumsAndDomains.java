package dev.retort.dialect.postgres;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Lists the enum types, domains and composite types of the chosen schemas as {@link SchemaObject.Kind#TYPE}
 * and {@link SchemaObject.Kind#DOMAIN} objects, so that one no column uses is still part of the model (pagila's
 * domain {@code bıgınt}, a composite type only functions take): the columns alone name only the types in use.
 * Those an extension brings are the extension's; a table's, view's or sequence's row type is that relation's.
 *
 * <p>A composite type carries its attributes as the catalog prints them, to be compared, and the statement
 * that creates it from them, so that one a model makes without {@code CREATE TYPE} (in a {@code DO} block)
 * is created too. Stateless.
 */
final class PostgresEnumsAndDomains {

    /* a composite type's own relation is of relkind 'c'; every table, view and sequence has a row type as well */
    private static final String TYPES = """
            select n.nspname, t.typname, t.typtype,
                   case when t.typtype = 'c' then
                       (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                                          || case when a.attcollation <> at.typcollation
                                                  then ' COLLATE ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname)
                                                  else '' end,
                                          ', ' order by a.attnum)
                          from pg_attribute a
                          join pg_type at on at.oid = a.atttypid
                          left join pg_collation co on co.oid = a.attcollation
                          left join pg_namespace cn on cn.oid = co.collnamespace
                         where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped)
                   end
              from pg_type t
              join pg_namespace n on n.oid = t.typnamespace
              left join pg_class c on c.oid = t.typrelid
             where n.nspname = any(?::text[])
               and (t.typtype in ('e', 'd') or t.typtype = 'c' and c.relkind = 'c')
               and not exists (select 1 from pg_depend dep
                                where dep.classid = 'pg_type'::regclass and dep.objid = t.oid and dep.deptype = 'e')
             order by n.nspname, t.typname
            """;

    private PostgresEnumsAndDomains() {
    }

    static List<SchemaObject> read(JdbcSession session, String schemaArray, String currentSchema) {
        return session.query(TYPES, row -> type(row, currentSchema), schemaArray);
    }

    private static SchemaObject type(ResultSet row, String currentSchema) throws SQLException {
        QualifiedName name = PostgresSchemaReader.name(row.getString(1), row.getString(2), currentSchema);
        SchemaObject type = SchemaObject.of("d".equals(row.getString(3)) ? SchemaObject.Kind.DOMAIN : SchemaObject.Kind.TYPE, name);
        if (!"c".equals(row.getString(3))) {
            return type;
        }
        // a composite type without attributes is allowed: CREATE TYPE empty AS ()
        String attributes = row.getString(4) == null ? "" : row.getString(4);
        String qualified = (name.schema() == null ? "" : PostgresDialect.quote(name.schema()) + ".")
                + PostgresDialect.quote(name.name());
        return type.withCatalog(new CatalogDefinition(attributes, "CREATE TYPE " + qualified + " AS (" + attributes + ")"));
    }
}
