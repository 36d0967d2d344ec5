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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the columns (one query) and enum values (one query) of all chosen tables. Not thread-safe. */
final class H2Columns {

    private static final String COLUMNS = """
            select c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, c.CHARACTER_MAXIMUM_LENGTH,
                   c.NUMERIC_PRECISION, c.NUMERIC_SCALE, c.DATETIME_PRECISION, c.IS_NULLABLE, c.COLUMN_DEFAULT,
                   c.IS_IDENTITY, c.IDENTITY_GENERATION, c.IS_GENERATED, c.GENERATION_EXPRESSION, c.REMARKS,
                   c.DOMAIN_SCHEMA, c.DOMAIN_NAME, c.DTD_IDENTIFIER,
                   e.DATA_TYPE, e.CHARACTER_MAXIMUM_LENGTH, e.NUMERIC_PRECISION, e.NUMERIC_SCALE, e.DATETIME_PRECISION
              from INFORMATION_SCHEMA.COLUMNS c
              left join INFORMATION_SCHEMA.ELEMENT_TYPES e
                on e.OBJECT_SCHEMA = c.TABLE_SCHEMA and e.OBJECT_NAME = c.TABLE_NAME and e.OBJECT_TYPE = 'TABLE'
               and e.COLLECTION_TYPE_IDENTIFIER = c.DTD_IDENTIFIER
             where c.TABLE_SCHEMA in (%s)
             order by c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION
            """;

    private static final String ENUM_VALUES = """
            select OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME from INFORMATION_SCHEMA.ENUM_VALUES
             where OBJECT_TYPE = 'TABLE' and OBJECT_SCHEMA in (%s)
             order by OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL
            """;

    private static final SqlLexer LEXER = SqlLexer.standard();

    private final H2SchemaReader.Scope scope;

    H2Columns(H2SchemaReader.Scope scope) {
        this.scope = scope;
    }

    void read(dev.retort.sql.JdbcSession session) {
        Map<List<String>, List<String>> enums = new HashMap<>();
        session.query(scope.sql(ENUM_VALUES), row -> enums.computeIfAbsent(
                List.of(row.getString(1), row.getString(2), row.getString(3)), key -> new ArrayList<>()).add(row.getString(4)),
                scope.schemas());
        session.query(scope.sql(COLUMNS), row -> {
            TableBuilder table = scope.table(row, 1);
            if (table != null) {
                table.column(column(row, enums.getOrDefault(List.of(row.getString(1), row.getString(2), row.getString(18)), List.of())));
            }
            return null;
        }, scope.schemas());
    }

    private Column column(ResultSet row, List<String> enumValues) throws SQLException {
        ColumnType type;
        if (row.getString(17) != null) {
            type = new ColumnType.UserDefinedType(scope.name(row.getString(16), row.getString(17)),
                    ColumnType.UserDefinedType.Kind.DOMAIN);
        } else {
            type = H2Types.parse(H2Types.Facts.of(row, 4), enumValues);
            if (type instanceof ColumnType.ArrayType && row.getString(19) != null) {
                type = new ColumnType.ArrayType(H2Types.parse(H2Types.Facts.of(row, 19), List.of()), 1);
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
                null, row.getString(15));
    }
}
