package dev.retort.dialect.h2;

import dev.retort.ddl.AnsiDefinitions;
import dev.retort.schema.ColumnType;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Spells a {@link ColumnType} the way H2 2.x reports it back to {@link H2Types} as the same value.
 * Stateless apart from the quoting it is given.
 */
final class H2TypeNames implements ColumnType.Visitor<String> {

    private final Function<dev.retort.schema.QualifiedName, String> names;
    private final UnaryOperator<String> literal;

    H2TypeNames(Function<dev.retort.schema.QualifiedName, String> names, UnaryOperator<String> literal) {
        this.names = names;
        this.literal = literal;
    }

    @Override
    public String visitInteger(ColumnType.IntegerType type) {
        // H2 has no 3-byte and no unsigned integers: the narrowest signed type holding every value
        int bytes = type.unsigned() ? type.bytes() * 2 : type.bytes();
        return bytes == 1 ? "TINYINT" : bytes == 2 ? "SMALLINT" : bytes <= 4 ? "INTEGER" : bytes <= 8 ? "BIGINT" : "NUMERIC(20)";
    }

    @Override
    public String visitDecimal(ColumnType.DecimalType type) {
        if (type.precision() == null) {
            return "NUMERIC";
        }
        return "NUMERIC(" + type.precision() + (type.scale() == null ? "" : ", " + type.scale()) + ")";
    }

    @Override
    public String visitFloat(ColumnType.FloatType type) {
        return type.bytes() == 4 ? "REAL" : "DOUBLE PRECISION";
    }

    @Override
    public String visitBoolean(ColumnType.BooleanType type) {
        return "BOOLEAN";
    }

    @Override
    public String visitString(ColumnType.StringType type) {
        return switch (type.size()) {
            case FIXED -> ColumnType.sized("CHAR", type.length());
            case VARYING -> ColumnType.sized("VARCHAR", type.length());
            case LARGE -> ColumnType.sized("CLOB", type.length());
        };
    }

    @Override
    public String visitBinary(ColumnType.BinaryType type) {
        return switch (type.size()) {
            case FIXED -> ColumnType.sized("BINARY", type.length());
            case VARYING -> ColumnType.sized("VARBINARY", type.length());
            case LARGE -> ColumnType.sized("BLOB", type.length());
        };
    }

    @Override
    public String visitTemporal(ColumnType.TemporalType type) {
        return switch (type.kind()) {
            case DATE -> "DATE";
            case TIME -> ColumnType.sized("TIME", type.precision());
            case TIME_TZ -> ColumnType.sized("TIME", type.precision()) + " WITH TIME ZONE";
            case TIMESTAMP, DATETIME -> ColumnType.sized("TIMESTAMP", type.precision());
            case TIMESTAMP_TZ -> ColumnType.sized("TIMESTAMP", type.precision()) + " WITH TIME ZONE";
            case YEAR -> "SMALLINT";
            case INTERVAL -> throw AnsiDefinitions.unsupportedType(type, "H2", "give the column one of H2's INTERVAL"
                    + " types, such as INTERVAL DAY TO SECOND, in the model");
        };
    }

    @Override
    public String visitJson(ColumnType.JsonType type) {
        return "JSON";
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        return "UUID";
    }

    @Override
    public String visitEnum(ColumnType.EnumType type) {
        if (type.set()) {
            throw AnsiDefinitions.unsupportedType(type, "H2", "store the set as text or as an array");
        }
        return type.values().stream().map(literal).collect(Collectors.joining(", ", "ENUM(", ")"));
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        return type.element().accept(this) + " ARRAY".repeat(type.dimensions());
    }

    @Override
    public String visitUserDefined(ColumnType.UserDefinedType type) {
        return names.apply(type.name());
    }

    @Override
    public String visitNative(ColumnType.NativeType type) {
        String name = type.name().toUpperCase(Locale.ROOT);
        if (type.arguments().isEmpty()) {
            return name;
        }
        String arguments = "(" + String.join(", ", type.arguments()) + ")";
        if (name.startsWith("INTERVAL ")) {
            // the leading field carries the precision: INTERVAL DAY(3) TO SECOND
            int field = name.indexOf(' ', "INTERVAL ".length());
            return field < 0 ? name + arguments : name.substring(0, field) + arguments + name.substring(field);
        }
        return name + arguments;
    }

    @Override
    public String visitUnrecognised(ColumnType.UnrecognisedType type) {
        return type.declared();
    }
}
