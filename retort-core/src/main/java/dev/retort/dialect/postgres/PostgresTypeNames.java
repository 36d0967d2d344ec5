package dev.retort.dialect.postgres;

import dev.retort.ddl.AnsiDefinitions;
import dev.retort.schema.ColumnType;
import java.util.function.Function;

/**
 * Spells a {@link ColumnType} the way PostgreSQL reads it back to the same value through
 * {@link PostgresTypes}. Stateless apart from the name quoting it is given.
 */
final class PostgresTypeNames implements ColumnType.Visitor<String> {

    private final Function<dev.retort.schema.QualifiedName, String> names;

    PostgresTypeNames(Function<dev.retort.schema.QualifiedName, String> names) {
        this.names = names;
    }

    @Override
    public String visitInteger(ColumnType.IntegerType type) {
        // no 1- or 3-byte and no unsigned integers: the narrowest signed type holding every value
        int bytes = type.unsigned() ? type.bytes() * 2 : type.bytes();
        return bytes <= 2 ? "smallint" : bytes <= 4 ? "integer" : bytes <= 8 ? "bigint" : "numeric(20)";
    }

    @Override
    public String visitDecimal(ColumnType.DecimalType type) {
        if (type.precision() == null) {
            return "numeric";
        }
        return "numeric(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
    }

    @Override
    public String visitFloat(ColumnType.FloatType type) {
        return type.bytes() == 4 ? "real" : "double precision";
    }

    @Override
    public String visitBoolean(ColumnType.BooleanType type) {
        return "boolean";
    }

    @Override
    public String visitString(ColumnType.StringType type) {
        return switch (type.size()) {
            // bare "char" means char(1); bpchar is the unbounded blank-padded type the reader saw
            case FIXED -> type.length() == null ? "bpchar" : "char(" + type.length() + ")";
            case VARYING -> type.length() == null ? "varchar" : "varchar(" + type.length() + ")";
            case LARGE -> "text";
        };
    }

    @Override
    public String visitBinary(ColumnType.BinaryType type) {
        return "bytea";
    }

    @Override
    public String visitTemporal(ColumnType.TemporalType type) {
        String precision = type.precision() == null ? "" : "(" + type.precision() + ")";
        return switch (type.kind()) {
            case DATE -> "date";
            case TIME -> "time" + precision;
            case TIME_TZ -> "time" + precision + " with time zone";
            case TIMESTAMP, DATETIME -> "timestamp" + precision;
            case TIMESTAMP_TZ -> "timestamp" + precision + " with time zone";
            case YEAR -> "smallint";
            case INTERVAL -> "interval" + precision;
        };
    }

    @Override
    public String visitJson(ColumnType.JsonType type) {
        return type.binary() ? "jsonb" : "json";
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        return "uuid";
    }

    @Override
    public String visitEnum(ColumnType.EnumType type) {
        throw AnsiDefinitions.unsupportedType(type, "PostgreSQL", "create an enum type (CREATE TYPE … AS ENUM) with raw"
                + " SQL and give the column that type in the model");
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        return type.element().accept(this) + "[]".repeat(type.dimensions());
    }

    @Override
    public String visitUserDefined(ColumnType.UserDefinedType type) {
        return names.apply(type.name());
    }

    @Override
    public String visitNative(ColumnType.NativeType type) {
        return type.text();
    }

    @Override
    public String visitUnrecognised(ColumnType.UnrecognisedType type) {
        return type.declared();
    }
}
