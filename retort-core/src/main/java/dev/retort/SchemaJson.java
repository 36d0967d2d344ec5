package dev.retort;

import dev.retort.schema.Charset;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the maps behind {@link Reports#json}: every key is always present (null when empty)
 * and in a fixed order, so the output is stable. Stateless.
 */
final class SchemaJson {

    /** The version of the JSON shape; raised when a key changes meaning or disappears. */
    static final int FORMAT = 1;

    private SchemaJson() {
    }

    static Map<String, Object> schema(Schema schema) {
        return schema(schema, false);
    }

    /**
     * The schema's map; {@code complete} adds what {@code inspect} leaves out but a snapshot needs to be read
     * back as the same {@link Schema} ({@link SchemaJsonReader}): the schema's comment, whether a check is a
     * column's own, and each object's definition and catalog print.
     */
    static Map<String, Object> schema(Schema schema, boolean complete) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("tables", schema.tables().stream().map(table -> table(table, complete)).toList());
        json.put("objects", schema.objects().stream().map(object -> object(object, complete)).toList());
        if (complete) {
            json.put("comment", schema.comment());
        }
        return json;
    }

    private static Map<String, Object> table(Table table, boolean complete) {
        Map<String, Object> json = name(table.name());
        json.put("comment", table.comment());
        json.put("columns", table.columns().stream().map(SchemaJson::column).toList());
        json.put("primaryKey", primaryKey(table.primaryKey()));
        json.put("uniques", table.uniques().stream().map(SchemaJson::unique).toList());
        json.put("foreignKeys", table.foreignKeys().stream().map(SchemaJson::foreignKey).toList());
        json.put("checks", table.checks().stream().map(check -> check(check, complete)).toList());
        json.put("indexes", table.indexes().stream().map(SchemaJson::index).toList());
        json.put("charset", charset(table.options().charset()));
        json.put("options", new LinkedHashMap<String, Object>(table.options().options()));
        json.put("inheritance", inheritance(table.inheritance()));
        return json;
    }

    /** PostgreSQL: a child's parents, a partition's bound, a partitioned table's key; null for a plain table. */
    private static Map<String, Object> inheritance(Inheritance inheritance) {
        if (inheritance.equals(Inheritance.NONE)) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("parents", inheritance.parents().stream().map(SchemaJson::name).toList());
        json.put("bound", inheritance.bound());
        json.put("partitionKey", inheritance.partitionKey());
        return json;
    }

    private static Map<String, Object> charset(Charset charset) {
        if (charset == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", charset.name());
        json.put("collation", charset.collation());
        return json;
    }

    private static Map<String, Object> column(Column column) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", column.name());
        json.put("type", column.type().accept(new TypeJson()));
        json.put("typeText", column.type().describe());
        json.put("nullable", column.nullable());
        Map<String, Object> defaultValue = null;
        if (column.defaultValue() != null) {
            defaultValue = new LinkedHashMap<>();
            defaultValue.put("sql", column.defaultValue().sql());
            defaultValue.put("kind", lower(column.defaultValue().kind()));
        }
        json.put("default", defaultValue);
        json.put("identity", column.identity() == null ? null : lower(column.identity().kind()));
        if (column.identity() != null && column.identity().ownSequence()) {
            json.put("identity_sequence", column.identity().sequence());
            json.put("identity_sequence_options", column.identity().options());
        }
        Map<String, Object> generated = null;
        if (column.generated() != null) {
            generated = new LinkedHashMap<>();
            generated.put("expression", column.generated().expression());
            generated.put("stored", column.generated().stored());
        }
        json.put("generated", generated);
        json.put("onUpdate", column.onUpdate());
        json.put("comment", column.comment());
        json.put("charset", charset(column.charset()));
        json.put("recognised", column.recognised());
        json.put("collation", column.collation() == null ? null : name(column.collation()));
        return json;
    }

    private static Map<String, Object> primaryKey(PrimaryKey key) {
        if (key == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", key.name());
        json.put("columns", key.columns());
        return json;
    }

    private static Map<String, Object> unique(UniqueConstraint unique) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", unique.name());
        json.put("columns", unique.columns());
        json.put("deferrability", lower(unique.deferrability()));
        json.put("nullsNotDistinct", unique.nullsNotDistinct());
        return json;
    }

    private static Map<String, Object> foreignKey(ForeignKey key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", key.name());
        json.put("columns", key.columns());
        json.put("referencedTable", name(key.referencedTable()));
        json.put("referencedColumns", key.referencedColumns());
        json.put("onDelete", lower(key.onDelete()));
        json.put("onUpdate", lower(key.onUpdate()));
        json.put("deferrability", lower(key.deferrability()));
        return json;
    }

    private static Map<String, Object> check(CheckConstraint check, boolean complete) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", check.name());
        json.put("expression", check.expression());
        if (complete) {
            json.put("columnLevel", check.columnLevel());
        }
        return json;
    }

    private static Map<String, Object> index(Index index) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", index.name());
        json.put("unique", index.unique());
        json.put("keys", index.keys().stream().map(SchemaJson::key).toList());
        json.put("predicate", index.predicate());
        json.put("method", index.method());
        json.put("comment", index.comment());
        return json;
    }

    private static Map<String, Object> key(Index.Key key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("column", key.column());
        json.put("expression", key.expression());
        json.put("order", lower(key.order()));
        json.put("prefixLength", key.prefixLength());
        json.put("collation", key.collation() == null ? null : name(key.collation()));
        json.put("nulls", lower(key.nulls()));
        if (key.operatorClass() != null) {
            Map<String, Object> operatorClass = new LinkedHashMap<>(name(key.operatorClass().name()));
            operatorClass.put("parameters", key.operatorClass().parameters());
            json.put("operatorClass", operatorClass);
        }
        return json;
    }

    private static Map<String, Object> object(SchemaObject object, boolean complete) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", lower(object.kind()));
        json.putAll(name(object.name()));
        json.put("table", object.table() == null ? null : name(object.table()));
        if (complete) {
            json.put("definition", object.definition());
            Map<String, Object> catalog = null;
            if (object.catalog() != null) {
                catalog = new LinkedHashMap<>();
                catalog.put("comparable", object.catalog().comparable());
                catalog.put("statement", object.catalog().statement());
            }
            json.put("catalog", catalog);
        }
        return json;
    }

    private static Map<String, Object> name(QualifiedName name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", name.schema());
        json.put("name", name.name());
        return json;
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** One JSON object per type kind: {@code kind} plus that kind's own fields. */
    private static final class TypeJson implements ColumnType.Visitor<Map<String, Object>> {

        private static Map<String, Object> kind(String kind, Object... fields) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", kind);
            for (int i = 0; i < fields.length; i += 2) {
                json.put((String) fields[i], fields[i + 1]);
            }
            return json;
        }

        @Override
        public Map<String, Object> visitInteger(ColumnType.IntegerType type) {
            return kind("integer", "bytes", type.bytes(), "unsigned", type.unsigned());
        }

        @Override
        public Map<String, Object> visitDecimal(ColumnType.DecimalType type) {
            return kind("decimal", "precision", type.precision(), "scale", type.scale(), "unsigned", type.unsigned());
        }

        @Override
        public Map<String, Object> visitFloat(ColumnType.FloatType type) {
            return kind("float", "bytes", type.bytes(), "unsigned", type.unsigned());
        }

        @Override
        public Map<String, Object> visitBoolean(ColumnType.BooleanType type) {
            return kind("boolean");
        }

        @Override
        public Map<String, Object> visitString(ColumnType.StringType type) {
            return kind("string", "size", lower(type.size()), "length", type.length());
        }

        @Override
        public Map<String, Object> visitBinary(ColumnType.BinaryType type) {
            return kind("binary", "size", lower(type.size()), "length", type.length());
        }

        @Override
        public Map<String, Object> visitTemporal(ColumnType.TemporalType type) {
            return kind("temporal", "temporal", lower(type.kind()), "precision", type.precision());
        }

        @Override
        public Map<String, Object> visitJson(ColumnType.JsonType type) {
            return kind("json", "binary", type.binary());
        }

        @Override
        public Map<String, Object> visitUuid(ColumnType.UuidType type) {
            return kind("uuid");
        }

        @Override
        public Map<String, Object> visitEnum(ColumnType.EnumType type) {
            return kind("enum", "values", type.values(), "set", type.set());
        }

        @Override
        public Map<String, Object> visitArray(ColumnType.ArrayType type) {
            return kind("array", "element", type.element().accept(this), "dimensions", type.dimensions());
        }

        @Override
        public Map<String, Object> visitUserDefined(ColumnType.UserDefinedType type) {
            return kind("userDefined", "name", name(type.name()), "userKind", lower(type.kind()));
        }

        @Override
        public Map<String, Object> visitNative(ColumnType.NativeType type) {
            return kind("native", "name", type.name(), "arguments", type.arguments());
        }

        @Override
        public Map<String, Object> visitUnrecognised(ColumnType.UnrecognisedType type) {
            return kind("unrecognised", "declared", type.declared(), "reason", type.reason());
        }
    }

}
