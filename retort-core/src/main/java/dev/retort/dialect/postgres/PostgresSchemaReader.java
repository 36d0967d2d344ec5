package dev.retort.dialect.postgres;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Inheritance;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.TableSelection;
import dev.retort.spi.JdbcSession;
import dev.retort.spi.ReflectOptions;
import dev.retort.spi.SchemaReader;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads PostgreSQL schemas from {@code pg_catalog}.
 *
 * <p>Always exactly eleven catalog queries, whatever the number of tables and schemas: the default schema
 * (the first the options name, else the current one) and its comment, the relations of the chosen
 * schemas (filtered in Java before anything else is read) with their parents, partition bounds and
 * partition keys, then the columns, the distinct types they use, constraints, indexes, and triggers
 * and rules with routines and aggregates,
 * each for all chosen tables at once (their oids passed as one array), the enum types and domains
 * ({@link PostgresEnumsAndDomains}), the extensions ({@link PostgresExtensions}), and the schemas,
 * collations and text search configurations and dictionaries ({@link PostgresNamespaces}), and row-level
 * security and policies ({@link PostgresPolicies}). In auto-commit mode they run in one
 * read-only repeatable-read transaction with JIT compilation off (two SET statements more);
 * inside the caller's transaction they run as they are. Stateless and thread-safe.
 */
final class PostgresSchemaReader implements SchemaReader {

    private static final String CURRENT_SCHEMA = """
            select n.nspname, d.description, quote_ident(n.nspname)
              from pg_namespace n
              left join pg_description d
                on d.objoid = n.oid and d.classoid = 'pg_namespace'::regclass and d.objsubid = 0
             where n.nspname = coalesce(?::text, current_schema())
            """;

    /*
     * The parents come from one grouped pass over pg_inherits (a hash join, not a lookup per relation);
     * its rows for partitioned indexes are left out by the parents' relkind.
     */
    private static final String RELATIONS = """
            select c.oid, n.nspname, c.relname, c.relkind, d.description,
                   c.relkind = 'S' and exists (select 1 from pg_depend dep
                                                where dep.classid = 'pg_class'::regclass and dep.objid = c.oid
                                                  and (dep.deptype = 'i' or dep.deptype = 'a' and exists (
                                                       select 1 from pg_attrdef ad join pg_depend dd
                                                           on dd.classid = 'pg_attrdef'::regclass and dd.objid = ad.oid
                                                        where ad.adrelid = dep.refobjid and ad.adnum = dep.refobjsubid
                                                          and dd.refclassid = 'pg_class'::regclass
                                                          and dd.refobjid = c.oid))) as owned_sequence,
                   parents.schemas, parents.names,
                   case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end,
                   case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end,
                   case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) end,
                   case when c.relkind in ('v', 'm') then c.reloptions::text end,
                   case when c.relkind = 'm' then
                       (select string_agg(pg_get_indexdef(x.indexrelid), E';\n\n' order by xc.relname)
                          from pg_index x join pg_class xc on xc.oid = x.indexrelid
                         where x.indrelid = c.oid) end,
                   case when c.relkind in ('v', 'm', 'S') then quote_ident(n.nspname) || '.' || quote_ident(c.relname) end,
                   case when c.relkind = 'S' then (
                       select 'AS ' || format_type(q.seqtypid, null) || ' START WITH ' || q.seqstart
                              || ' INCREMENT BY ' || q.seqincrement || ' MINVALUE ' || q.seqmin || ' MAXVALUE ' || q.seqmax
                              || ' CACHE ' || q.seqcache || case when q.seqcycle then ' CYCLE' else ' NO CYCLE' end
                         from pg_sequence q where q.seqrelid = c.oid) end,
                   case when c.relkind = 'S' then (
                       select quote_ident(tn.nspname) || '.' || quote_ident(t.relname) || '.' || quote_ident(a.attname)
                         from pg_depend dep join pg_class t on t.oid = dep.refobjid
                         join pg_namespace tn on tn.oid = t.relnamespace
                         join pg_attribute a on a.attrelid = t.oid and a.attnum = dep.refobjsubid
                        where dep.classid = 'pg_class'::regclass and dep.objid = c.oid
                          and dep.refclassid = 'pg_class'::regclass and dep.deptype = 'a') end,
                   c.relpersistence
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              left join pg_description d
                on d.objoid = c.oid and d.classoid = 'pg_class'::regclass and d.objsubid = 0
              left join (select i.inhrelid, array_agg(pn.nspname::text order by i.inhseqno) as schemas,
                                array_agg(p.relname::text order by i.inhseqno) as names
                           from pg_inherits i
                           join pg_class p on p.oid = i.inhparent
                           join pg_namespace pn on pn.oid = p.relnamespace
                          where p.relkind in ('r', 'p')
                          group by i.inhrelid) parents on parents.inhrelid = c.oid
             where n.nspname = any(?::text[])
               and c.relkind in ('r', 'p', 'v', 'm', 'S')
               and c.oid not in (select dep.objid from pg_extension e
                                  join pg_depend dep on dep.refclassid = 'pg_extension'::regclass
                                   and dep.refobjid = e.oid and dep.classid = 'pg_class'::regclass
                                 where dep.deptype = 'e')
            """;

