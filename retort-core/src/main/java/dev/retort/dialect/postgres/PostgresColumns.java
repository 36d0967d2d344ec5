package dev.retort.dialect.postgres;

import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.spi.JdbcSession;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the columns of all chosen tables: one query for the columns themselves, then one for the
 * distinct types they use (each formatted and parsed once, however many columns share it). Used once per
 * read; not thread-safe.
 */
final class PostgresColumns {

    /** The types in use, each (type oid, typmod) pair once: formatted and parsed once however many columns share it. */
    private static final String TYPES = """
            select u.atttypid, u.atttypmod, format_type(u.atttypid, u.atttypmod),
                   t.typtype, tn.nspname, t.typname, et.typtype, etn.nspname, et.typname
              from unnest(?::oid[], ?::int4[]) u(atttypid, atttypmod)
              join pg_type t on t.oid = u.atttypid
              join pg_namespace tn on tn.oid = t.typnamespace
              left join pg_type et on et.oid = t.typelem and t.typcategory = 'A'
              left join pg_namespace etn on etn.oid = et.typnamespace
            """;

    /**
     * Defaults are deparsed without a relation (0): they cannot refer to columns, and the relation
     * context costs a lookup per call; generation expressions do refer to columns and get it. The
     * chosen tables are joined as a set ({@code unnest}) rather than tested with {@code = any(array)},
     * which PostgreSQL evaluates as a linear search of the array for every catalog row; the rows come
     * unordered and are put in column order here. A collation is read only where it is not the type's
     * default, as {@code pg_dump} prints it.
     */
    private static final String COLUMNS = """
            select a.attrelid, a.attname, a.atttypid, a.atttypmod, a.attnotnull,
                   pg_get_expr(ad.adbin, case when a.attgenerated = '' then 0 else ad.adrelid end),
                   a.attidentity, a.attgenerated, ds.description, a.attnum,
                   case when ad.oid is not null then (
                       select array[s.relname::text, 'AS ' || format_type(q.seqtypid, null) || ' START WITH '
                                    || q.seqstart || ' INCREMENT BY ' || q.seqincrement || ' MINVALUE ' || q.seqmin
                                    || ' MAXVALUE ' || q.seqmax || ' CACHE ' || q.seqcache
                                    || case when q.seqcycle then ' CYCLE' else ' NO CYCLE' end,
                                    tc.relname::text, (s.relnamespace = tc.relnamespace)::text]
                         from pg_depend dep join pg_class s on s.oid = dep.objid and s.relkind = 'S'
                         join pg_sequence q on q.seqrelid = s.oid
                         join pg_class tc on tc.oid = a.attrelid
                        where dep.refclassid = 'pg_class'::regclass and dep.refobjid = a.attrelid
                          and dep.refobjsubid = a.attnum and dep.classid = 'pg_class'::regclass
                          and dep.deptype = 'a'
                          and exists (select 1 from pg_depend dd
                                       where dd.classid = 'pg_attrdef'::regclass and dd.objid = ad.oid
                                         and dd.refclassid = 'pg_class'::regclass and dd.refobjid = s.oid)
                        limit 1) end as owned_sequence,
                   cn.nspname, co.collname
              from unnest(?::oid[]) chosen(oid)
              join pg_attribute a on a.attrelid = chosen.oid
              join pg_type ct on ct.oid = a.atttypid
              left join pg_collation co on co.oid = a.attcollation and a.attcollation <> ct.typcollation
              left join pg_namespace cn on cn.oid = co.collnamespace
              left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
              left join pg_description ds
                on ds.objoid = a.attrelid and ds.classoid = 'pg_class'::regclass and ds.objsubid = a.attnum
             where a.attnum > 0 and not a.attisdropped
            """;

