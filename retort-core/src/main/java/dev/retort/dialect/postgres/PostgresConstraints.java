package dev.retort.dialect.postgres;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.JdbcSession;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads keys, unique, check and foreign-key constraints (one query) and indexes (one query) of all
 * chosen tables, with a unique constraint's deferrability and {@code NULLS NOT DISTINCT} (PostgreSQL 15+;
 * the query is chosen by the server version the driver already knows) and an index key's collation
 * and NULL order. Indexes that back a primary key, unique or exclusion constraint are left to the
 * constraint. What a table has only because its parent has it is left to the parent, where the model
 * keeps it ({@link dev.retort.schema.Inheritance}): a check constraint a child inherits and does not
 * declare itself, and a partition's keys, foreign keys and indexes that PostgreSQL made from its
 * partitioned table's ({@code conparentid}, an index's {@code relispartition}; the rows a foreign key
 * to a partitioned table adds for each partition have a {@code conparentid} too). Used once per read;
 * not thread-safe.
 */
final class PostgresConstraints {

    private static final String CONSTRAINTS = """
            select c.conrelid, c.conname, c.contype, c.conkey::text, fn.nspname, f.relname, c.confrelid,
                   c.confkey::text, c.confupdtype, c.confdeltype, c.condeferrable, c.condeferred,
                   case when c.contype = 'c' then pg_get_expr(c.conbin, c.conrelid) end,
                   case when c.contype = 'f' and not c.confrelid = any(?::oid[]) then
                       array(select a.attname from unnest(c.confkey) with ordinality k(num, ord)
                               join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.num order by k.ord)
                   end,
                   %s
              from pg_constraint c
              left join pg_class f on f.oid = c.confrelid
              left join pg_namespace fn on fn.oid = f.relnamespace
             where c.conrelid = any(?::oid[]) and c.contype in ('p', 'u', 'f', 'c')
               and c.conparentid = 0 and (c.contype <> 'c' or c.conislocal)
            """;

    /** {@code pg_index.indnullsnotdistinct} of a unique constraint's index, from PostgreSQL 15 on. */
    private static final String NULLS_NOT_DISTINCT =
            "case when c.contype = 'u' then (select x.indnullsnotdistinct from pg_index x where x.indexrelid = c.conindid) end";

    /** Before PostgreSQL 15 NULLs are always distinct, and the column does not exist. */
    private static final String NULLS_DISTINCT = "false";

