package dev.retort.model;

import dev.retort.schema.ColumnType;

/** Short names for common column types in a {@link SchemaBuilder} model. Stateless. */
public final class Types {

    private Types() {
    }

    public static ColumnType smallint() {
        return ColumnType.IntegerType.of(2);
    }

    public static ColumnType integer() {
        return ColumnType.IntegerType.of(4);
    }

    public static ColumnType bigint() {
        return ColumnType.IntegerType.of(8);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType.DecimalType(precision, scale, false);
    }

    public static ColumnType real() {
        return new ColumnType.FloatType(4, false);
    }

    public static ColumnType doublePrecision() {
        return new ColumnType.FloatType(8, false);
    }

    public static ColumnType bool() {
        return new ColumnType.BooleanType();
    }

    public static ColumnType varchar(int length) {
        return new ColumnType.StringType(ColumnType.Size.VARYING, length);
    }

    public static ColumnType character(int length) {
        return new ColumnType.StringType(ColumnType.Size.FIXED, length);
    }

    public static ColumnType text() {
        return new ColumnType.StringType(ColumnType.Size.LARGE, null);
    }

    public static ColumnType date() {
        return new ColumnType.TemporalType(ColumnType.TemporalType.Kind.DATE, null);
    }

    public static ColumnType timestamp() {
        return new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP, null);
    }

    public static ColumnType json() {
        return new ColumnType.JsonType(false);
    }

    public static ColumnType uuid() {
        return new ColumnType.UuidType();
    }
}
