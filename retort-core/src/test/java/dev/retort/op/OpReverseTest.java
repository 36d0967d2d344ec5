package dev.retort.op;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import dev.retort.schema.Charset;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;

import dev.retort.schema.Table;
import dev.retort.schema.TableOptions;
import dev.retort.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OpReverseTest {

    private static final QualifiedName T = QualifiedName.of("t");
    private static final Column ID = Column.of("id", ColumnType.IntegerType.of(4), false);
    private static final Column NOTE = Column.of("note", new ColumnType.StringType(ColumnType.Size.VARYING, 20), true);
    private static final Table TABLE = new Table(T, List.of(ID, NOTE), new PrimaryKey(null, List.of("id")), List.of(),
            List.of(), List.of(), List.of(), "a table");
    private static final ForeignKey KEY = new ForeignKey("fk_t_self", List.of("id"), T, List.of("id"),
            ForeignKey.ReferentialAction.CASCADE, ForeignKey.ReferentialAction.NO_ACTION, ForeignKey.Deferrability.NOT_DEFERRABLE);

    /** One op of every kind; {@link #everyKindIsCovered()} keeps the list complete. */
    static List<MigrationOp> ops() {
        return List.of(
                new CreateTable(TABLE),
                new DropTable(TABLE),
                new RenameTable(T, QualifiedName.of("u")),
                new AddColumn(T, NOTE),
                new AddColumn(T, NOTE, "id"),
                new DropColumn(T, NOTE),
                new DropColumn(T, NOTE, "id"),
                new AlterColumn(T, NOTE, Column.of("note", new ColumnType.StringType(ColumnType.Size.VARYING, 40), false)),
                new RenameColumn(T, "note", "remark"),
                new AddPrimaryKey(T, new PrimaryKey("pk_t", List.of("id"))),
                new DropPrimaryKey(T, new PrimaryKey("pk_t", List.of("id"))),
                new AddUniqueConstraint(T, new UniqueConstraint("uq_note", List.of("note"))),
                new DropUniqueConstraint(T, new UniqueConstraint("uq_note", List.of("note"))),
                new CreateIndex(T, new Index("ix_note", List.of(Index.Key.column("note")), false, "note is not null", null)),
                new DropIndex(T, new Index("ix_note", List.of(Index.Key.column("note")), true, null, null)),
                new AddForeignKey(T, KEY),
                new DropForeignKey(T, KEY),
                new AddCheckConstraint(T, new CheckConstraint("ck_id", "id > 0")),
                new DropCheckConstraint(T, new CheckConstraint(null, "id > 0")),
                new SetTableComment(T, "old", "new"),
                new SetTableComment(T, null, "new"),
                new SetSchemaComment("standard public schema", "Standard public schema"),
                new SetSchemaComment(null, "new"),
                new AlterTableOptions(T, TableOptions.NONE, TableOptions.of(Charset.of("latin1"), Map.of("ROW_FORMAT", "DYNAMIC"))),
                new AlterTableOptions(T, TableOptions.of(Charset.ofCollation("utf8mb4_bin"), Map.of()),
                        TableOptions.of(null, Map.of("ENGINE", "MyISAM"))),
                new CreateObject(new SchemaObject(SchemaObject.Kind.TRIGGER, QualifiedName.of("t_touch"), T,
                        "CREATE TRIGGER t_touch AFTER UPDATE ON t BEGIN SELECT 1; END")),
                new DropObject(SchemaObject.of(SchemaObject.Kind.SEQUENCE, QualifiedName.of("t_seq")).withDefinition("CREATE SEQUENCE t_seq")),
                new ExecuteSql("UPDATE t SET note = 'x'", "UPDATE t SET note = NULL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ops")
    void reversingTwiceGivesTheOpBack(MigrationOp op) {
        assertTrue(op.reversible());
        MigrationOp reversed = op.reverse();
        assertNotEquals(op, reversed, "a reverse must undo, not repeat");
        assertEquals(op, reversed.reverse());
    }

    @Test
    void everyKindIsCovered() {
        Set<Class<?>> covered = ops().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> kinds = Arrays.stream(MigrationOp.class.getPermittedSubclasses()).collect(Collectors.toSet());
        assertEquals(kinds, covered);
    }

    @Test
    void rawSqlWithoutADowngradeSaysWhyItCannotBeReversed() {
        ExecuteSql op = new ExecuteSql("DELETE FROM t WHERE note IS NULL", null);
        assertFalse(op.reversible());
        IrreversibleOpException error = assertThrows(IrreversibleOpException.class, op::reverse);
        assertEquals(RetortException.Kind.SCRIPT, error.kind());
        assertTrue(error.getMessage().contains("no downgrade"), error.getMessage());
        assertTrue(error.getMessage().contains("DELETE FROM t"), error.getMessage());
    }

    @Test
    void dropsAndNarrowingChangesAreMarkedDestructive() {
        assertTrue(new DropTable(TABLE).destructive());
        assertTrue(new DropColumn(T, NOTE).destructive());
        assertTrue(new AlterColumn(T, NOTE, Column.of("note", new ColumnType.StringType(ColumnType.Size.VARYING, 10), true)).destructive());
        assertFalse(new AlterColumn(T, NOTE, Column.of("note", new ColumnType.StringType(ColumnType.Size.VARYING, 40), true)).destructive());
        assertTrue(new AlterColumn(T, NOTE, Column.of("note", NOTE.type(), false)).destructive());
        assertFalse(new AddColumn(T, NOTE).destructive());
    }
}