    /** One row of {@link #COLUMNS}, held until the types it names are known. */
    private record Row(long table, int attnum, String name, long typeOid, int typmod, boolean notNull,
                       String defaultText, String identity, String generated, String comment, String[] ownedSequence,
                       String collationSchema, String collation) {
    }

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
        List<Row> rows = new ArrayList<>(session.query(COLUMNS, PostgresColumns::row, oids));
        readTypes(session, rows);
        rows.sort(Comparator.comparingLong(Row::table).thenComparingInt(Row::attnum));
        Map<Long, Map<Integer, String>> names = new HashMap<>();
        for (Row row : rows) {
            tables.get(row.table()).column(column(row));
            names.computeIfAbsent(row.table(), ignored -> new HashMap<>()).put(row.attnum(), row.name());
        }
        return names;
    }

    private static Row row(ResultSet row) throws SQLException {
        return new Row(row.getLong(1), row.getInt(10), row.getString(2), row.getLong(3), row.getInt(4),
                row.getBoolean(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                ownedSequence(row.getArray(11)), row.getString(12), row.getString(13));
    }

    /** The sequence the column owns and its default draws from: name, options, table name, same schema; or null. */
    private static String[] ownedSequence(Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.copyOf(values, values.length, String[].class);
    }

    /**
     * A serial column's identity: its sequence's name and options kept where they are not what {@code serial}
     * gives (a model's {@code CREATE SEQUENCE … OWNED BY} with its own name, type, start or cache), so that
     * code calling {@code nextval('its_name')} keeps working and {@code pg_dump} prints the same sequence.
     */
    private static Identity serial(String[] owned, String column, ColumnType type) {
        String name = owned[0];
        boolean sameSchema = Boolean.parseBoolean(owned[3]);
        String sequence = sameSchema && name.equals(serialSequenceName(owned[2], column)) ? null : name;
        String options = type instanceof ColumnType.IntegerType integer && owned[1].equals(serialOptions(integer.bytes()))
                ? null : owned[1];
        return new Identity(Identity.Kind.SERIAL, sequence, options);
    }

    /** The options {@code serial}, {@code bigserial} or {@code smallserial} give the sequence of a column of that size. */
    static String serialOptions(int bytes) {
        String type = bytes <= 2 ? "smallint" : bytes <= 4 ? "integer" : "bigint";
        long max = bytes <= 2 ? Short.MAX_VALUE : bytes <= 4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
        return "AS " + type + " START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE " + max + " CACHE 1 NO CYCLE";
    }

    /** PostgreSQL's own serial sequence name, {@code table_column_seq}, cut to its 63-byte name limit as it cuts it. */
    static String serialSequenceName(String table, String column) {
        // makeObjectName: the longer of the two names loses characters first, until the whole fits
        int overhead = "_seq".length() + 1;
        byte[] t = table.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] c = column.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int tableLength = t.length;
        int columnLength = c.length;
        while (tableLength + columnLength > 63 - overhead) {
            if (tableLength > columnLength) {
                tableLength--;
            } else {
                columnLength--;
            }
        }
        return cut(table, tableLength) + "_" + cut(column, columnLength) + "_seq";
    }

    /** The longest prefix of the name within the byte count, not splitting a character. */
    private static String cut(String name, int bytes) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            out.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    /** Formats and parses the distinct types of the rows, passed as two parallel arrays. */
    private void readTypes(JdbcSession session, List<Row> rows) {
        Set<List<Long>> distinct = new LinkedHashSet<>();
        rows.forEach(row -> distinct.add(List.of(row.typeOid(), (long) row.typmod())));
        Long[] typeOids = distinct.stream().map(pair -> pair.get(0)).toArray(Long[]::new);
        Integer[] typmods = distinct.stream().map(pair -> pair.get(1).intValue()).toArray(Integer[]::new);
        session.query(TYPES, row -> {
            PostgresTypes.Catalog type = new PostgresTypes.Catalog(row.getString(4), row.getString(5), row.getString(6));
            PostgresTypes.Catalog element = row.getString(7) == null ? null
                    : new PostgresTypes.Catalog(row.getString(7), row.getString(8), row.getString(9));
            return types.put(List.of(row.getLong(1), row.getLong(2)),
                    PostgresTypes.parse(row.getString(3), type, element, currentSchema));
        }, PostgresSchemaReader.array(session, "oid", typeOids), PostgresSchemaReader.array(session, "int4", typmods));
    }

    private Column column(Row row) {
        ColumnType columnType = types.get(List.of(row.typeOid(), (long) row.typmod()));
        String defaultText = row.defaultText();
        Identity identity = null;
        GeneratedColumn generated = null;
        DefaultValue defaultValue = null;
        if ("a".equals(row.identity()) || "d".equals(row.identity())) {
            identity = new Identity("a".equals(row.identity()) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT);
        } else if ("s".equals(row.generated())) {
            generated = new GeneratedColumn(defaultText, true);
        } else if (defaultText != null && defaultText.startsWith("nextval(") && row.ownedSequence() != null) {
            // serial: the column owns the sequence its default draws from
            identity = serial(row.ownedSequence(), row.name(), columnType);
        } else if (defaultText != null) {
            // real schemas repeat a handful of defaults; normalise each text once per type kind
            String key = columnType.getClass().getSimpleName() + '\u0000' + defaultText;
            defaultValue = defaults.computeIfAbsent(key, ignored -> PostgresDefaults.normalise(defaultText, columnType));
        }
        return new Column(row.name(), columnType, !row.notNull(), defaultValue, identity, generated,
                null, row.comment(), null, row.collation() == null ? null
                        : PostgresSchemaReader.name(row.collationSchema(), row.collation(), currentSchema));
    }
}
