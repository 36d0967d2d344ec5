package dev.retort.dialect.sqlite;

import dev.retort.schema.ColumnType;

/**
 * Spells a {@link ColumnType} as a SQLite declared type that {@link SqliteTypes} reads back to the
 * same value. SQLite stores any type name and derives only an affinity from it, so types it has no
 * notion of keep a readable name with the right affinity. Stateless.
 */
final class SqliteTypeNames implements ColumnType.Visitor<String> {

    static final SqliteTypeNames INSTANCE = new SqliteTypeNames();

    private SqliteTypeNames() {
    }

    @Override
    public String visitInteger(ColumnType.IntegerType type) {
        return switch (type.bytes()) {
            case 1 -> "TINYINT";
            case 2 -> "SMALLINT";
            case 3 -> "MEDIUMINT";
            // exactly INTEGER, so that a one-column INTEGER primary key is the rowid
            case 4 -> "INTEGER";
            default -> "BIGINT";
        };
    }

    @Override
    public String visitDecimal(ColumnType.DecimalType type) {
        if (type.precision() == null) {
            return "NUMERIC";
        }
        return "NUMERIC(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
    }

    @Override
    public String visitFloat(ColumnType.FloatType type) {
        return type.bytes() == 4 ? "REAL" : "DOUBLE";
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
            case LARGE -> "TEXT";
        };
    }

    @Override
    public String visitBinary(ColumnType.BinaryType type) {
        return switch (type.size()) {
            case FIXED -> ColumnType.sized("BINARY", type.length());
            case VARYING -> ColumnType.sized("VARBINARY", type.length());
            case LARGE -> "BLOB";
        };
    }

    @Override
    public String visitTemporal(ColumnType.TemporalType type) {
        return switch (type.kind()) {
            case DATE -> "DATE";
            case TIME -> ColumnType.sized("TIME", type.precision());
            case DATETIME -> ColumnType.sized("DATETIME", type.precision());
            case TIMESTAMP -> ColumnType.sized("TIMESTAMP", type.precision());
            // no such SQLite types: readable names with NUMERIC affinity, as those of other databases get
            case TIME_TZ -> ColumnType.sized("TIME", type.precision()) + " WITH TIME ZONE";
            case TIMESTAMP_TZ -> ColumnType.sized("TIMESTAMP", type.precision()) + " WITH TIME ZONE";
            case YEAR -> "YEAR";
            case INTERVAL -> "INTERVAL";
        };
    }

    @Override
    public String visitJson(ColumnType.JsonType type) {
        // the reader tells JSONB from JSON by the declared name, so the name must survive a round trip
        return type.binary() ? "JSONB" : "JSON";
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        return "UUID";
    }

    @Override
    public String visitEnum(ColumnType.EnumType type) {
        // SQLite has no value lists; the values are text
        return "TEXT";
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        // SQLite has no arrays; JSON text is how applications keep them
        return "JSON";
    }

    @Override
    public String visitUserDefined(ColumnType.UserDefinedType type) {
        return type.name().name();
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
