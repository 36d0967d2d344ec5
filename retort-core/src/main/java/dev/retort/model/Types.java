package dev.retort.model;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.TemporalType;
import dev.retort.schema.QualifiedName;
import java.util.Arrays;
import java.util.List;

/**
 * Short names for every kind of column type in a {@link SchemaBuilder} model. A type is the one a
 * database reports back, so state only what the database keeps: {@code varchar(255)}, not a length on a
 * type that has none. Stateless.
 */
public final class Types {

    private Types() {
    }

    /** {@return MySQL/MariaDB {@code TINYINT} (one byte); MySQL's {@code tinyint(1)} is {@link #bool()}} */
    public static ColumnType tinyint() {
        return ColumnType.IntegerType.of(1);
    }

    /**
     * {@return {@code SMALLINT}, two bytes}
     */
    public static ColumnType smallint() {
        return ColumnType.IntegerType.of(2);
    }

    /** {@return MySQL/MariaDB {@code MEDIUMINT} (three bytes)} */
    public static ColumnType mediumint() {
        return ColumnType.IntegerType.of(3);
    }

    /**
     * {@return {@code INTEGER}, four bytes}
     */
    public static ColumnType integer() {
        return ColumnType.IntegerType.of(4);
    }

    /**
     * {@return {@code BIGINT}, eight bytes}
     */
    public static ColumnType bigint() {
        return ColumnType.IntegerType.of(8);
    }

    /**
     * {@return MySQL/MariaDB: the unsigned form of an integer, decimal or float type}
     *
     * @param type an integer, decimal or float type
     * @throws IllegalArgumentException when the type has no unsigned form
     */
    public static ColumnType unsigned(ColumnType type) {
        if (type instanceof ColumnType.IntegerType integer) {
            return new ColumnType.IntegerType(integer.bytes(), true);
        }
        if (type instanceof ColumnType.DecimalType decimal) {
            return new ColumnType.DecimalType(decimal.precision(), decimal.scale(), true);
        }
        if (type instanceof ColumnType.FloatType floating) {
            return new ColumnType.FloatType(floating.bytes(), true);
        }
        throw new IllegalArgumentException("only numbers are unsigned, not " + type.describe());
    }

