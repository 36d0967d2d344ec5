package dev.retort.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column's type in a canonical form per dialect: the readers turn each database's spelling
 * ({@code character varying(255)}, {@code int(11)}, {@code NVARCHAR(160)}) into one of these records,
 * so two spellings of the same type compare equal. A closed family: dispatch with {@link Visitor},
 * so a new kind breaks the build wherever it is not handled yet.
 *
 * <p>{@link NativeType} holds dialect types Retort knows by name but does not take apart
 * (PostgreSQL {@code inet}, MySQL {@code YEAR}); {@link UnrecognisedType} is the fallback for a type
 * the reader did not understand, and is the only kind whose {@link #recognised()} is false.
 * Every implementation is an immutable, thread-safe record.
 */
public sealed interface ColumnType {

    /**
     * Dispatches on the concrete kind, so that a visitor must handle every kind.
     *
     * @param <R>     what the visitor produces
     * @param visitor the visitor
     * @return what the visitor's method for this kind returned
     */
    <R> R accept(Visitor<R> visitor);

    /** {@return false only for {@link UnrecognisedType}} */
    default boolean recognised() {
        return true;
    }

    /**
     * {@return {@code name(size)}, or the name alone when there is no size: how every dialect writes a length
     * or precision}
     */
    static String sized(String name, Integer size) {
        return size == null ? name : name + "(" + size + ")";
    }

    /** {@return a readable, dialect-neutral spelling of the type, for messages and {@code inspect}} */
    default String describe() {
        return accept(TypeText.INSTANCE);
    }

    /** One method per kind. */
    interface Visitor<R> {
        R visitInteger(IntegerType type);
        R visitDecimal(DecimalType type);
        R visitFloat(FloatType type);
        R visitBoolean(BooleanType type);
        R visitString(StringType type);
        R visitBinary(BinaryType type);
        R visitTemporal(TemporalType type);
        R visitJson(JsonType type);
        R visitUuid(UuidType type);
        R visitEnum(EnumType type);
        R visitArray(ArrayType type);
        R visitUserDefined(UserDefinedType type);
        R visitNative(NativeType type);
        R visitUnrecognised(UnrecognisedType type);
    }

    /** Whole numbers: {@code bytes} is 1, 2, 3 (MySQL MEDIUMINT), 4 or 8. */
    record IntegerType(int bytes, boolean unsigned) implements ColumnType {
        public IntegerType {
            if (bytes != 1 && bytes != 2 && bytes != 3 && bytes != 4 && bytes != 8) {
                throw new IllegalArgumentException("integer width must be 1, 2, 3, 4 or 8 bytes: " + bytes);
            }
        }

        public static IntegerType of(int bytes) {
            return new IntegerType(bytes, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInteger(this);
        }
    }

    /** Exact numerics; precision and scale are {@code null} when unconstrained. */
    record DecimalType(Integer precision, Integer scale, boolean unsigned) implements ColumnType {
        public DecimalType {
            if (precision == null && scale != null) {
                throw new IllegalArgumentException("a decimal scale needs a precision");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDecimal(this);
        }
    }

    /** Binary floating point: 4 bytes (REAL, FLOAT) or 8 (DOUBLE PRECISION). */
    record FloatType(int bytes, boolean unsigned) implements ColumnType {
        public FloatType {
            if (bytes != 4 && bytes != 8) {
                throw new IllegalArgumentException("float width must be 4 or 8 bytes: " + bytes);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFloat(this);
        }
    }

    /** Booleans (MySQL's {@code tinyint(1)} included: that is how MySQL spells BOOLEAN). */
    record BooleanType() implements ColumnType {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBoolean(this);
        }
    }

    /** Character strings. {@code length} is in characters; for LARGE it is the MySQL size cap or null. */
    record StringType(Size size, Integer length) implements ColumnType {
        public StringType {
            Objects.requireNonNull(size, "size");
            if (length != null && length < 0) {
                throw new IllegalArgumentException("string length must not be negative: " + length);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitString(this);
        }
    }

    /** Byte strings. {@code length} as for {@link StringType}, in bytes. */
    record BinaryType(Size size, Integer length) implements ColumnType {
        public BinaryType {
            Objects.requireNonNull(size, "size");
            if (length != null && length < 0) {
                throw new IllegalArgumentException("binary length must not be negative: " + length);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /** FIXED: CHAR/BINARY; VARYING: VARCHAR/VARBINARY/bytea; LARGE: TEXT/CLOB/BLOB. */
    enum Size { FIXED, VARYING, LARGE }

    /** Dates and times; {@code precision} is the fractional-second digits, {@code null} when not given. */
    record TemporalType(Kind kind, Integer precision) implements ColumnType {
        /** DATETIME is MySQL's zone-less timestamp, kept apart from its TIMESTAMP (stored as UTC). */
        public enum Kind { DATE, TIME, TIME_TZ, TIMESTAMP, TIMESTAMP_TZ, DATETIME, YEAR, INTERVAL }

        public TemporalType {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTemporal(this);
        }
    }

    /** JSON documents; {@code binary} for PostgreSQL's {@code jsonb}. */
    record JsonType(boolean binary) implements ColumnType {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitJson(this);
        }
    }

    /** UUIDs. */
    record UuidType() implements ColumnType {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUuid(this);
        }
    }

    /** An inline value list: MySQL {@code ENUM(...)} or, with {@code set}, {@code SET(...)}; H2 ENUM. */
    record EnumType(List<String> values, boolean set) implements ColumnType {
        public EnumType {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEnum(this);
        }
    }

    /** An array of {@code dimensions} dimensions (PostgreSQL {@code text[]}, H2 {@code ARRAY}). */
    record ArrayType(ColumnType element, int dimensions) implements ColumnType {
        public ArrayType {
            Objects.requireNonNull(element, "element");
            if (dimensions < 1) {
                throw new IllegalArgumentException("an array has at least one dimension: " + dimensions);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitArray(this);
        }
    }

    /** A type created in the database (PostgreSQL enum, domain, composite, range or extension base type). */
    record UserDefinedType(QualifiedName name, Kind kind) implements ColumnType {
        /** What CREATE statement made the type. */
        public enum Kind { ENUM, DOMAIN, COMPOSITE, RANGE, BASE }

        public UserDefinedType {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUserDefined(this);
        }
    }

    /**
     * A built-in type of one dialect that Retort knows by name and compares by its canonical text
     * ({@code inet}, {@code tsvector}, {@code bit(8)}, MySQL {@code geometry}).
     *
     * @param name      lower-case canonical name
     * @param arguments modifiers, e.g. {@code ["8"]} for {@code bit(8)}
     */
    record NativeType(String name, List<String> arguments) implements ColumnType {
        /**
         * Copies the arguments.
         *
         * @param name lower-case canonical name
         * @param arguments modifiers, e.g. {@code ["8"]} for {@code bit(8)}
         */
        public NativeType {
            Objects.requireNonNull(name, "name");
            arguments = List.copyOf(arguments);
        }

        public static NativeType of(String name) {
            return new NativeType(name, List.of());
        }

        /** As the dialect writes it: {@code bit(8)}, {@code inet}. */
        public String text() {
            return arguments.isEmpty() ? name : name + "(" + String.join(",", arguments) + ")";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNative(this);
        }
    }

    /**
     * A type the reader did not understand, kept as the database spelled it so nothing is lost.
     *
     * @param declared the database's own text for the type
     * @param reason   why it was not recognised
     */
    record UnrecognisedType(String declared, String reason) implements ColumnType {
        /**
         * Checks that the declaration and the reason are given.
         *
         * @param declared the database's own text for the type
         * @param reason why it was not recognised
         */
        public UnrecognisedType {
            Objects.requireNonNull(declared, "declared");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean recognised() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnrecognised(this);
        }
    }
}
