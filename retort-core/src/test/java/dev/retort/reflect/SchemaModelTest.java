package dev.retort.reflect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema records: validation on construction, and equality that ignores catalog order. */
class SchemaModelTest {

    private static final ColumnType INT = ColumnType.IntegerType.of(4);

    static Table table(String name, List<UniqueConstraint> uniques, List<CheckConstraint> checks) {
        return new Table(QualifiedName.of(name), List.of(Column.of("id", INT, false), Column.of("code", INT, true)),
                new PrimaryKey("pk", List.of("id")), uniques, List.of(), List.of(), checks, null);
    }

    @Test
    void equalityDoesNotDependOnTheOrderObjectsWereRead() {
        UniqueConstraint a = new UniqueConstraint("a", List.of("code"));
        UniqueConstraint b = new UniqueConstraint("b", List.of("id", "code"));
        CheckConstraint unnamed = new CheckConstraint(null, "code > 0");
        CheckConstraint named = new CheckConstraint("ck", "id > 0");
        Schema one = new Schema(List.of(table("t2", List.of(a, b), List.of(unnamed, named)), table("t1", List.of(), List.of())),
                List.of(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("v"))));
        Schema two = new Schema(List.of(table("t1", List.of(), List.of()), table("t2", List.of(b, a), List.of(named, unnamed))),
                List.of(SchemaObject.of(SchemaObject.Kind.VIEW, QualifiedName.of("v"))));
        assertEquals(one, two);
        assertEquals(List.of("t1", "t2"), one.tables().stream().map(t -> t.name().name()).toList());
        assertEquals(List.of(named, unnamed), one.tables().get(1).checks());
    }

    @Test
    void columnsKeepTheirOrder() {
        Table table = table("t", List.of(), List.of());
        assertEquals(List.of("id", "code"), table.columns().stream().map(Column::name).toList());
        assertTrue(table.column("code").isPresent());
    }

    @Test
    void invalidModelsAreRejected() {
        List<Column> columns = List.of(Column.of("id", INT, false));
        assertThrows(IllegalArgumentException.class, () -> new Table(QualifiedName.of("t"),
                List.of(Column.of("id", INT, false), Column.of("id", INT, true)), null, List.of(), List.of(), List.of(), List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new Table(QualifiedName.of("t"), columns,
                new PrimaryKey(null, List.of("missing")), List.of(), List.of(), List.of(), List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> new ForeignKey("fk", List.of("a", "b"), QualifiedName.of("p"),
                List.of("id"), ForeignKey.ReferentialAction.NO_ACTION, ForeignKey.ReferentialAction.NO_ACTION,
                ForeignKey.Deferrability.NOT_DEFERRABLE));
        assertThrows(IllegalArgumentException.class, () -> Column.of("c", INT, true)
                .withDefault(new DefaultValue("1", DefaultValue.Kind.LITERAL))
                .withIdentity(new Identity(Identity.Kind.SERIAL)));
        assertThrows(IllegalArgumentException.class, () -> new Index.Key("a", "lower(a)", Index.SortOrder.ASC, null));
        assertThrows(IllegalArgumentException.class, () -> new UniqueConstraint("u", List.of("a", "a")));
        assertThrows(IllegalArgumentException.class, () -> new Schema(
                List.of(table("t", List.of(), List.of()), table("t", List.of(), List.of())), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new QualifiedName("", "t"));
        assertThrows(IllegalArgumentException.class, () -> new SchemaObject(SchemaObject.Kind.VIEW, QualifiedName.of("v"), QualifiedName.of("t")));
    }

    @Test
    void listsAreCopied() {
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", INT, false)));
        Table table = new Table(QualifiedName.of("t"), columns, null, List.of(), List.of(), List.of(), List.of(), null);
        columns.add(Column.of("late", INT, true));
        assertEquals(1, table.columns().size());
        assertThrows(UnsupportedOperationException.class, () -> table.columns().add(Column.of("x", INT, true)));
    }

    @Test
    void onlyTheFallbackTypeIsUnrecognised() {
        ColumnType unknown = new ColumnType.UnrecognisedType("BLOB SUB_TYPE TEXT", "not mapped");
        assertFalse(unknown.recognised());
        assertTrue(new ColumnType.NativeType("inet", List.of()).recognised());
        assertFalse(Column.of("c", unknown, true).recognised());
        assertFalse(Column.of("c", INT, true)
                .withDefault(new DefaultValue("'x", DefaultValue.Kind.UNRECOGNISED)).recognised());
        assertEquals("BLOB SUB_TYPE TEXT", unknown.describe());
    }

    @Test
    void typesDescribeThemselves() {
        assertEquals("VARCHAR(40)", new ColumnType.StringType(ColumnType.Size.VARYING, 40).describe());
        assertEquals("DECIMAL(10,2)", new ColumnType.DecimalType(10, 2, false).describe());
        assertEquals("BIGINT UNSIGNED", new ColumnType.IntegerType(8, true).describe());
        assertEquals("TEXT[]", new ColumnType.ArrayType(new ColumnType.StringType(ColumnType.Size.LARGE, null), 1).describe());
        assertEquals("ENUM('a','it''s')", new ColumnType.EnumType(List.of("a", "it's"), false).describe());
        assertEquals("TIMESTAMP WITH TIME ZONE(3)", new ColumnType.TemporalType(ColumnType.TemporalType.Kind.TIMESTAMP_TZ, 3).describe());
        assertEquals("audit.mood", new ColumnType.UserDefinedType(new QualifiedName("audit", "mood"),
                ColumnType.UserDefinedType.Kind.ENUM).describe());
    }
}