    /*
     * The printed definitions: pg_get_functiondef refuses aggregates, so they have none; an overloaded
     * routine is one object, its versions' statements in the order of their arguments. A trigger PostgreSQL
     * cloned onto a partition (it depends on its partitioned table's trigger) is that trigger's, no object of its own.
     */
    private static final String OTHERS = """
            select 'TRIGGER', n.nspname, t.tgname, c.relname, pg_get_triggerdef(t.oid)
              from pg_trigger t
              join pg_class c on c.oid = t.tgrelid
              join pg_namespace n on n.oid = c.relnamespace
             where t.tgrelid = any(?::oid[]) and not t.tgisinternal
               and not exists (select 1 from pg_depend clone
                                where clone.classid = 'pg_trigger'::regclass and clone.objid = t.oid
                                  and clone.refclassid = 'pg_trigger'::regclass and clone.deptype in ('P', 'I'))
            union
            select case p.prokind when 'p' then 'PROCEDURE' when 'a' then 'AGGREGATE' else 'FUNCTION' end, n.nspname, p.proname, null,
                   string_agg(case when p.prokind <> 'a' then pg_get_functiondef(p.oid) end, E';\n\n'
                              order by pg_get_function_identity_arguments(p.oid))
              from pg_proc p
              join pg_namespace n on n.oid = p.pronamespace
             where n.nspname = any(?::text[]) and p.prokind in ('f', 'p', 'a')
                  and p.oid not in (select dep.objid from pg_extension e
                                  join pg_depend dep on dep.refclassid = 'pg_extension'::regclass
                                   and dep.refobjid = e.oid and dep.classid = 'pg_proc'::regclass
                                 where dep.deptype = 'e')
             group by 1, n.nspname, p.proname
            union
            select 'RULE', n.nspname, r.rulename, c.relname, pg_get_ruledef(r.oid)
              from pg_rewrite r
              join pg_class c on c.oid = r.ev_class
              join pg_namespace n on n.oid = c.relnamespace
             where r.ev_class = any(?::oid[]) and r.rulename <> '_RETURN'
            """;

    @Override
    public Schema read(JdbcSession session, ReflectOptions options) {
        boolean ownTransaction = autoCommit(session);
        if (ownTransaction) {
            // one snapshot for all queries, so concurrent DDL cannot tear the model; and no JIT:
            // at a few thousand catalog rows its compile time (25 ms a query) dwarfs the work
            session.setAutoCommit(false);
            session.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            session.execute("SET LOCAL jit = off");
        }
        try {
            Schema schema = readCatalog(session, options);
            if (ownTransaction) {
                session.commit();
            }
            return schema;
        } finally {
            if (ownTransaction) {
                session.rollbackQuietly();
                session.setAutoCommit(true);
            }
        }
    }

    private static Schema readCatalog(JdbcSession session, ReflectOptions options) {
        // the first schema named is the default one, whether the session's search_path finds it yet or not
        String named = options.schemas().isEmpty() ? null : options.schemas().get(0);
        String[] found = session.queryOne(CURRENT_SCHEMA,
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, named);
        String current = found != null ? found[0] : named;
        PostgresDefinitions definitions = new PostgresDefinitions(found != null ? found[2] : quoteIdent(named));
        String schemaComment = found == null ? null : found[1];
        List<String> schemas = options.schemas().isEmpty() ? List.of(current) : options.schemas();
        String schemaArray = textArray(schemas);
        TableSelection filter = options.filter();
        Map<Long, TableBuilder> tables = new HashMap<>();
        List<SchemaObject> objects = new ArrayList<>();
        session.query(RELATIONS, row -> {
            relation(row, current, filter, tables, objects, definitions);
            return null;
        }, schemaArray);
        Array oids = oidArray(session, tables);
        Map<Long, Map<Integer, String>> columnNames = new PostgresColumns(current).read(session, oids, tables);
        new PostgresConstraints(current).read(session, oids, tables, columnNames);
        session.query(OTHERS, row -> objects.add(other(row, current, definitions)), oids, schemaArray, oids);
        objects.addAll(PostgresEnumsAndDomains.read(session, schemaArray, current));
        objects.addAll(PostgresExtensions.read(session, current));
        objects.addAll(PostgresNamespaces.read(session, schemaArray, current));
        objects.addAll(PostgresPolicies.read(session, oids, current, definitions));
        objects.addAll(PostgresUnreproduced.read(session, oids, schemaArray, current,
                PostgresUnreproduced.majorVersion(session), definitions));
        List<Table> built = tables.values().stream().map(TableBuilder::build).toList();
        return new Schema(built, objects, schemaComment);
    }

