package dev.retort.dialect.postgres;

import dev.retort.schema.ColumnType;

/**
 * Whether {@code ALTER COLUMN … TYPE} needs a {@code USING} cast: PostgreSQL converts the old values
 * by itself only along assignment casts. Stateless.
 */
final class PostgresCasts {

    private PostgresCasts() {
    }

    static boolean needsUsing(ColumnType from, ColumnType to) {
        if (from instanceof ColumnType.ArrayType a && to instanceof ColumnType.ArrayType b) {
            return needsUsing(a.element(), b.element());
        }
        // every type has an assignment cast to the string types (through its output function)
        if (to instanceof ColumnType.StringType) {
            return false;
        }
        return !(isNumber(from) && isNumber(to)
                || from instanceof ColumnType.BinaryType && to instanceof ColumnType.BinaryType
                || from instanceof ColumnType.TemporalType && to instanceof ColumnType.TemporalType
                || from instanceof ColumnType.JsonType && to instanceof ColumnType.JsonType
                || from.equals(to));
    }

    private static boolean isNumber(ColumnType type) {
        return type instanceof ColumnType.IntegerType || type instanceof ColumnType.DecimalType
                || type instanceof ColumnType.FloatType;
    }
}