    /**
     * {@return {@code DECIMAL(precision, scale)}}
     *
     * @param precision total digits
     * @param scale digits after the decimal point
     */
    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType.DecimalType(precision, scale, false);
    }

    /**
     * {@return {@code NUMERIC(precision, scale)}: the same type as {@link #decimal}}
     *
     * @param precision total digits
     * @param scale digits after the decimal point
     */
    public static ColumnType numeric(int precision, int scale) {
        return decimal(precision, scale);
    }

    /**
     * {@return {@code NUMERIC(precision)}, scale 0.}
     *
     * @param precision total digits
     */
    public static ColumnType numeric(int precision) {
        return decimal(precision, 0);
    }

    /** {@return PostgreSQL's and H2's unconstrained {@code NUMERIC}} */
    public static ColumnType numeric() {
        return new ColumnType.DecimalType(null, null, false);
    }

    /**
     * {@return {@code REAL}, four bytes}
     */
    public static ColumnType real() {
        return new ColumnType.FloatType(4, false);
    }

    /**
     * {@return {@code DOUBLE PRECISION}, eight bytes}
     */
    public static ColumnType doublePrecision() {
        return new ColumnType.FloatType(8, false);
    }

    /**
     * {@return {@code BOOLEAN}: MySQL/MariaDB keep it as {@code tinyint(1)}}
     */
    public static ColumnType bool() {
        return new ColumnType.BooleanType();
    }

    /**
     * {@return {@code VARCHAR(length)}}
     *
     * @param length the most characters
     */
    public static ColumnType varchar(int length) {
        return new ColumnType.StringType(ColumnType.Size.VARYING, length);
    }

    /** {@return PostgreSQL's (and H2's) {@code varchar} without a length} */
    public static ColumnType varchar() {
        return new ColumnType.StringType(ColumnType.Size.VARYING, null);
    }

    /**
     * {@return {@code CHAR(length)}, fixed length}
     *
     * @param length characters
     */
    public static ColumnType character(int length) {
        return new ColumnType.StringType(ColumnType.Size.FIXED, length);
    }

    /** {@return {@code TEXT} ({@code CLOB} on H2)} */
    public static ColumnType text() {
        return new ColumnType.StringType(ColumnType.Size.LARGE, null);
    }

    /**
     * {@return MySQL/MariaDB's capped text types by their cap, as the reader reports them: 255
     * {@code TINYTEXT}, 65535 {@code TEXT}, 16777215 {@code MEDIUMTEXT}; {@code LONGTEXT}, which has no cap,
     * is {@link #text()}}
     *
     * @param maxBytes the cap in bytes: 255, 65535 or 16777215
     */
    public static ColumnType text(int maxBytes) {
        return new ColumnType.StringType(ColumnType.Size.LARGE, maxBytes);
    }

    /**
     * {@return {@code BINARY(length)}}
     *
     * @param length bytes
     */
    public static ColumnType binary(int length) {
        return new ColumnType.BinaryType(ColumnType.Size.FIXED, length);
    }

    /**
     * {@return {@code VARBINARY(length)}}
     *
     * @param length the most bytes
     */
    public static ColumnType varbinary(int length) {
        return new ColumnType.BinaryType(ColumnType.Size.VARYING, length);
    }

    /** {@return PostgreSQL's {@code bytea}} */
    public static ColumnType bytea() {
        return new ColumnType.BinaryType(ColumnType.Size.VARYING, null);
    }

    /** {@return {@code BLOB} (MySQL/MariaDB: {@code LONGBLOB})} */
    public static ColumnType blob() {
        return new ColumnType.BinaryType(ColumnType.Size.LARGE, null);
    }

    /**
     * {@return MySQL/MariaDB's capped blobs, as {@link #text(int)}: 255 {@code TINYBLOB}, 65535 {@code BLOB},
     * 16777215 {@code MEDIUMBLOB}}
     *
     * @param maxBytes the cap in bytes: 255, 65535 or 16777215
     */
    public static ColumnType blob(int maxBytes) {
        return new ColumnType.BinaryType(ColumnType.Size.LARGE, maxBytes);
    }

    /**
     * {@return {@code DATE}}
     */
    public static ColumnType date() {
        return temporal(TemporalType.Kind.DATE, null);
    }

    /**
     * {@return {@code TIME} without time zone, the database's default precision}
     */
    public static ColumnType time() {
        return temporal(TemporalType.Kind.TIME, null);
    }

    /**
     * {@return {@code TIME(precision)}: fractional-second digits}
     *
     * @param precision fractional-second digits
     */
    public static ColumnType time(int precision) {
        return temporal(TemporalType.Kind.TIME, precision);
    }

    /** {@return {@code TIME WITH TIME ZONE}} */
    public static ColumnType timeTz() {
        return temporal(TemporalType.Kind.TIME_TZ, null);
    }

    /**
     * {@return {@code TIMESTAMP} without time zone, the database's default precision}
     */
    public static ColumnType timestamp() {
        return temporal(TemporalType.Kind.TIMESTAMP, null);
    }

    /**
     * {@return {@code TIMESTAMP(precision)}}
     *
     * @param precision fractional-second digits
     */
    public static ColumnType timestamp(int precision) {
        return temporal(TemporalType.Kind.TIMESTAMP, precision);
    }

    /** {@return {@code TIMESTAMP WITH TIME ZONE} ({@code timestamptz})} */
    public static ColumnType timestampTz() {
        return temporal(TemporalType.Kind.TIMESTAMP_TZ, null);
    }

    /**
     * {@return {@code TIMESTAMP(precision) WITH TIME ZONE}}
     *
     * @param precision fractional-second digits
     */
    public static ColumnType timestampTz(int precision) {
        return temporal(TemporalType.Kind.TIMESTAMP_TZ, precision);
    }

    /** {@return MySQL/MariaDB {@code DATETIME}} */
    public static ColumnType datetime() {
        return temporal(TemporalType.Kind.DATETIME, null);
    }

    /**
     * {@return MySQL/MariaDB {@code DATETIME(precision)}}
     *
     * @param precision fractional-second digits
     */
    public static ColumnType datetime(int precision) {
        return temporal(TemporalType.Kind.DATETIME, precision);
    }

    /** {@return MySQL/MariaDB {@code YEAR}} */
    public static ColumnType year() {
        return temporal(TemporalType.Kind.YEAR, null);
    }

    /** {@return PostgreSQL's and H2's {@code INTERVAL}} */
    public static ColumnType interval() {
        return temporal(TemporalType.Kind.INTERVAL, null);
    }

    private static ColumnType temporal(TemporalType.Kind kind, Integer precision) {
        return new TemporalType(kind, precision);
    }

    /**
     * {@return {@code JSON}}
     */
    public static ColumnType json() {
        return new ColumnType.JsonType(false);
    }

    /** {@return PostgreSQL's {@code jsonb}} */
    public static ColumnType jsonb() {
        return new ColumnType.JsonType(true);
    }

    /**
     * {@return {@code UUID} (PostgreSQL, H2)}
     */
    public static ColumnType uuid() {
        return new ColumnType.UuidType();
    }

    /**
     * {@return MySQL/MariaDB's and H2's inline {@code ENUM('a', 'b')}}
     *
     * @param values the allowed values, in order
     */
    public static ColumnType enumOf(String... values) {
        return new ColumnType.EnumType(List.of(values), false);
    }

    /**
     * {@return MySQL/MariaDB's {@code SET('a', 'b')}}
     *
     * @param values the allowed values, in order
     */
    public static ColumnType setOf(String... values) {
        return new ColumnType.EnumType(List.of(values), true);
    }

    /**
     * {@return an array of one dimension ({@code text[]}, H2 {@code VARCHAR ARRAY})}
     *
     * @param element the element type
     */
    public static ColumnType arrayOf(ColumnType element) {
        return arrayOf(element, 1);
    }

    /**
     * {@return an array of several dimensions (PostgreSQL)}
     *
     * @param element the element type
     * @param dimensions how many dimensions, at least 1
     */
    public static ColumnType arrayOf(ColumnType element, int dimensions) {
        return new ColumnType.ArrayType(element, dimensions);
    }

    /**
     * {@return a PostgreSQL enum type created in the database ({@code CREATE TYPE mood AS ENUM (…)}); add its
     * statement with {@code SchemaBuilder.object(SchemaObject.Kind.TYPE, name, sql)}}
     *
     * @param name the type's name
     */
    public static ColumnType enumType(String name) {
        return new ColumnType.UserDefinedType(QualifiedName.of(name), ColumnType.UserDefinedType.Kind.ENUM);
    }

    /**
     * {@return a PostgreSQL domain ({@code CREATE DOMAIN}); add its statement with
     * {@code SchemaBuilder.object}}
     *
     * @param name the domain's name
     */
    public static ColumnType domain(String name) {
        return new ColumnType.UserDefinedType(QualifiedName.of(name), ColumnType.UserDefinedType.Kind.DOMAIN);
    }

    /**
     * {@return any other type created in the database: a composite, range or an extension's base type
     * ({@code citext})}
     *
     * @param name the type's name
     * @param kind what kind of type it is
     */
    public static ColumnType userDefined(String name, ColumnType.UserDefinedType.Kind kind) {
        return new ColumnType.UserDefinedType(QualifiedName.of(name), kind);
    }

    /**
     * {@return a built-in type of one database that has no kind of its own, by its lower-case name and
     * arguments: {@code nativeType("inet")}, {@code nativeType("bit", "8")}, MySQL's {@code geometry}}
     *
     * @param name the type's lower-case name
     * @param arguments its arguments as written ({@code "8"}), none when it has none
     */
    public static ColumnType nativeType(String name, String... arguments) {
        return new ColumnType.NativeType(name, Arrays.asList(arguments));
    }
}