    /**
     * A key part's collation is read where it is not the one the key would have anyway: a column's own
     * (as {@code pg_get_indexdef} decides), or for an expression its type's default. Both arrays are null
     * for an index whose keys all have theirs, which is nearly every index; the lateral join is skipped
     * outright (a third of the query's time on a thousand tables) when every key's collation is none or
     * the database's default and so is every key column's, as it is for nearly every index too.
     * A key part's operator class is read where it is not the default one for its type and method
     * ({@code opcdefault}), with its parameters ({@code attoptions} of the index's column); both arrays
     * are null for an index whose keys all have the default and no parameters. That lateral join, too, is
     * skipped outright for an index whose classes are all default ones that take no parameters (no options
     * support function, {@code amprocnum} 0), a list the server makes once per query: run for every index,
     * it made the query five times slower.
     */
    private static final String INDEXES = """
            select i.indrelid, ic.relname, i.indisunique, am.amname, pg_get_expr(i.indpred, i.indrelid),
                   i.indkey::text, i.indoption::text, i.indnkeyatts,
                   case when 0 = any(i.indkey::int2[]) then
                       array(select pg_get_indexdef(i.indexrelid, k, true) from generate_series(1, i.indnkeyatts) k order by k)
                   end,
                   collations.schemas, collations.names,
                   classes.schemas, classes.names, classes.parameters
              from unnest(?::oid[]) chosen(oid)
              join pg_index i on i.indrelid = chosen.oid
              join pg_class ic on ic.oid = i.indexrelid
              join pg_am am on am.oid = ic.relam
              left join lateral (
                   select array_agg(cn.nspname::text order by k.num) as schemas,
                          array_agg(co.collname::text order by k.num) as names
                     from unnest(i.indcollation::oid[]) with ordinality k(coll, num)
                     join pg_attribute ia on ia.attrelid = i.indexrelid and ia.attnum = k.num
                     join pg_type it on it.oid = ia.atttypid
                     left join pg_attribute ta on ta.attrelid = i.indrelid and ta.attnum = i.indkey[k.num - 1]
                     left join pg_collation co
                       on co.oid = k.coll and k.coll <> coalesce(ta.attcollation, it.typcollation)
                     left join pg_namespace cn on cn.oid = co.collnamespace
                    where i.indcollation::oid[] <> '{}'::oid[] and exists (
                          select 1 from unnest(i.indcollation::oid[]) kc(coll) where kc.coll not in (0, 100)
                          union all
                          select 1 from pg_attribute ca
                           where ca.attrelid = i.indrelid and ca.attnum = any(i.indkey::int2[])
                             and ca.attcollation not in (0, 100))
                   having bool_or(co.oid is not null)) collations on true
              left join lateral (
                   select array_agg(case when not oc.opcdefault or ia.attoptions is not null then ocn.nspname::text end
                                    order by k.num) as schemas,
                          array_agg(case when not oc.opcdefault or ia.attoptions is not null then oc.opcname::text end
                                    order by k.num) as names,
                          array_agg(array_to_string(ia.attoptions, E'\n') order by k.num) as parameters
                     from unnest(i.indclass::oid[]) with ordinality k(cls, num)
                     join pg_opclass oc on oc.oid = k.cls
                     join pg_namespace ocn on ocn.oid = oc.opcnamespace
                     left join pg_attribute ia on ia.attrelid = i.indexrelid and ia.attnum = k.num
                    where not i.indclass::oid[] <@ (select array_agg(d.oid) from pg_opclass d
                                                     where d.opcdefault and not exists (
                                                           select 1 from pg_amproc o
                                                            where o.amprocfamily = d.opcfamily and o.amprocnum = 0))
                   having bool_or(not oc.opcdefault or ia.attoptions is not null)) classes on true
             where not ic.relispartition
               and not exists (select 1 from pg_constraint c
                                where c.conrelid = i.indrelid and c.conindid = i.indexrelid
                                  and c.contype in ('p', 'u', 'x'))
            """;

    private final String currentSchema;

    PostgresConstraints(String currentSchema) {
        this.currentSchema = currentSchema;
    }

    /** Adds keys, constraints and indexes; {@code names} maps each table's attnums to column names. */
    void read(JdbcSession session, Array oids, Map<Long, TableBuilder> tables, Map<Long, Map<Integer, String>> names) {
        String constraints = CONSTRAINTS.formatted(majorVersion(session) >= 15 ? NULLS_NOT_DISTINCT : NULLS_DISTINCT);
        session.query(constraints, row -> {
            long table = row.getLong(1);
            constraint(row, tables.get(table), names);
            return null;
        }, oids, oids);
        session.query(INDEXES, row -> {
            long table = row.getLong(1);
            tables.get(table).index(index(row, names.get(table)));
            return null;
        }, oids);
    }

    private void constraint(ResultSet row, TableBuilder table, Map<Long, Map<Integer, String>> names) throws SQLException {
        String name = row.getString(2);
        List<String> columns = columns(row.getString(4), names.get(row.getLong(1)));
        switch (row.getString(3)) {
            case "p" -> table.primaryKey(new PrimaryKey(name, columns));
            case "u" -> table.unique(new UniqueConstraint(name, columns, deferrability(row.getBoolean(11), row.getBoolean(12)),
                    row.getBoolean(15)));
            case "c" -> table.check(new CheckConstraint(name, row.getString(13)));
            default -> table.foreignKey(new ForeignKey(name, columns,
                    PostgresSchemaReader.name(row.getString(5), row.getString(6), currentSchema),
                    referencedColumns(row, names), action(row.getString(10)), action(row.getString(9)),
                    deferrability(row.getBoolean(11), row.getBoolean(12))));
        }
    }

