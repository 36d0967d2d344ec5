package dev.retort.dialect.sqlite;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.ColumnType.TemporalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a SQLite declared type into a {@link ColumnType}. SQLite stores any type name and only
 * derives an affinity from it, so the reader recognises the names real schemas use, in the sense
 * other databases give them; anything else is kept as declared and reported unrecognised with
 * its affinity. Stateless.
 */
final class SqliteTypes {

    private SqliteTypes() {
    }

    /**
     * The column type for a declared type text, kept exactly: in SQLite the declared text is the
     * schema (an {@code INT PRIMARY KEY} column is no rowid alias, an {@code INTEGER} one is), so a
     * text that {@link SqliteTypeNames} would not spell back letter for letter is kept as a
     * {@link ColumnType.NativeType} of that text, and one Retort does not map stays unrecognised.
     */
    static ColumnType declared(String declared) {
        String text = declared == null ? "" : declared;
        ColumnType parsed = parse(text);
        if (!parsed.recognised() || parsed.accept(SqliteTypeNames.INSTANCE).equals(text)) {
            return parsed;
        }
        return ColumnType.NativeType.of(text);
    }

    static ColumnType parse(String declared) {
        String text = declared == null ? "" : declared.strip();
        int open = text.indexOf('(');
        String base = (open < 0 ? text : text.substring(0, open)).strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        List<Integer> args = arguments(text, open);
        Integer first = args.isEmpty() ? null : args.get(0);
        Integer second = args.size() > 1 ? args.get(1) : null;
        ColumnType type = switch (base) {
            // a column without a type: legal in SQLite, BLOB affinity
            case "" -> ColumnType.NativeType.of("");
            case "TINYINT" -> ColumnType.IntegerType.of(1);
            case "SMALLINT", "INT2" -> ColumnType.IntegerType.of(2);
            case "MEDIUMINT" -> ColumnType.IntegerType.of(3);
            case "INT", "INTEGER" -> ColumnType.IntegerType.of(4);
            case "BIGINT", "INT8", "UNSIGNED BIG INT" -> ColumnType.IntegerType.of(8);
            case "NUMERIC", "DECIMAL" -> new ColumnType.DecimalType(first, second, false);
            case "REAL" -> new ColumnType.FloatType(4, false);
            case "FLOAT", "DOUBLE", "DOUBLE PRECISION" -> new ColumnType.FloatType(8, false);
            case "BOOLEAN", "BOOL" -> new ColumnType.BooleanType();
            case "CHAR", "CHARACTER", "NCHAR", "NATIVE CHARACTER" -> new ColumnType.StringType(Size.FIXED, first);
            case "VARCHAR", "NVARCHAR", "VARYING CHARACTER", "NATIONAL VARYING CHARACTER", "CHARACTER VARYING" ->
                    new ColumnType.StringType(Size.VARYING, first);
            case "TEXT", "CLOB" -> new ColumnType.StringType(Size.LARGE, null);
            case "BLOB" -> new ColumnType.BinaryType(Size.LARGE, null);
            case "BINARY" -> new ColumnType.BinaryType(Size.FIXED, first);
            case "VARBINARY" -> new ColumnType.BinaryType(Size.VARYING, first);
            case "DATE" -> new TemporalType(TemporalType.Kind.DATE, null);
            case "TIME" -> new TemporalType(TemporalType.Kind.TIME, first);
            case "DATETIME" -> new TemporalType(TemporalType.Kind.DATETIME, first);
            case "TIMESTAMP" -> new TemporalType(TemporalType.Kind.TIMESTAMP, first);
            case "JSON" -> new ColumnType.JsonType(false);
            // SQLite 3.45 stores JSONB as a binary blob; older versions take the name with NUMERIC affinity
            case "JSONB" -> new ColumnType.JsonType(true);
            case "UUID" -> new ColumnType.UuidType();
            default -> null;
        };
        return type != null ? type : new ColumnType.UnrecognisedType(text, "SQLite type name Retort does not map; "
                + "SQLite gives it " + affinity(base) + " affinity");
    }

    private static List<Integer> arguments(String text, int open) {
        List<Integer> args = new ArrayList<>();
        int close = text.lastIndexOf(')');
        if (open < 0 || close < open) {
            return args;
        }
        for (String arg : text.substring(open + 1, close).split(",")) {
            try {
                args.add(Integer.valueOf(arg.strip()));
            } catch (NumberFormatException e) {
                return args;
            }
        }
        return args;
    }

    /** SQLite's own affinity rules (section 3.1 of its datatype documentation). */
    static String affinity(String upper) {
        if (upper.contains("INT")) {
            return "INTEGER";
        }
        if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) {
            return "TEXT";
        }
        if (upper.isEmpty() || upper.contains("BLOB")) {
            return "BLOB";
        }
        if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }
}
