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
     *
     * @param name the type's name
     * @param size its length or precision, or null
     */
    static String sized(String name, Integer size) {
        return size == null ? name : name + "(" + size + ")";
    }

    /** {@return a readable, dialect-neutral spelling of the type, for messages and {@code inspect}} */
    default String describe() {
        return accept(TypeText.INSTANCE);
    }

    /**
     * One method per kind; {@link ColumnType#accept} calls the one for the type's kind.
     *
     * @param <R> what the visitor produces
     */
    interface Visitor<R> {
        /**
         * {@return what the visitor makes of an integer type}
         *
         * @param type the type
         */
        R visitInteger(IntegerType type);
        /**
         * {@return what the visitor makes of an exact numeric type}
         *
         * @param type the type
         */
        R visitDecimal(DecimalType type);
        /**
         * {@return what the visitor makes of a floating-point type}
         *
         * @param type the type
         */
        R visitFloat(FloatType type);
        /**
         * {@return what the visitor makes of a boolean type}
         *
         * @param type the type
         */
        R visitBoolean(BooleanType type);
        /**
         * {@return what the visitor makes of a character string type}
         *
         * @param type the type
         */
        R visitString(StringType type);
        /**
         * {@return what the visitor makes of a byte string type}
         *
         * @param type the type
         */
        R visitBinary(BinaryType type);
        /**
         * {@return what the visitor makes of a date or time type}
         *
         * @param type the type
         */
        R visitTemporal(TemporalType type);
        /**
         * {@return what the visitor makes of a JSON type}
         *
         * @param type the type
         */
        R visitJson(JsonType type);
        /**
         * {@return what the visitor makes of a UUID type}
         *
         * @param type the type
         */
        R visitUuid(UuidType type);
        /**
         * {@return what the visitor makes of an inline value list}
         *
         * @param type the type
         */
        R visitEnum(EnumType type);
        /**
         * {@return what the visitor makes of an array type}
         *
         * @param type the type
         */
        R visitArray(ArrayType type);
        /**
         * {@return what the visitor makes of a type created in the database}
         *
         * @param type the type
         */
        R visitUserDefined(UserDefinedType type);
        /**
         * {@return what the visitor makes of a native type}
         *
         * @param type the type
         */
        R visitNative(NativeType type);
        /**
         * {@return what the visitor makes of a type the reader did not understand}
         *
         * @param type the type
         */
        R visitUnrecognised(UnrecognisedType type);
    }

    /**
     * Whole numbers.
     *
     * @param bytes    the width: 1, 2, 3 (MySQL MEDIUMINT), 4 or 8
     * @param unsigned MySQL/MariaDB {@code UNSIGNED}
     */
    record IntegerType(int bytes, boolean unsigned) implements ColumnType {
        /**
         * Checks the width.
         *
         * @param bytes the width: 1, 2, 3 (MySQL MEDIUMINT), 4 or 8
         * @param unsigned MySQL/MariaDB {@code UNSIGNED}
         * @throws IllegalArgumentException when {@code bytes} is not 1, 2, 3, 4 or 8
         */
        public IntegerType {
            if (bytes != 1 && bytes != 2 && bytes != 3 && bytes != 4 && bytes != 8) {
                throw new IllegalArgumentException("integer width must be 1, 2, 3, 4 or 8 bytes: " + bytes);
            }
        }

        /**
         * {@return a signed integer type}
         *
         * @param bytes the width: 1, 2, 3, 4 or 8
         */
        public static IntegerType of(int bytes) {
            return new IntegerType(bytes, false);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInteger(this);
        }
    }

    /**
     * Exact numerics.
     *
     * @param precision total digits, or {@code null} when unconstrained
     * @param scale     digits after the decimal point, or {@code null} when not given
     * @param unsigned  MySQL/MariaDB {@code UNSIGNED}
     */
    record DecimalType(Integer precision, Integer scale, boolean unsigned) implements ColumnType {
        /**
         * Checks that a scale comes with a precision.
         *
         * @param precision total digits, or {@code null} when unconstrained
         * @param scale digits after the decimal point, or {@code null} when not given
         * @param unsigned MySQL/MariaDB {@code UNSIGNED}
         * @throws IllegalArgumentException when a scale has no precision
         */
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

    /**
     * Binary floating point.
     *
     * @param bytes    4 (REAL, FLOAT) or 8 (DOUBLE PRECISION)
     * @param unsigned MySQL/MariaDB {@code UNSIGNED}
     */
    record FloatType(int bytes, boolean unsigned) implements ColumnType {
        /**
         * Checks the width.
         *
         * @param bytes 4 (REAL, FLOAT) or 8 (DOUBLE PRECISION)
         * @param unsigned MySQL/MariaDB {@code UNSIGNED}
         * @throws IllegalArgumentException when {@code bytes} is not 4 or 8
         */
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

    /**
     * Character strings.
     *
     * @param size   fixed, varying or large
     * @param length in characters, or {@code null} when not given; for {@code LARGE} the MySQL size cap in
     *               bytes, or {@code null}
     */
    record StringType(Size size, Integer length) implements ColumnType {
        /**
         * Checks the length.
         *
         * @param size fixed, varying or large
         * @param length in characters, or {@code null} when not given; for {@code LARGE} the MySQL size cap
         *     in bytes, or {@code null}
         * @throws IllegalArgumentException when the length is negative
         */
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

    /**
     * Byte strings.
     *
     * @param size   fixed, varying or large
     * @param length in bytes, or {@code null} when not given; for {@code LARGE} the MySQL size cap, or
     *               {@code null}
     */
    record BinaryType(Size size, Integer length) implements ColumnType {
        /**
         * Checks the length.
         *
         * @param size fixed, varying or large
         * @param length in bytes, or {@code null} when not given; for {@code LARGE} the MySQL size cap, or
         *     {@code null}
         * @throws IllegalArgumentException when the length is negative
         */
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
    enum Size {
        /** {@code CHAR}, {@code BINARY}: padded to the length. */
        FIXED,
        /** {@code VARCHAR}, {@code VARBINARY}, {@code bytea}: up to the length. */
        VARYING,
        /** {@code TEXT}, {@code CLOB}, {@code BLOB}: no length, or MySQL's size cap. */
        LARGE
    }

    /**
     * Dates and times.
     *
     * @param kind      which date or time type
     * @param precision fractional-second digits, {@code null} when not given
     */
    record TemporalType(Kind kind, Integer precision) implements ColumnType {
        /** DATETIME is MySQL's zone-less timestamp, kept apart from its TIMESTAMP (stored as UTC). */
        public enum Kind {
            /** A calendar date. */
            DATE,
            /** A time of day without time zone. */
            TIME,
            /** A time of day with time zone. */
            TIME_TZ,
            /** A timestamp without time zone; MySQL/MariaDB's {@code TIMESTAMP}, which they store as UTC, too. */
            TIMESTAMP,
            /** A timestamp with time zone. */
            TIMESTAMP_TZ,
            /** MySQL/MariaDB's zone-less {@code DATETIME}, kept apart from their {@code TIMESTAMP}. */
            DATETIME,
            /** MySQL/MariaDB's {@code YEAR}. */
            YEAR,
            /** A time span (PostgreSQL, H2). */
            INTERVAL
        }

        /**
         * Checks that the kind is given.
         *
         * @param kind which date or time type
         * @param precision fractional-second digits, {@code null} when not given
         */
        public TemporalType {
            Objects.requireNonNull(kind, "kind");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTemporal(this);
        }
    }

    /**
     * JSON documents.
     *
     * @param binary true for PostgreSQL's {@code jsonb}
     */
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

    /**
     * An inline value list: MySQL {@code ENUM(...)} or {@code SET(...)}; H2 ENUM.
     *
     * @param values the allowed values, in order
     * @param set    true for MySQL's {@code SET}, whose value is any subset of them
     */
    record EnumType(List<String> values, boolean set) implements ColumnType {
        /**
         * Copies the values.
         *
         * @param values the allowed values, in order
         * @param set true for MySQL's {@code SET}, whose value is any subset of them
         */
        public EnumType {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEnum(this);
        }
    }

    /**
     * An array (PostgreSQL {@code text[]}, H2 {@code ARRAY}).
     *
     * @param element    the element type
     * @param dimensions how many dimensions, at least 1
     */
    record ArrayType(ColumnType element, int dimensions) implements ColumnType {
        /**
         * Checks the element type and the dimensions.
         *
         * @param element the element type
         * @param dimensions how many dimensions, at least 1
         * @throws IllegalArgumentException when there is less than one dimension
         */
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

    /**
     * A type created in the database (PostgreSQL enum, domain, composite, range or extension base type).
     *
     * @param name the type's name; one of the default schema carries no schema
     * @param kind what created it
     */
    record UserDefinedType(QualifiedName name, Kind kind) implements ColumnType {
        /** What CREATE statement made the type. */
        public enum Kind {
            /** {@code CREATE TYPE … AS ENUM}. */
            ENUM,
            /** {@code CREATE DOMAIN}. */
            DOMAIN,
            /** {@code CREATE TYPE … AS (…)}. */
            COMPOSITE,
            /** {@code CREATE TYPE … AS RANGE}. */
            RANGE,
            /** A base type, usually an extension's ({@code citext}). */
            BASE
        }

        /**
         * Checks that the name and the kind are given.
         *
         * @param name the type's name; one of the default schema carries no schema
         * @param kind what created it
         */
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

        /**
         * {@return a native type without arguments}
         *
         * @param name lower-case canonical name
         */
        public static NativeType of(String name) {
            return new NativeType(name, List.of());
        }

        /** {@return the type as the dialect writes it: {@code bit(8)}, {@code inet}} */
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