    private static boolean autoCommit(JdbcSession session) {
        try {
            return session.connection().getAutoCommit();
        } catch (SQLException e) {
            throw JdbcSession.failure("getAutoCommit()", e);
        }
    }

    private static void relation(ResultSet row, String current, TableSelection filter, Map<Long, TableBuilder> tables,
                                 List<SchemaObject> objects, PostgresDefinitions definitions) throws SQLException {
        String schema = row.getString(2);
        String name = row.getString(3);
        QualifiedName qualified = name(schema, name, current);
        // a sequence owned by a serial or identity column is part of that column, not an object
        if (!filter.accepts(qualified.schema(), name) || row.getBoolean(6)) {
            return;
        }
        switch (row.getString(4)) {
            case "v" -> objects.add(SchemaObject.of(SchemaObject.Kind.VIEW, qualified)
                    .withCatalog(definitions.view(false, row.getString(14), row.getString(11), row.getString(12), null)));
            case "m" -> objects.add(SchemaObject.of(SchemaObject.Kind.MATERIALIZED_VIEW, qualified)
                    .withCatalog(definitions.view(true, row.getString(14), row.getString(11), row.getString(12),
                            row.getString(13))));
            case "S" -> objects.add(SchemaObject.of(SchemaObject.Kind.SEQUENCE, qualified)
                    .withCatalog(definitions.relative(sequence(row))));
            default -> {
                TableBuilder table = new TableBuilder(qualified, row.getString(5));
                table.inheritance(inheritance(row, current));
                tables.put(row.getLong(1), table);
            }
        }
    }

    /**
     * A sequence as {@code CREATE SEQUENCE} with every option spelled out (so that any change to one shows), and
     * the column that owns it where one does ({@code ALTER SEQUENCE … OWNED BY}, as pg_dump writes it): a sequence
     * owned by a column whose default does not draw from it (a trigger does) is an object of its own.
     */
    private static String sequence(ResultSet row) throws SQLException {
        String name = row.getString(14);
        String statement = "CREATE " + ("u".equals(row.getString(17)) ? "UNLOGGED " : "") + "SEQUENCE " + name + " "
                + row.getString(15);
        return row.getString(16) == null ? statement : statement + ";\n\nALTER SEQUENCE " + name + " OWNED BY " + row.getString(16);
    }

    /** The parents (a partition's one partitioned table), the partition bound and the partition key of a table. */
    private static Inheritance inheritance(ResultSet row, String current) throws SQLException {
        Array schemas = row.getArray(7);
        List<QualifiedName> parents = new ArrayList<>();
        if (schemas != null) {
            Object[] parentSchemas = (Object[]) schemas.getArray();
            Object[] parentNames = (Object[]) row.getArray(8).getArray();
            for (int i = 0; i < parentSchemas.length; i++) {
                parents.add(name((String) parentSchemas[i], (String) parentNames[i], current));
            }
        }
        return new Inheritance(parents, row.getString(9), row.getString(10));
    }

    private static SchemaObject other(ResultSet row, String current, PostgresDefinitions definitions) throws SQLException {
        SchemaObject.Kind kind = SchemaObject.Kind.valueOf(row.getString(1));
        QualifiedName name = name(row.getString(2), row.getString(3), current);
        QualifiedName table = row.getString(4) == null ? null : name(row.getString(2), row.getString(4), current);
        return new SchemaObject(kind, name, table, null, definitions.statement(row.getString(5)));
    }

    /** The default schema named by the options but not found: quoted as quote_ident would, near enough. */
    private static String quoteIdent(String name) {
        return name == null ? "\"\"" : name.matches("[a-z_][a-z0-9_$]*") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Objects of the current schema carry no schema name (see {@link QualifiedName}). */
    static QualifiedName name(String schema, String name, String current) {
        return new QualifiedName(schema.equals(current) ? null : schema, name);
    }

    /** A {@code text[]} literal; every element double-quoted, so names with commas or quotes survive. */
    static String textArray(List<String> values) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        for (String value : values) {
            array.add('"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return array.toString();
    }

    /**
     * The chosen tables' oids as a typed {@code oid[]} parameter. Sent as text, the array would be a
     * cast the planner cannot fold, and PostgreSQL would parse it again for every row it tests.
     */
    private static Array oidArray(JdbcSession session, Map<Long, TableBuilder> tables) {
        return array(session, "oid", tables.keySet().toArray(Long[]::new));
    }

    /** A typed array parameter ({@code oid[]}, {@code int4[]} …). */
    static Array array(JdbcSession session, String elementType, Object[] elements) {
        try {
            return session.connection().createArrayOf(elementType, elements);
        } catch (SQLException e) {
            throw JdbcSession.failure("createArrayOf(" + elementType + ")", e);
        }
    }
}
