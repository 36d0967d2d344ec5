package dev.retort.dialect.postgres;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import dev.retort.spi.JdbcSession;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL holds that Retort reads but does not reproduce yet, each named as a
 * {@link SchemaObject.Kind#NOT_REPRODUCED} with its catalog print, so that {@code diff} names every one a
 * migration would have to add, change or drop instead of passing over it: exclusion constraints, constraints
 * that are {@code NOT VALID}, index {@code INCLUDE} columns (a key's too), storage parameters of indexes and
 * tables, {@code NULLS NOT DISTINCT} on a unique index, {@code UNLOGGED} tables, column attribute options
 * (those {@code ALTER COLUMN … SET} documents, {@code n_distinct} and {@code n_distinct_inherited}: a server may keep
 * its own entries there),
 * storage and compression, comments on constraints, indexes, routines, types, views and extensions, and the
 * indexes of partitions (PostgreSQL names those it makes from a partitioned table's index itself, and the
 * model's own names are not kept). An extension's comment counts where it is not the one its control file gives. Two queries: the chosen tables', and the schemas'. Stateless.
 */
final class PostgresUnreproduced {

    private static final String TABLES = """
            select n.nspname, c.relname, x.label, x.print
              from unnest(?::oid[]) chosen(oid)
              join pg_class c on c.oid = chosen.oid
              join pg_namespace n on n.oid = c.relnamespace
             cross join lateral (
                   select 'exclude constraint ' || k.conname, pg_get_constraintdef(k.oid)
                     from pg_constraint k where k.conrelid = c.oid and k.contype = 'x' and k.conparentid = 0
                   union all
                   select 'NOT VALID constraint ' || k.conname, pg_get_constraintdef(k.oid)
                     from pg_constraint k where k.conrelid = c.oid and not k.convalidated and k.conparentid = 0
                   union all
                   select 'comment on constraint ' || k.conname, d.description
                     from pg_constraint k
                     join pg_description d on d.objoid = k.oid and d.classoid = 'pg_constraint'::regclass
                    where k.conrelid = c.oid and k.conparentid = 0
                   union all
                   select case when ic.relispartition then 'index ' || ic.relname || ' of a partition (PostgreSQL names it itself)'
                               else 'INCLUDE columns of index ' || ic.relname end, pg_get_indexdef(i.indexrelid)
                     from pg_index i join pg_class ic on ic.oid = i.indexrelid
                    where i.indrelid = c.oid and (ic.relispartition or i.indnatts > i.indnkeyatts)
                   union all
                   select 'storage parameters of index ' || ic.relname, array_to_string(ic.reloptions, ', ')
                     from pg_index i join pg_class ic on ic.oid = i.indexrelid
                    where i.indrelid = c.oid and ic.reloptions is not null and not ic.relispartition
                   union all
                   select 'comment on index ' || ic.relname, d.description
                     from pg_index i join pg_class ic on ic.oid = i.indexrelid
                     join pg_description d on d.objoid = ic.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
                    where i.indrelid = c.oid
                   %s
                   union all
                   select 'UNLOGGED table', 'UNLOGGED' where c.relpersistence = 'u'
                   union all
                   select 'storage parameters of the table', array_to_string(c.reloptions, ', ') where c.reloptions is not null
                   union all
                   select 'options of column ' || a.attname, o.options
                     from pg_attribute a
                    cross join lateral (select string_agg(opt, ', ' order by opt) as options
                                          from unnest(a.attoptions) opt where opt like 'n\\_distinct%%') o
                    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attoptions is not null
                      and o.options is not null
                   union all
                   select 'storage of column ' || a.attname, a.attstorage::text
                     from pg_attribute a join pg_type t on t.oid = a.atttypid
                    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attstorage <> t.typstorage
                   %s
                  ) x(label, print)
            """;

    /** PostgreSQL 15: a unique index's NULLS NOT DISTINCT (a unique constraint's is read with it). */
    private static final String NULLS_NOT_DISTINCT = """
                   union all
                   select 'NULLS NOT DISTINCT of index ' || ic.relname, pg_get_indexdef(i.indexrelid)
                     from pg_index i join pg_class ic on ic.oid = i.indexrelid
                    where i.indrelid = c.oid and i.indnullsnotdistinct and not ic.relispartition
                      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
            """;

    /** PostgreSQL 14: a column's own compression method. */
    private static final String COMPRESSION = """
                   union all
                   select 'compression of column ' || a.attname, a.attcompression::text
                     from pg_attribute a
                    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attcompression <> ''
            """;

    /** Comments on routines, types, views and extensions (those an extension brings are its own). */
    private static final String SCHEMAS = """
            select n.nspname, 'comment on ' || case p.prokind when 'p' then 'procedure ' when 'a' then 'aggregate '
                   else 'function ' end || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', d.description
              from pg_proc p
              join pg_namespace n on n.oid = p.pronamespace
              join pg_description d on d.objoid = p.oid and d.classoid = 'pg_proc'::regclass
             where n.nspname = any(?::text[])
               and not exists (select 1 from pg_depend e where e.classid = 'pg_proc'::regclass and e.objid = p.oid and e.deptype = 'e')
            union all
            select n.nspname, 'comment on type ' || t.typname, d.description
              from pg_type t
              join pg_namespace n on n.oid = t.typnamespace
              join pg_description d on d.objoid = t.oid and d.classoid = 'pg_type'::regclass
             where n.nspname = any(?::text[])
               and not exists (select 1 from pg_depend e where e.classid = 'pg_type'::regclass and e.objid = t.oid and e.deptype = 'e')
            union all
            select n.nspname, 'comment on ' || case c.relkind when 'v' then 'view ' when 'm' then 'materialized view '
                   else 'sequence ' end || c.relname, d.description
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              join pg_description d on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
             where n.nspname = any(?::text[]) and c.relkind in ('v', 'm', 'S')
            union all
            select null, 'comment on extension ' || e.extname, d.description
              from pg_extension e
              join pg_description d on d.objoid = e.oid and d.classoid = 'pg_extension'::regclass
             where d.description is distinct from (select a.comment from pg_available_extensions a where a.name = e.extname)
            """;

    private PostgresUnreproduced() {
    }

    /** Compared without the current schema's qualifier, as the other catalog prints ({@link PostgresDefinitions}). */
    static List<SchemaObject> read(JdbcSession session, Array tables, String schemas, String current, int majorVersion,
                                   PostgresDefinitions definitions) {
        List<SchemaObject> objects = new ArrayList<>();
        String query = TABLES.formatted(majorVersion >= 15 ? NULLS_NOT_DISTINCT : "", majorVersion >= 14 ? COMPRESSION : "");
        session.query(query, row -> objects.add(new SchemaObject(SchemaObject.Kind.NOT_REPRODUCED,
                QualifiedName.of(row.getString(3)), PostgresSchemaReader.name(row.getString(1), row.getString(2), current),
                null, printed(definitions, row.getString(4)))), tables);
        session.query(SCHEMAS, row -> objects.add(new SchemaObject(SchemaObject.Kind.NOT_REPRODUCED,
                row.getString(1) == null || row.getString(1).equals(current) ? QualifiedName.of(row.getString(2))
                        : new QualifiedName(row.getString(1), row.getString(2)),
                null, null, printed(definitions, row.getString(3)))), schemas, schemas, schemas);
        return objects;
    }

    /** The print to compare; no statement, since nothing of this is created from it. */
    private static CatalogDefinition printed(PostgresDefinitions definitions, String print) {
        return new CatalogDefinition(definitions.statement(print).comparable(), null);
    }

    static int majorVersion(JdbcSession session) {
        try {
            return session.connection().getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw JdbcSession.failure("getDatabaseMajorVersion()", e);
        }
    }
}
