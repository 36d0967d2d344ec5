package dev.retort;

import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.Charset;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.Inheritance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads the complete form of {@link SchemaJson} (format {@value SchemaJson#FORMAT}) back into a {@link Schema}:
 * the inverse of {@code SchemaJson.schema(schema, true)}. Keys it does not know are ignored, so a later
 * Retort may add keys without raising the format; derived keys ({@code typeText}, {@code recognised}) are
 * not read. A missing or mistyped key is an {@link IllegalArgumentException} naming it. Stateless.
 */
final class SchemaJsonReader {

    private SchemaJsonReader() {
    }

    static Schema schema(Map<String, Object> json) {
        List<Table> tables = list(json, "tables", SchemaJsonReader::table);
        List<SchemaObject> objects = list(json, "objects", SchemaJsonReader::object);
        return new Schema(tables, objects, text(json, "comment"));
    }

    private static Table table(Map<String, Object> json) {
        String where = "table " + json.get("name");
        try {
            Charset charset = charset(map(json, "charset"));
            Map<String, Object> options = map(json, "options");
            TreeMap<String, String> values = new TreeMap<>();
            if (options != null) {
                options.forEach((key, value) -> values.put(key, String.valueOf(value)));
            }
            return new Table(name(json), list(json, "columns", SchemaJsonReader::column),
                    primaryKey(map(json, "primaryKey")), list(json, "uniques", SchemaJsonReader::unique),
                    list(json, "indexes", SchemaJsonReader::index), list(json, "foreignKeys", SchemaJsonReader::foreignKey),
                    list(json, "checks", SchemaJsonReader::check), text(json, "comment"),
                    new TableOptions(charset, values), inheritance(map(json, "inheritance")));
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static Inheritance inheritance(Map<String, Object> json) {
        if (json == null) {
            return Inheritance.NONE;
        }
        return new Inheritance(list(json, "parents", SchemaJsonReader::name), text(json, "bound"),
                text(json, "partitionKey"));
    }

    private static Charset charset(Map<String, Object> json) {
        return json == null ? null : new Charset(required(json, "name"), text(json, "collation"));
    }

    private static Column column(Map<String, Object> json) {
        Map<String, Object> defaultJson = map(json, "default");
        DefaultValue defaultValue = defaultJson == null ? null
                : new DefaultValue(required(defaultJson, "sql"), constant(DefaultValue.Kind.class, required(defaultJson, "kind")));
        String identity = text(json, "identity");
        Map<String, Object> generatedJson = map(json, "generated");
        GeneratedColumn generated = generatedJson == null ? null
                : new GeneratedColumn(required(generatedJson, "expression"), flag(generatedJson, "stored"));
        Map<String, Object> collation = map(json, "collation");
        return new Column(required(json, "name"), type(map(json, "type")), flag(json, "nullable"), defaultValue,
                identity == null ? null : new Identity(constant(Identity.Kind.class, identity),
                        text(json, "identity_sequence"), text(json, "identity_sequence_options")), generated,
                text(json, "onUpdate"), text(json, "comment"), charset(map(json, "charset")),
                collation == null ? null : name(collation));
    }

    private static ColumnType type(Map<String, Object> json) {
        if (json == null) {
            throw new IllegalArgumentException("a column has no type");
        }
        String kind = required(json, "kind");
        return switch (kind) {
            case "integer" -> new ColumnType.IntegerType(integer(json, "bytes"), flag(json, "unsigned"));
            case "decimal" -> new ColumnType.DecimalType(optionalInteger(json, "precision"),
                    optionalInteger(json, "scale"), flag(json, "unsigned"));
            case "float" -> new ColumnType.FloatType(integer(json, "bytes"), flag(json, "unsigned"));
            case "boolean" -> new ColumnType.BooleanType();
            case "string" -> new ColumnType.StringType(constant(ColumnType.Size.class, required(json, "size")),
                    optionalInteger(json, "length"));
            case "binary" -> new ColumnType.BinaryType(constant(ColumnType.Size.class, required(json, "size")),
                    optionalInteger(json, "length"));
            case "temporal" -> new ColumnType.TemporalType(constant(ColumnType.TemporalType.Kind.class,
                    required(json, "temporal")), optionalInteger(json, "precision"));
            case "json" -> new ColumnType.JsonType(flag(json, "binary"));
            case "uuid" -> new ColumnType.UuidType();
            case "enum" -> new ColumnType.EnumType(strings(json, "values"), flag(json, "set"));
            case "array" -> new ColumnType.ArrayType(type(map(json, "element")), integer(json, "dimensions"));
            case "userDefined" -> new ColumnType.UserDefinedType(name(map(json, "name")),
                    constant(ColumnType.UserDefinedType.Kind.class, required(json, "userKind")));
            case "native" -> new ColumnType.NativeType(required(json, "name"), strings(json, "arguments"));
            case "unrecognised" -> new ColumnType.UnrecognisedType(required(json, "declared"), required(json, "reason"));
            default -> throw new IllegalArgumentException("unknown column type kind '" + kind + "'");
        };
    }

    private static PrimaryKey primaryKey(Map<String, Object> json) {
        return json == null ? null : new PrimaryKey(text(json, "name"), strings(json, "columns"));
    }

    private static UniqueConstraint unique(Map<String, Object> json) {
        return new UniqueConstraint(text(json, "name"), strings(json, "columns"),
                constant(ForeignKey.Deferrability.class, required(json, "deferrability")), flag(json, "nullsNotDistinct"));
    }

    private static ForeignKey foreignKey(Map<String, Object> json) {
        return new ForeignKey(text(json, "name"), strings(json, "columns"), name(map(json, "referencedTable")),
                strings(json, "referencedColumns"),
                constant(ForeignKey.ReferentialAction.class, required(json, "onDelete")),
                constant(ForeignKey.ReferentialAction.class, required(json, "onUpdate")),
                constant(ForeignKey.Deferrability.class, required(json, "deferrability")));
    }

    private static CheckConstraint check(Map<String, Object> json) {
        return new CheckConstraint(text(json, "name"), required(json, "expression"), flag(json, "columnLevel"));
    }

    private static Index index(Map<String, Object> json) {
        return new Index(required(json, "name"), list(json, "keys", SchemaJsonReader::key), flag(json, "unique"),
                text(json, "predicate"), text(json, "method"), text(json, "comment"));
    }

    private static Index.Key key(Map<String, Object> json) {
        Map<String, Object> collation = map(json, "collation");
        Map<String, Object> operatorClass = map(json, "operatorClass");
        return new Index.Key(text(json, "column"), text(json, "expression"),
                constant(Index.SortOrder.class, required(json, "order")), optionalInteger(json, "prefixLength"),
                collation == null ? null : name(collation), constant(Index.Nulls.class, required(json, "nulls")),
                operatorClass == null ? null : new Index.OperatorClass(name(operatorClass),
                        strings(operatorClass, "parameters")));
    }

    private static SchemaObject object(Map<String, Object> json) {
        Map<String, Object> table = map(json, "table");
        Map<String, Object> catalog = map(json, "catalog");
        return new SchemaObject(constant(SchemaObject.Kind.class, required(json, "kind")), name(json),
                table == null ? null : name(table), text(json, "definition"),
                catalog == null ? null : new CatalogDefinition(required(catalog, "comparable"), text(catalog, "statement")));
    }

    private static QualifiedName name(Map<String, Object> json) {
        return new QualifiedName(text(json, "schema"), required(json, "name"));
    }

    /** An enum constant from its lower-case JSON spelling ({@link SchemaJson#lower}). */
    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a known " + type.getSimpleName(), e);
        }
    }

    private static <T> List<T> list(Map<String, Object> json, String key, Function<Map<String, Object>, T> item) {
        Object value = json.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("'" + key + "' is not a list");
        }
        List<T> result = new ArrayList<>(items.size());
        for (Object element : items) {
            result.add(item.apply(asMap(element, key)));
        }
        return result;
    }

    private static List<String> strings(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("'" + key + "' is not a list");
        }
        return items.stream().map(item -> (String) item).toList();
    }

    private static Map<String, Object> map(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value == null ? null : asMap(value, key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("'" + what + "' is not an object");
        }
        return (Map<String, Object>) value;
    }

    private static String text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("'" + key + "' is not a string");
        }
        return (String) value;
    }

    private static String required(Map<String, Object> json, String key) {
        String value = text(json, key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value;
    }

    private static boolean flag(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (!(value instanceof Boolean bool)) {
            throw new IllegalArgumentException("'" + key + "' is not true or false");
        }
        return bool;
    }

    private static Integer optionalInteger(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Long number)) {
            throw new IllegalArgumentException("'" + key + "' is not a whole number");
        }
        return Math.toIntExact(number);
    }

    private static int integer(Map<String, Object> json, String key) {
        Integer value = optionalInteger(json, key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value;
    }
}