    private Index index(ResultSet row, Map<Integer, String> names) throws SQLException {
        int[] attnums = numbers(row.getString(6));
        int[] options = numbers(row.getString(7));
        List<String> expressions = row.getArray(9) == null ? null : strings(row.getArray(9));
        List<String> collationSchemas = row.getArray(10) == null ? null : strings(row.getArray(10));
        List<String> collations = row.getArray(11) == null ? null : strings(row.getArray(11));
        List<String> classSchemas = row.getArray(12) == null ? null : strings(row.getArray(12));
        List<String> classes = row.getArray(13) == null ? null : strings(row.getArray(13));
        List<String> parameters = row.getArray(14) == null ? null : strings(row.getArray(14));
        List<Index.Key> keys = new ArrayList<>();
        for (int k = 0; k < row.getInt(8); k++) {
            // indoption bit 0: DESC, bit 1: NULLS FIRST; attnum 0: an expression, whose text pg_get_indexdef gives
            boolean descending = (options[k] & 1) != 0;
            Index.Nulls nulls = (options[k] & 2) != 0 ? Index.Nulls.FIRST : Index.Nulls.LAST;
            String column = attnums[k] == 0 ? null : names.get(attnums[k]);
            String collation = collations == null ? null : collations.get(k);
            keys.add(new Index.Key(column, column == null ? expressions.get(k) : null,
                    descending ? Index.SortOrder.DESC : Index.SortOrder.ASC, null,
                    collation == null ? null : PostgresSchemaReader.name(collationSchemas.get(k), collation, currentSchema),
                    nulls, classes == null || classes.get(k) == null ? null
                            : operatorClass(classSchemas.get(k), classes.get(k), parameters.get(k))));
        }
        String method = "btree".equals(row.getString(4)) ? null : row.getString(4);
        return new Index(row.getString(2), keys, row.getBoolean(3), row.getString(5), method);
    }

    /** An operator class; one of pg_catalog, which every search path has, carries no schema either. */
    private Index.OperatorClass operatorClass(String schema, String name, String parameters) {
        QualifiedName qualified = "pg_catalog".equals(schema) ? QualifiedName.of(name)
                : PostgresSchemaReader.name(schema, name, currentSchema);
        return new Index.OperatorClass(qualified, parameters == null ? List.of() : List.of(parameters.split("\n")));
    }

    /** The server's major version, which the driver knows from the connection's start: no query. */
    private static int majorVersion(JdbcSession session) {
        try {
            return session.connection().getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw JdbcSession.failure("getDatabaseMajorVersion()", e);
        }
    }

    /**
     * The numbers of an int2vector or int2[] in text form: {@code 1 2} or {@code {1,2}}. Text is
     * read here because the driver's array decoding costs more than the whole query at 1000 tables.
     */
    static int[] numbers(String text) {
        String inner = text.replace("{", "").replace("}", "").strip();
        if (inner.isEmpty()) {
            return new int[0];
        }
        String[] parts = inner.split("[,\\s]+");
        int[] result = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = Integer.parseInt(parts[i]);
        }
        return result;
    }

    /** From the names read with the columns, or, for a table outside the chosen set, from the query. */
    private static List<String> referencedColumns(ResultSet row, Map<Long, Map<Integer, String>> names) throws SQLException {
        Array outside = row.getArray(14);
        return outside != null ? strings(outside) : columns(row.getString(8), names.get(row.getLong(7)));
    }

    private static List<String> columns(String attnums, Map<Integer, String> names) {
        List<String> columns = new ArrayList<>();
        for (int attnum : numbers(attnums)) {
            columns.add(names.get(attnum));
        }
        return columns;
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
