package dev.retort.dialect.h2;

import dev.retort.reflect.DefaultValues;
import dev.retort.reflect.SqlLexer;
import dev.retort.reflect.TableBuilder;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.GeneratedColumn;
import dev.retort.schema.Identity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads the columns, array element types and enum values of all chosen tables, a query each. Not thread-safe. */
final class H2Columns {

    private static final String COLUMNS = """
            select TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
                   NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT,
                   IS_IDENTITY, IDENTITY_GENERATION, IS_GENERATED, GENERATION_EXPRESSION, REMARKS,
                   DOMAIN_SCHEMA, DOMAIN_NAME, DTD_IDENTIFIER, ORDINAL_POSITION, COLUMN_ON_UPDATE
              from INFORMATION_SCHEMA.COLUMNS
             where TABLE_SCHEMA in (%s)
            """;

    private static final String ELEMENT_TYPES = """
            select OBJECT_SCHEMA, OBJECT_NAME, COLLECTION_TYPE_IDENTIFIER, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH,
                   NUMERIC_PRECISION, NUMERIC_SCALE, DATETIME_PRECISION
              from INFORMATION_SCHEMA.ELEMENT_TYPES
             where OBJECT_TYPE = 'TABLE' and OBJECT_SCHEMA in (%s)
            """;

    private static final String ENUM_VALUES = """
            select OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME, VALUE_ORDINAL
              from INFORMATION_SCHEMA.ENUM_VALUES
             where OBJECT_TYPE = 'TABLE' and OBJECT_SCHEMA in (%s)
            """;

    private static final SqlLexer LEXER = SqlLexer.standard();

    private final H2SchemaReader.Scope scope;

    H2Columns(H2SchemaReader.Scope scope) {
        this.scope = scope;
    }

    /**
     * Reads the three views one by one and joins them here: H2 builds each INFORMATION_SCHEMA view
     * on demand and joins them without indexes, which takes tens of seconds at 1000 tables.
     */
    void read(dev.retort.spi.JdbcSession session) {
        Map<List<String>, TreeMap<Integer, String>> enums = new HashMap<>();
        session.query(scope.sql(ENUM_VALUES), row -> enums.computeIfAbsent(
                List.of(row.getString(1), row.getString(2), row.getString(3)), key -> new TreeMap<>())
                .put(row.getInt(5), row.getString(4)), scope.schemas());
        Map<List<String>, ColumnType> elements = new HashMap<>();
        session.query(scope.sql(ELEMENT_TYPES), row -> elements.put(
                List.of(row.getString(1), row.getString(2), row.getString(3)),
                H2Types.parse(H2Types.Facts.of(row, 4), List.of())), scope.schemas());
        Map<TableBuilder, TreeMap<Integer, Column>> columns = new HashMap<>();
        session.query(scope.sql(COLUMNS), row -> {
            TableBuilder table = scope.table(row, 1);
            if (table != null) {
                List<String> id = List.of(row.getString(1), row.getString(2), row.getString(18));
                TreeMap<Integer, String> values = enums.get(id);
                Column column = column(row, values == null ? List.of() : List.copyOf(values.values()), elements.get(id));
                columns.computeIfAbsent(table, ignored -> new TreeMap<>()).put(row.getInt(19), column);
            } else {
                scope.definitions().viewColumn(row.getString(1), row.getString(2), row.getInt(19), row.getString(3));
            }
            return null;
        }, scope.schemas());
        columns.forEach((table, byPosition) -> byPosition.values().forEach(table::column));
    }

    private Column column(ResultSet row, List<String> enumValues, ColumnType element) throws SQLException {
        ColumnType type;
        if (row.getString(17) != null) {
            type = new ColumnType.UserDefinedType(scope.name(row.getString(16), row.getString(17)),
                    ColumnType.UserDefinedType.Kind.DOMAIN);
        } else {
            type = H2Types.parse(H2Types.Facts.of(row, 4), enumValues);
            if (type instanceof ColumnType.ArrayType && element != null) {
                type = new ColumnType.ArrayType(element, 1);
            }
        }
        Identity identity = null;
        GeneratedColumn generated = null;
        DefaultValue defaultValue = null;
        if ("YES".equals(row.getString(11))) {
            identity = new Identity("ALWAYS".equals(row.getString(12)) ? Identity.Kind.ALWAYS : Identity.Kind.BY_DEFAULT);
        } else if ("ALWAYS".equals(row.getString(13))) {
            // H2 computes generated columns on write and keeps the value
            generated = new GeneratedColumn(row.getString(14), true);
        } else {
            String text = row.getString(10);
            defaultValue = text == null || text.strip().equalsIgnoreCase("NULL") ? null : DefaultValues.classify(text, LEXER);
        }
        return new Column(row.getString(3), type, "YES".equals(row.getString(9)), defaultValue, identity, generated,
                row.getString(20), row.getString(15));
    }
}
