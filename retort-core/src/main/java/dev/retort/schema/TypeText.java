package dev.retort.schema;

/** Spells a {@link ColumnType} readably for {@link ColumnType#describe()}. Stateless. */
final class TypeText implements ColumnType.Visitor<String> {

    static final TypeText INSTANCE = new TypeText();

    private TypeText() {
    }

    @Override
    public String visitInteger(ColumnType.IntegerType type) {
        String name = switch (type.bytes()) {
            case 1 -> "TINYINT";
            case 2 -> "SMALLINT";
            case 3 -> "MEDIUMINT";
            case 4 -> "INTEGER";
            default -> "BIGINT";
        };
        return type.unsigned() ? name + " UNSIGNED" : name;
    }

    @Override
    public String visitDecimal(ColumnType.DecimalType type) {
        String args = type.precision() == null ? ""
                : "(" + type.precision() + (type.scale() == null ? "" : "," + type.scale()) + ")";
        return "DECIMAL" + args + (type.unsigned() ? " UNSIGNED" : "");
    }

    @Override
    public String visitFloat(ColumnType.FloatType type) {
        return (type.bytes() == 4 ? "REAL" : "DOUBLE PRECISION") + (type.unsigned() ? " UNSIGNED" : "");
    }

    @Override
    public String visitBoolean(ColumnType.BooleanType type) {
        return "BOOLEAN";
    }

    @Override
    public String visitString(ColumnType.StringType type) {
        String name = switch (type.size()) {
            case FIXED -> "CHAR";
            case VARYING -> "VARCHAR";
            case LARGE -> "TEXT";
        };
        return ColumnType.sized(name, type.length());
    }

    @Override
    public String visitBinary(ColumnType.BinaryType type) {
        String name = switch (type.size()) {
            case FIXED -> "BINARY";
            case VARYING -> "VARBINARY";
            case LARGE -> "BLOB";
        };
        return ColumnType.sized(name, type.length());
    }

    @Override
    public String visitTemporal(ColumnType.TemporalType type) {
        String name = switch (type.kind()) {
            case TIME_TZ -> "TIME WITH TIME ZONE";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            default -> type.kind().name();
        };
        return ColumnType.sized(name, type.precision());
    }

    @Override
    public String visitJson(ColumnType.JsonType type) {
        return type.binary() ? "JSONB" : "JSON";
    }

    @Override
    public String visitUuid(ColumnType.UuidType type) {
        return "UUID";
    }

    @Override
    public String visitEnum(ColumnType.EnumType type) {
        StringBuilder text = new StringBuilder(type.set() ? "SET(" : "ENUM(");
        for (int i = 0; i < type.values().size(); i++) {
            text.append(i == 0 ? "'" : ",'").append(type.values().get(i).replace("'", "''")).append('\'');
        }
        return text.append(')').toString();
    }

    @Override
    public String visitArray(ColumnType.ArrayType type) {
        return type.element().describe() + "[]".repeat(type.dimensions());
    }

    @Override
    public String visitUserDefined(ColumnType.UserDefinedType type) {
        return type.name().toString();
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
