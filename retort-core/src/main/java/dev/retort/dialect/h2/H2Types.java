package dev.retort.dialect.h2;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.ColumnType.TemporalType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns H2's INFORMATION_SCHEMA type columns into a {@link ColumnType}. Stateless. */
final class H2Types {

    /** H2's stand-in for "no limit" on large objects. */
    private static final long UNBOUNDED = Long.MAX_VALUE;

    private static final Set<String> NATIVE = Set.of("DECFLOAT", "VARCHAR_IGNORECASE", "JAVA_OBJECT", "GEOMETRY", "ROW");

    /** DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION. */
    record Facts(String dataType, Long length, Integer precision, Integer scale, Integer fraction) {

        static Facts of(ResultSet row, int first) throws SQLException {
            return new Facts(row.getString(first), (Long) nullable(row.getLong(first + 1), row),
                    (Integer) nullable(row.getInt(first + 2), row), (Integer) nullable(row.getInt(first + 3), row),
                    (Integer) nullable(row.getInt(first + 4), row));
        }

        private static Object nullable(Object value, ResultSet row) throws SQLException {
            return row.wasNull() ? null : value;
        }
    }

    private H2Types() {
    }

    static ColumnType parse(Facts facts, List<String> enumValues) {
        Integer length = facts.length() == null || facts.length() == UNBOUNDED ? null : facts.length().intValue();
        String name = facts.dataType();
        ColumnType type = switch (name) {
            case "TINYINT" -> ColumnType.IntegerType.of(1);
            case "SMALLINT" -> ColumnType.IntegerType.of(2);
            case "INTEGER" -> ColumnType.IntegerType.of(4);
            case "BIGINT" -> ColumnType.IntegerType.of(8);
            case "NUMERIC", "DECIMAL" -> new ColumnType.DecimalType(facts.precision(), facts.scale(), false);
            case "REAL" -> new ColumnType.FloatType(4, false);
            case "DOUBLE PRECISION", "FLOAT" -> new ColumnType.FloatType(8, false);
            case "BOOLEAN" -> new ColumnType.BooleanType();
            case "CHARACTER" -> new ColumnType.StringType(Size.FIXED, length);
            case "CHARACTER VARYING" -> new ColumnType.StringType(Size.VARYING, length);
            case "CHARACTER LARGE OBJECT" -> new ColumnType.StringType(Size.LARGE, length);
            case "BINARY" -> new ColumnType.BinaryType(Size.FIXED, length);
            case "BINARY VARYING" -> new ColumnType.BinaryType(Size.VARYING, length);
            case "BINARY LARGE OBJECT" -> new ColumnType.BinaryType(Size.LARGE, length);
            case "DATE" -> new TemporalType(TemporalType.Kind.DATE, null);
            case "TIME" -> new TemporalType(TemporalType.Kind.TIME, facts.fraction());
            case "TIME WITH TIME ZONE" -> new TemporalType(TemporalType.Kind.TIME_TZ, facts.fraction());
            case "TIMESTAMP" -> new TemporalType(TemporalType.Kind.TIMESTAMP, facts.fraction());
            case "TIMESTAMP WITH TIME ZONE" -> new TemporalType(TemporalType.Kind.TIMESTAMP_TZ, facts.fraction());
            case "JSON" -> new ColumnType.JsonType(false);
            case "UUID" -> new ColumnType.UuidType();
            case "ENUM" -> new ColumnType.EnumType(enumValues, false);
            // the element type comes from ELEMENT_TYPES; the caller replaces this placeholder element
            case "ARRAY" -> new ColumnType.ArrayType(ColumnType.NativeType.of("unknown"), 1);
            default -> null;
        };
        if (type != null) {
            return type;
        }
        if (NATIVE.contains(name) || name.startsWith("INTERVAL")) {
            // Character types (VARCHAR_IGNORECASE) carry their size as a length, numeric ones as a precision.
            Integer size = facts.precision() != null ? facts.precision() : length;
            return new ColumnType.NativeType(name.toLowerCase(Locale.ROOT),
                    size == null ? List.of() : List.of(size.toString()));
        }
        return new ColumnType.UnrecognisedType(name, "H2 type that Retort does not model");
    }
}
