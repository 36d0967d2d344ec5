package dev.retort.dialect.postgres;

import dev.retort.schema.SchemaObject;
import dev.retort.sql.JdbcSession;
import java.util.List;

/**
 * Lists the enum types and domains of the chosen schemas as {@link SchemaObject.Kind#TYPE} and
 * {@link SchemaObject.Kind#DOMAIN} objects, so that one no column uses is still part of the model (pagila's
 * domain {@code bıgınt}): the columns alone name only the types in use. Those an extension brings are
 * the extension's. Stateless.
 */
final class PostgresEnumsAndDomains {

    private static final String TYPES = """
            select n.nspname, t.typname, t.typtype
              from pg_type t
              join pg_namespace n on n.oid = t.typnamespace
             where n.nspname = any(?::text[]) and t.typtype in ('e', 'd')
               and not exists (select 1 from pg_depend dep
                                where dep.classid = 'pg_type'::regclass and dep.objid = t.oid and dep.deptype = 'e')
             order by n.nspname, t.typname
            """;

    private PostgresEnumsAndDomains() {
    }

    static List<SchemaObject> read(JdbcSession session, String schemaArray, String currentSchema) {
        return session.query(TYPES, row -> SchemaObject.of("d".equals(row.getString(3)) ? SchemaObject.Kind.DOMAIN
                : SchemaObject.Kind.TYPE, PostgresSchemaReader.name(row.getString(1), row.getString(2), currentSchema)),
                schemaArray);
    }
}
