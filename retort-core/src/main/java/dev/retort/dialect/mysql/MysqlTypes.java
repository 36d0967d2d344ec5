package dev.retort.dialect.mysql;

import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.ColumnType;
import dev.retort.sql.lex.SqlLexer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns MySQL/MariaDB {@code COLUMN_TYPE} text ({@code int(11) unsigned}, {@code enum('a','b')})
 * into a {@link ColumnType}. An integer's display width is dropped where it is the server's default
 * for the type (MariaDB prints {@code int(11)} for a plain INT, MySQL 8 prints none); a width of the
 * model's own or ZEROFILL keeps the type as the server prints it ({@link ColumnType.NativeType}), since
 * MariaDB keeps and shows both. Stateless.
 */
final class MysqlTypes {

    private static final Set<String> NATIVE = Set.of("bit", "geometry", "point", "linestring", "polygon",
            "multipoint", "multilinestring", "multipolygon", "geometrycollection", "inet4", "inet6", "vector");

    /** MariaDB's default display widths, signed and unsigned, by type name. */
    private static final Map<String, List<Integer>> DEFAULT_WIDTHS = Map.of("tinyint", List.of(4, 3),
            "smallint", List.of(6, 5), "mediumint", List.of(9, 8), "int", List.of(11, 10), "integer", List.of(11, 10),
            "bigint", List.of(20, 20));

    private MysqlTypes() {
    }

    /**
     * @param columnType {@code COLUMN_TYPE}, e.g. {@code decimal(10,2) unsigned}
     * @param dataType   {@code DATA_TYPE}, e.g. {@code decimal}
     */
    static ColumnType parse(String columnType, String dataType) {
        String full = columnType.toLowerCase(Locale.ROOT);
        String name = dataType.toLowerCase(Locale.ROOT);
        boolean unsigned = full.contains(" unsigned");
        List<String> args = arguments(columnType);
        Integer first = args.isEmpty() ? null : number(args.get(0));
        Integer second = args.size() > 1 ? number(args.get(1)) : null;
        if (ownWidth(name, full, first, unsigned)) {
            return new ColumnType.NativeType(full.strip(), List.of());
        }
        ColumnType known = switch (name) {
            // tinyint(1) is how MySQL stores BOOLEAN; no other spelling exists to tell them apart
            case "tinyint" -> "tinyint(1)".equals(full) ? new ColumnType.BooleanType() : new ColumnType.IntegerType(1, unsigned);
            case "smallint" -> new ColumnType.IntegerType(2, unsigned);
            case "mediumint" -> new ColumnType.IntegerType(3, unsigned);
            case "int", "integer" -> new ColumnType.IntegerType(4, unsigned);
            case "bigint" -> new ColumnType.IntegerType(8, unsigned);
            case "decimal", "numeric" -> new ColumnType.DecimalType(first, second, unsigned);
            case "float" -> new ColumnType.FloatType(4, unsigned);
            case "double", "real", "double precision" -> new ColumnType.FloatType(8, unsigned);
            case "char" -> new ColumnType.StringType(Size.FIXED, first);
            case "varchar" -> new ColumnType.StringType(Size.VARYING, first);
            case "tinytext" -> new ColumnType.StringType(Size.LARGE, 255);
            case "text" -> new ColumnType.StringType(Size.LARGE, 65_535);
            case "mediumtext" -> new ColumnType.StringType(Size.LARGE, 16_777_215);
            case "longtext" -> new ColumnType.StringType(Size.LARGE, null);
            case "binary" -> new ColumnType.BinaryType(Size.FIXED, first);
            case "varbinary" -> new ColumnType.BinaryType(Size.VARYING, first);
            case "tinyblob" -> new ColumnType.BinaryType(Size.LARGE, 255);
            case "blob" -> new ColumnType.BinaryType(Size.LARGE, 65_535);
            case "mediumblob" -> new ColumnType.BinaryType(Size.LARGE, 16_777_215);
            case "longblob" -> new ColumnType.BinaryType(Size.LARGE, null);
            case "date" -> new TemporalType(TemporalType.Kind.DATE, null);
            case "time" -> new TemporalType(TemporalType.Kind.TIME, first);
            case "datetime" -> new TemporalType(TemporalType.Kind.DATETIME, first);
            case "timestamp" -> new TemporalType(TemporalType.Kind.TIMESTAMP, first);
            case "year" -> new TemporalType(TemporalType.Kind.YEAR, null);
            case "json" -> new ColumnType.JsonType(false);
            case "uuid" -> new ColumnType.UuidType();
            case "enum" -> new ColumnType.EnumType(values(columnType), false);
            case "set" -> new ColumnType.EnumType(values(columnType), true);
            default -> null;
        };
        if (known != null) {
            return known;
        }
        if (NATIVE.contains(name)) {
            return new ColumnType.NativeType(name, args);
        }
        return new ColumnType.UnrecognisedType(columnType, "MySQL/MariaDB type that Retort does not model");
    }

    /** An integer with ZEROFILL or a display width that is not the server's default (tinyint(1) is BOOLEAN). */
    private static boolean ownWidth(String name, String full, Integer width, boolean unsigned) {
        List<Integer> defaults = DEFAULT_WIDTHS.get(name);
        if (defaults == null || "tinyint(1)".equals(full)) {
            return false;
        }
        return full.contains(" zerofill") || width != null && !width.equals(defaults.get(unsigned ? 1 : 0));
    }

    /** True for an integer type kept with its own display width or ZEROFILL. */
    static boolean isWidthInteger(ColumnType type) {
        return type instanceof ColumnType.NativeType nativeType
                && DEFAULT_WIDTHS.containsKey(nativeType.name().replaceAll("[ (].*", ""));
    }

    /** The comma-separated text between the first parentheses, or nothing. */
    private static List<String> arguments(String columnType) {
        int open = columnType.indexOf('(');
        int close = columnType.lastIndexOf(')');
        if (open < 0 || close < open || columnType.startsWith("enum") || columnType.startsWith("set")) {
            return List.of();
        }
        List<String> args = new ArrayList<>();
        for (String arg : columnType.substring(open + 1, close).split(",")) {
            args.add(arg.strip());
        }
        return args;
    }

    /** The quoted values of enum('a','b') or set(...), unescaped. */
    private static List<String> values(String columnType) {
        List<String> values = new ArrayList<>();
        for (SqlLexer.Token token : new SqlLexer(MysqlDialect.FLAVOUR).tokens(columnType)) {
            if (token.type() == SqlLexer.Type.STRING) {
                values.add(token.stringValue().replace("\\\\", "\\"));
            }
        }
        return values;
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True for types whose MySQL 8 default is reported without quotes. */
    static boolean unquotedDefault(ColumnType type) {
        return type instanceof ColumnType.IntegerType || type instanceof ColumnType.DecimalType
                || type instanceof ColumnType.FloatType || type instanceof ColumnType.BooleanType
                || type instanceof ColumnType.NativeType nativeType && nativeType.name().equals("bit")
                || isWidthInteger(type);
    }
}
