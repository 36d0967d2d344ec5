package dev.retort.dialect.postgres;

import dev.retort.spi.JdbcSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code clean --drop-all-tables} would take along outside the schemas it cleans: {@code DROP TABLE …
 * CASCADE} and {@code DROP SCHEMA … CASCADE} follow {@code pg_depend} into any schema, so a view or a
 * foreign key of a neighbouring schema goes silently with them. One query walks {@code pg_depend} as
 * PostgreSQL's cascade does, from the relations and schemas clean drops. Stateless.
 */
final class PostgresDependents {

    /**
     * The walk: every object depending on a reached one (on a column of it, when a column was reached), and
     * the owner of a reached internal part (a view's rewrite rule reached through a table stands for the view,
     * which CASCADE then drops whole). Reported: what is no internal part, lies in no cleaned schema and is not
     * a TOAST relation; objects without a schema of their own (rules, triggers, policies, defaults) lie in their
     * table's, an extension in its own. Function bodies other than SQL-standard ones are not tracked by
     * PostgreSQL, so a function that merely calls into a dropped table is neither found nor dropped.
     */
    private static final String QUERY = """
            with recursive cleaned(name) as (
                select current_schema() union select unnest(?::text[])
            ), start(classid, objid, objsubid) as (
                select 'pg_class'::regclass::oid, c.oid, 0
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p', 'v', 'm')
                   and lower(c.relname) <> all (?::text[])
                union all
                select 'pg_namespace'::regclass::oid, n.oid, 0 from pg_namespace n
                 where n.nspname = any (?::text[]) and n.nspname <> current_schema()
            ), reached(classid, objid, objsubid) as (
                select classid, objid, objsubid from start
                union
                select x.classid, x.objid, x.objsubid from reached r cross join lateral (
                    select d.classid, d.objid, d.objsubid from pg_depend d
                     where d.refclassid = r.classid and d.refobjid = r.objid and d.deptype <> 'p'
                       and (r.objsubid = 0 or d.refobjsubid = r.objsubid)
                    union all
                    select d.refclassid, d.refobjid, d.refobjsubid from pg_depend d
                     where d.classid = r.classid and d.objid = r.objid and d.deptype = 'i') x
            ), described as (
                select pg_describe_object(r.classid, r.objid, r.objsubid) as description,
                       coalesce(i.schema, (
                           select n.nspname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where c.oid = case r.classid
                                when 'pg_attrdef'::regclass then (select adrelid from pg_attrdef where oid = r.objid)
                                when 'pg_trigger'::regclass then (select tgrelid from pg_trigger where oid = r.objid)
                                when 'pg_rewrite'::regclass then (select ev_class from pg_rewrite where oid = r.objid)
                                when 'pg_policy'::regclass then (select polrelid from pg_policy where oid = r.objid)
                            end), (
                           select n.nspname from pg_extension e join pg_namespace n on n.oid = e.extnamespace
                            where r.classid = 'pg_extension'::regclass and e.oid = r.objid)) as schema
                  from reached r cross join lateral pg_identify_object(r.classid, r.objid, r.objsubid) i
                 where not exists (select 1 from start s where s.classid = r.classid and s.objid = r.objid)
                   and not exists (select 1 from pg_depend o
                                    where o.classid = r.classid and o.objid = r.objid and o.deptype = 'i')
            )
            select distinct description from described
             where schema is null or (schema not in (select name from cleaned) and schema <> 'pg_toast')
             order by 1
            """;

    private PostgresDependents() {
    }

    /** Descriptions as PostgreSQL words them ({@code view other.v}, {@code constraint fk on table other.t}), sorted. */
    static List<String> outside(JdbcSession session, Set<String> keep, List<String> schemas) {
        List<String> others = schemas.size() > 1 ? schemas.subList(1, schemas.size()) : List.of();
        List<String> kept = new ArrayList<>();
        keep.forEach(name -> kept.add(name.toLowerCase(Locale.ROOT)));
        String otherArray = PostgresSchemaReader.textArray(others);
        // No JIT: the recursive walk's estimates are huge, and compiling it took 2.3 s of 2.5 at 1600 tables.
        session.setAutoCommit(false);
        try {
            session.execute("SET LOCAL jit = off");
            List<String> found = session.query(QUERY, row -> row.getString(1), otherArray,
                    PostgresSchemaReader.textArray(kept), otherArray);
            session.commit();
            return found;
        } finally {
            session.rollbackQuietly();
            session.setAutoCommit(true);
        }
    }
}
