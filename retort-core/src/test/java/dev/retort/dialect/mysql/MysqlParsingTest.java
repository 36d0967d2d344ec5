package dev.retort.dialect.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.ColumnType;
import dev.retort.schema.ColumnType.Size;
import dev.retort.schema.DefaultValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlParsingTest {

    @Test
    void typesDropDefaultDisplayWidthsAndKeepWhatMatters() {
        assertEquals(new ColumnType.IntegerType(4, false), MysqlTypes.parse("int(11)", "int"));
        assertEquals(new ColumnType.IntegerType(8, true), MysqlTypes.parse("bigint(20) unsigned", "bigint"));
        assertEquals(new ColumnType.BooleanType(), MysqlTypes.parse("tinyint(1)", "tinyint"));
        assertEquals(new ColumnType.IntegerType(1, false), MysqlTypes.parse("tinyint(4)", "tinyint"));
        assertEquals(new ColumnType.DecimalType(10, 2, true), MysqlTypes.parse("decimal(10,2) unsigned", "decimal"));
        assertEquals(new ColumnType.StringType(Size.LARGE, 16_777_215), MysqlTypes.parse("mediumtext", "mediumtext"));
        assertEquals(new ColumnType.TemporalType(ColumnType.TemporalType.Kind.DATETIME, 6), MysqlTypes.parse("datetime(6)", "datetime"));
        assertEquals(new ColumnType.EnumType(List.of("a", "it's", "b,c"), false),
                MysqlTypes.parse("enum('a','it''s','b,c')", "enum"));
        assertEquals(new ColumnType.EnumType(List.of("x", "y"), true), MysqlTypes.parse("set('x','y')", "set"));
        assertEquals(new ColumnType.NativeType("bit", List.of("1")), MysqlTypes.parse("bit(1)", "bit"));
        assertFalse(MysqlTypes.parse("mystery", "mystery").recognised());
    }

    @Test
    void aWidthOfTheModelsOwnOrZerofillIsKeptAsPrinted() {
        assertEquals(ColumnType.NativeType.of("int(4)"), MysqlTypes.parse("int(4)", "int"));
        // the unsigned default is 10, so 11 is a width of the model's own
        assertEquals(ColumnType.NativeType.of("int(11) unsigned"), MysqlTypes.parse("int(11) unsigned", "int"));
        assertEquals(new ColumnType.IntegerType(4, true), MysqlTypes.parse("int(10) unsigned", "int"));
        assertEquals(ColumnType.NativeType.of("int(10) unsigned zerofill"),
                MysqlTypes.parse("int(10) unsigned zerofill", "int"));
        assertEquals(ColumnType.NativeType.of("smallint(1)"), MysqlTypes.parse("smallint(1)", "smallint"));
        assertEquals(new ColumnType.IntegerType(4, false), MysqlTypes.parse("int", "int"), "MySQL 8 prints no width");
        assertTrue(MysqlTypes.unquotedDefault(MysqlTypes.parse("int(4)", "int")));
        MysqlComparisonRules rules = new MysqlComparisonRules();
        assertEquals(ColumnType.NativeType.of("int(4)"), rules.canonicalType(ColumnType.NativeType.of("int(4)")));
        assertEquals(new ColumnType.IntegerType(4, false), rules.canonicalType(ColumnType.NativeType.of("int(11)")));
    }

    @Test
    void mariadbDefaultsAreAlreadySql() {
        ColumnType varchar = new ColumnType.StringType(Size.VARYING, 10);
        assertNull(MysqlDefaults.normalise("NULL", "", varchar, true));
        assertEquals(new DefaultValue("'abc'", DefaultValue.Kind.LITERAL), MysqlDefaults.normalise("'abc'", "", varchar, true));
        assertEquals(new DefaultValue("CURRENT_TIMESTAMP", DefaultValue.Kind.FUNCTION),
                MysqlDefaults.normalise("current_timestamp()", "on update current_timestamp()", varchar, true));
        assertEquals(new DefaultValue("CURRENT_TIMESTAMP(6)", DefaultValue.Kind.FUNCTION),
                MysqlDefaults.normalise("current_timestamp(6)", "", varchar, true));
    }

    @Test
    void mysql8DefaultsAreBareValues() {
        ColumnType varchar = new ColumnType.StringType(Size.VARYING, 10);
        ColumnType integer = ColumnType.IntegerType.of(4);
        assertNull(MysqlDefaults.normalise(null, "", varchar, false));
        assertEquals(new DefaultValue("'it''s'", DefaultValue.Kind.LITERAL), MysqlDefaults.normalise("it's", "", varchar, false));
        assertEquals(new DefaultValue("''", DefaultValue.Kind.LITERAL), MysqlDefaults.normalise("", "", varchar, false));
        assertEquals(new DefaultValue("0", DefaultValue.Kind.LITERAL), MysqlDefaults.normalise("0", "", integer, false));
        assertEquals(new DefaultValue("CURRENT_TIMESTAMP", DefaultValue.Kind.FUNCTION),
                MysqlDefaults.normalise("CURRENT_TIMESTAMP", "DEFAULT_GENERATED", varchar, false));
        assertEquals(new DefaultValue("uuid()", DefaultValue.Kind.FUNCTION),
                MysqlDefaults.normalise("uuid()", "DEFAULT_GENERATED", varchar, false));
    }

    @Test
    void onUpdateAndJsonChecks() {
        assertEquals("CURRENT_TIMESTAMP", MysqlDefaults.onUpdate("DEFAULT_GENERATED on update CURRENT_TIMESTAMP"));
        assertEquals("CURRENT_TIMESTAMP(3)", MysqlDefaults.onUpdate("on update current_timestamp(3)"));
        assertNull(MysqlDefaults.onUpdate("auto_increment"));
        assertTrue(MysqlColumns.isJsonCheck("doc", "json_valid(`doc`)"));
        assertFalse(MysqlColumns.isJsonCheck("doc", "json_valid(`other`)"));
    }
}
