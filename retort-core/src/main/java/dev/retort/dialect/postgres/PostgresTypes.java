package dev.retort.dialect.postgres;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.QualifiedName;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns PostgreSQL's {@code format_type(atttypid, atttypmod)} text, plus the type's catalog kind,
 * into a {@link ColumnType}. Stateless.
 */
final class PostgresTypes {

    /** Built-in types Retort compares by name only. */
    private static final Set<String> NATIVE = Set.of("xml", "inet", "cidr", "macaddr", "macaddr8", "money",
            "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon", "circle", "bit",
            "bit varying", "oid", "regclass", "regproc", "regtype", "regconfig", "pg_lsn", "txid_snapshot",
            "pg_snapshot", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
            "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange",
            "datemultirange", "jsonpath", "xid", "xid8", "cid", "tid", "name", "\"char\"", "interval");

    /** What pg_type says about a column's type (or its array element type). */
    record Catalog(String typtype, String schema, String name) {
    }

    private PostgresTypes() {
    }

    /**
     * The canonical type.
     *
     * @param formatted     {@code format_type} text
     * @param type          the column's type in the catalog
     * @param element       the element type when the column is an array, else {@code null}
     * @param currentSchema the session's current schema: user types there get no schema qualifier
     */
    static ColumnType parse(String formatted, Catalog type, Catalog element, String currentSchema) {
        if (element != null && formatted.endsWith("[]")) {
            String elementText = formatted.substring(0, formatted.length() - 2);
            int dimensions = 1;
            while (elementText.endsWith("[]")) {
                elementText = elementText.substring(0, elementText.length() - 2);
                dimensions++;
            }
            return new ColumnType.ArrayType(parse(elementText, element, null, currentSchema), dimensions);
        }
        if (!"pg_catalog".equals(type.schema()) && !"information_schema".equals(type.schema())) {
            return userDefined(type, currentSchema, formatted);
        }
        return builtIn(formatted);
    }

    private static ColumnType userDefined(Catalog type, String currentSchema, String formatted) {
        ColumnType.UserDefinedType.Kind kind = switch (type.typtype()) {
            case "e" -> ColumnType.UserDefinedType.Kind.ENUM;
            case "d" -> ColumnType.UserDefinedType.Kind.DOMAIN;
            case "c" -> ColumnType.UserDefinedType.Kind.COMPOSITE;
            case "r", "m" -> ColumnType.UserDefinedType.Kind.RANGE;
            case "b" -> ColumnType.UserDefinedType.Kind.BASE;
            default -> null;
        };
        if (kind == null) {
            return new ColumnType.UnrecognisedType(formatted, "pg_type.typtype '" + type.typtype() + "' is not a column type Retort knows");
        }
        String schema = type.schema().equals(currentSchema) ? null : type.schema();
        return new ColumnType.UserDefinedType(new QualifiedName(schema, type.name()), kind);
    }

    /** A pg_catalog type: {@code base(args) suffix}, e.g. {@code timestamp(3) without time zone}. */
    static ColumnType builtIn(String formatted) {
        int open = formatted.indexOf('(');
        int close = formatted.indexOf(')', open + 1);
        String base = open < 0 || close < 0 ? formatted : (formatted.substring(0, open) + formatted.substring(close + 1)).strip();
        List<String> args = open < 0 || close < 0 ? List.of()
                : Arrays.stream(formatted.substring(open + 1, close).split(",")).map(String::strip).toList();
        Integer first = args.isEmpty() ? null : number(args.get(0));
        ColumnType known = switch (base) {
            case "smallint" -> ColumnType.IntegerType.of(2);
            case "integer" -> ColumnType.IntegerType.of(4);
            case "bigint" -> ColumnType.IntegerType.of(8);
            case "numeric" -> new ColumnType.DecimalType(first, args.size() > 1 ? number(args.get(1)) : null, false);
            case "real" -> new ColumnType.FloatType(4, false);
            case "double precision" -> new ColumnType.FloatType(8, false);
            case "boolean" -> new ColumnType.BooleanType();
            case "character varying" -> new ColumnType.StringType(Size.VARYING, first);
            case "character" -> new ColumnType.StringType(Size.FIXED, first);
            // bpchar without a length: blank-padded and unbounded, unlike character, which means character(1)
            case "bpchar" -> new ColumnType.StringType(Size.FIXED, null);
            case "text" -> new ColumnType.StringType(Size.LARGE, null);
            case "bytea" -> new ColumnType.BinaryType(Size.VARYING, null);
            case "date" -> new TemporalType(TemporalType.Kind.DATE, null);
            case "time without time zone" -> new TemporalType(TemporalType.Kind.TIME, first);
            case "time with time zone" -> new TemporalType(TemporalType.Kind.TIME_TZ, first);
            case "timestamp without time zone" -> new TemporalType(TemporalType.Kind.TIMESTAMP, first);
            case "timestamp with time zone" -> new TemporalType(TemporalType.Kind.TIMESTAMP_TZ, first);
            case "json" -> new ColumnType.JsonType(false);
            case "jsonb" -> new ColumnType.JsonType(true);
            case "uuid" -> new ColumnType.UuidType();
            default -> null;
        };
        if (known != null) {
            return known;
        }
        if (NATIVE.contains(base) || base.startsWith("interval ")) {
            return new ColumnType.NativeType(base, args);
        }
        return new ColumnType.UnrecognisedType(formatted, "PostgreSQL built-in type that Retort does not model");
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
