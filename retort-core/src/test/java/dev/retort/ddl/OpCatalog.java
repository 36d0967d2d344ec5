package dev.retort.ddl;

import static dev.retort.ddl.Fixtures.INT;
import static dev.retort.ddl.Fixtures.MONEY;
import static dev.retort.ddl.Fixtures.asc;
import static dev.retort.ddl.Fixtures.check;
import static dev.retort.ddl.Fixtures.column;
import static dev.retort.ddl.Fixtures.desc;
import static dev.retort.ddl.Fixtures.foreignKey;
import static dev.retort.ddl.Fixtures.index;
import static dev.retort.ddl.Fixtures.literal;
import static dev.retort.ddl.Fixtures.name;
import static dev.retort.ddl.Fixtures.primaryKey;
import static dev.retort.ddl.Fixtures.unique;
import static dev.retort.ddl.Fixtures.varchar;

import dev.retort.op.AddCheckConstraint;
import dev.retort.op.AddColumn;
import dev.retort.op.AddForeignKey;
import dev.retort.op.AddPrimaryKey;
import dev.retort.op.AddUniqueConstraint;
import dev.retort.op.AlterColumn;
import dev.retort.op.CreateIndex;
import dev.retort.op.CreateTable;
import dev.retort.op.DropCheckConstraint;
import dev.retort.op.DropColumn;
import dev.retort.op.DropForeignKey;
import dev.retort.op.DropIndex;
import dev.retort.op.DropPrimaryKey;
import dev.retort.op.DropTable;
import dev.retort.op.DropUniqueConstraint;
import dev.retort.op.ExecuteSql;
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameColumn;
import dev.retort.op.RenameTable;
import dev.retort.op.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey.ReferentialAction;
import dev.retort.schema.Identity;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;

/**
 * One op of every kind on a small two-table schema ({@code item}, and {@code line} without a primary key) (dialect-neutral values), for the exact-SQL tests.
 * {@link #schema()} is the schema each op applies to.
 */
final class OpCatalog {

    private OpCatalog() {
    }

    static Table item(Identity.Kind identity) {
        return new Table(name("item"), List.of(
                Column.of("id", INT, false).withIdentity(new Identity(identity)).withComment("the key"),
                column("name", varchar(40), true, literal("'x'"), null),
                column("order", MONEY, false, literal("0"), "it's reserved")),
                primaryKey("item_pk", "id"),
                List.of(unique("item_name_uq", "name")),
                List.of(index("item_order_ix", false, desc("order"), asc("name"))),
                List.of(),
                List.of(check("item_order_ck", "\"order\" >= 0")),
                "items");
    }

    static Table line() {
        return new Table(name("line"), List.of(
                column("id", INT, false, null, null),
                column("item_id", INT, true, null, null)),
                null, List.of(), List.of(),
                List.of(foreignKey("line_item_fk", "item_id", name("item"), "id", ReferentialAction.CASCADE,
                        ReferentialAction.NO_ACTION)),
                List.of(), null);
    }

    /** A view of the catalog's schema, with the SQL that creates it. */
    static final dev.retort.schema.SchemaObject ITEM_NAMES = dev.retort.schema.SchemaObject.of(
            dev.retort.schema.SchemaObject.Kind.VIEW, name("item_names")).withDefinition("CREATE VIEW item_names AS SELECT name FROM item");

    static Schema schema(Identity.Kind identity) {
        return new Schema(List.of(item(identity), line()), List.of(ITEM_NAMES));
    }

    /** Each op with a short key naming it, in a fixed order. */
    static Map<String, MigrationOp> ops(Identity.Kind identity) {
        Table item = item(identity);
        Column name = item.column("name").orElseThrow();
        Map<String, MigrationOp> ops = new java.util.LinkedHashMap<>();
        ops.put("createTable", new CreateTable(new Table(name("Audit Log"), List.of(
                column("at", new dev.retort.schema.ColumnType.TemporalType(
                        dev.retort.schema.ColumnType.TemporalType.Kind.TIMESTAMP, null), false, null, null),
                column("what", Fixtures.TEXT, true, null, "what happened")),
                null, List.of(), List.of(index("audit_at_ix", false, asc("at"))), List.of(), List.of(), "audit")));
        ops.put("dropTable", new DropTable(line()));
        ops.put("renameTable", new RenameTable(name("line"), name("order_line")));
        ops.put("addColumn", new AddColumn(name("item"), column("note", varchar(10), true, literal("'n/a'"), "a note")));
        ops.put("dropColumn", new DropColumn(name("line"), line().column("item_id").orElseThrow()));
        ops.put("alterColumn", new AlterColumn(name("item"), name,
                Column.of("name", varchar(80), false).withDefault(literal("'y'")).withComment("the name")));
        ops.put("renameColumn", new RenameColumn(name("item"), "name", "title"));
        ops.put("addPrimaryKey", new AddPrimaryKey(name("line"), primaryKey("line_key", "id", "item_id")));
        ops.put("dropPrimaryKey", new DropPrimaryKey(name("item"), item.primaryKey()));
        ops.put("addUnique", new AddUniqueConstraint(name("line"), unique("line_item_uq", "item_id")));
        ops.put("dropUnique", new DropUniqueConstraint(name("item"), item.uniques().get(0)));
        ops.put("createIndex", new CreateIndex(name("line"), index("line_item_ix", true, asc("item_id"), desc("id"))));
        ops.put("dropIndex", new DropIndex(name("item"), item.indexes().get(0)));
        ops.put("addForeignKey", new AddForeignKey(name("line"), foreignKey("line_self_fk", "item_id", name("line"), "id",
                ReferentialAction.SET_NULL, ReferentialAction.RESTRICT)));
        ops.put("dropForeignKey", new DropForeignKey(name("line"), line().foreignKeys().get(0)));
        ops.put("addCheck", new AddCheckConstraint(name("line"), check("line_id_ck", "id > 0")));
        ops.put("dropCheck", new DropCheckConstraint(name("item"), item.checks().get(0)));
        ops.put("setTableComment", new SetTableComment(name("item"), "items", "all the 'items'"));
        ops.put("setSchemaComment", new dev.retort.op.SetSchemaComment(null, "the shop's tables"));
        ops.put("alterTableOptions", new dev.retort.op.AlterTableOptions(name("item"), item.options(),
                dev.retort.schema.TableOptions.of(dev.retort.schema.Charset.ofCollation("latin1_bin"),
                        java.util.Map.of("ROW_FORMAT", "COMPRESSED"))));
        ops.put("createObject", new dev.retort.op.CreateObject(dev.retort.schema.SchemaObject.of(
                dev.retort.schema.SchemaObject.Kind.VIEW, name("line_items")).withDefinition("CREATE VIEW line_items AS SELECT id, item_id FROM line")));
        ops.put("dropObject", new dev.retort.op.DropObject(ITEM_NAMES));
        ops.put("executeSql", new ExecuteSql("UPDATE item SET name = 'a;b';\nDELETE FROM line", null));
        return ops;
    }
}
