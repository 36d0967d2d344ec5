package dev.retort.dialect.mysql;

import dev.retort.ddl.AnsiDefinitions;
import dev.retort.schema.ColumnType;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Spells a {@link ColumnType} the way MySQL and MariaDB report it back to {@link MysqlTypes} as the
 * same value. Stateless apart from the literal quoting it is given.
 */
final class MysqlTypeNames implements ColumnType.Visitor<String> {

    private static final int TINY = 255;
    private static final int REGULAR = 65_535;
    private static final int MEDIUM = 16_777_215;

    private final UnaryOperator<String> literal;

    MysqlTypeNames(UnaryOperator<String> literal) {
        this.literal = literal;
    }

    @Override
    public String visitInteger(ColumnType.IntegerType type) {
        String name = switch (type.bytes()) {
            case 1 -> "tinyint";
            case 2 -> "smallint";
            case 3 -> "mediumint";
            case 4 -> "int";
            default -> "bigint";
        };
        return unsigned(name, type.unsigned());
    }

    @Override
    public String visitDecimal(ColumnType.DecimalType type) {
        String name = type.precision() == null ? "decimal"
                : "decimal(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
        return unsigned(name, type.unsigned());
    }

    @Override
    public String visitFloat(ColumnType.FloatType type) {
        return unsigned(type.bytes() == 4 ? "float" : "double", type.unsigned());
    }

    @Override
    public String visitBoolean(ColumnType.BooleanType type) {
        // stored as tinyint(1), which is what the reader recognises as a boolean
        return "boolean";
    }

    @Override
    public String visitString(ColumnType.StringType type) {
        return switch (type.size()) {
            case FIXED -> ColumnType.sized("char", type.length());
            // VARCHAR must have a length in MySQL; an unbounded one is LONGTEXT
            case VARYING -> type.length() == null ? "longtext" : "varchar(" + type.length() + ")";
            case LARGE -> large("text", type.length());
        };
    }

    @Override
    public String visitBinary(ColumnType.BinaryType type) {
        return switch (type.size()) {
            case FIXED -> ColumnType.sized("binary", type.length());
            case VARYING -> type.length() == null ? "longblob" : "varbinary(" + type.length() + ")";
            case LARGE -> large("blob", type.length());
        };
    }

    @Override
    public String visitTemporal(ColumnType.TemporalType type) {
        return switch (type.kind()) {
            case DATE -> "date";
            case TIME, TIME_TZ -> ColumnType.sized("time", type.precision());
            case DATETIME -> ColumnType.sized("datetime", type.precision());
            // MySQL's TIMESTAMP is itself stored in UTC, so it is what a zoned timestamp becomes
            case TIMESTAMP, TIMESTAMP_TZ -> ColumnType.sized("timestamp", type.precision());
            case YEAR -> "year";
            case INTERVAL -> throw AnsiDefinitions.unsupportedType(type, "MySQL/MariaDB",
                    "store the interval as a number of seconds or as text");
        };
    }

    @Override
    public String visitJson(ColumnType.JsonType type) {
        return "json";
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        // MariaDB 10.7+ has UUID; MySQL 8 does not and rejects the statement
        return "uuid";
    }

    @Override
    public String visitEnum(ColumnType.EnumType type) {
        return (type.set() ? "set" : "enum")
                + type.values().stream().map(literal).collect(Collectors.joining(",", "(", ")"));
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        throw AnsiDefinitions.unsupportedType(type, "MySQL/MariaDB", "store the values as JSON");
    }

    @Override
    public String visitUserDefined(ColumnType.UserDefinedType type) {
        throw AnsiDefinitions.unsupportedType(type, "MySQL/MariaDB", "give the column a built-in type in the model");
    }

    @Override
    public String visitNative(ColumnType.NativeType type) {
        return type.text();
    }

    @Override
    public String visitUnrecognised(ColumnType.UnrecognisedType type) {
        return type.declared();
    }

    private static String unsigned(String name, boolean unsigned) {
        return unsigned ? name + " unsigned" : name;
    }

    /** TINY/–/MEDIUM/LONG variants by the reader's size caps. */
    private static String large(String base, Integer length) {
        if (length == null) {
            return "long" + base;
        }
        return length <= TINY ? "tiny" + base : length <= REGULAR ? base : length <= MEDIUM ? "medium" + base : "long" + base;
    }
}
