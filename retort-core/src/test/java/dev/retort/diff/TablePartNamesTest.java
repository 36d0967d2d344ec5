package dev.retort.diff;

import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.fk;
import static dev.retort.diff.Fixtures.index;
import static dev.retort.diff.Fixtures.name;
import static dev.retort.diff.Fixtures.schema;
import static dev.retort.diff.Fixtures.table;
import static dev.retort.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.dialect.h2.H2Dialect;
import dev.retort.dialect.mysql.MysqlDialect;
import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.op.DropIndex;
import dev.retort.op.CreateIndex;
import dev.retort.op.MigrationOp;
import dev.retort.op.RenameTable;
import dev.retort.op.RenameTable.Part;
import dev.retort.op.RenameTable.PartName;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A renamed table's parts take the model's names with it where the database keeps the old ones. */
class TablePartNamesTest {

    private static final Schema DATABASE = schema(table("pets").build(), table("chips")
            .column("code", varchar(10)).column("pet_id", INT)
            .primaryKey(new PrimaryKey("chips_pkey", List.of("id")))
            .unique(new UniqueConstraint("chips_code_key", List.of("code")))
            .check(new CheckConstraint("chips_code_check", "code <> ''"))
            .index(index("chips_pet_idx", "pet_id"))
            .foreignKey(fk("FKold", "pet_id", "pets"))
            .build());

    private static final Schema MODEL = schema(table("pets").build(), table("pet_chips")
            .column("code", varchar(10)).column("pet_id", INT)
            .primaryKey(new PrimaryKey("pet_chips_pkey", List.of("id")))
            .unique(new UniqueConstraint("pet_chips_code_key", List.of("code")))
            .check(new CheckConstraint("pet_chips_code_check", "code <> ''"))
            .index(index("pet_chips_pet_idx", "pet_id"))
            .foreignKey(fk("FKnew", "pet_id", "pets"))
            .build());

    private static List<MigrationOp> ops(Schema model, ComparisonRules rules) {
        return SchemaDiff.compare(DATABASE, model, rules, DiffOptions.defaults().withRenames(
                List.of(new TableRename(name("chips"), name("pet_chips"))), List.of())).ops();
    }

    @Test
    void postgresRenamesEveryPartNamedApartWithTheTable() {
        assertEquals(List.of(new RenameTable(name("chips"), name("pet_chips"), List.of(
                        new PartName(Part.PRIMARY_KEY, "chips_pkey", "pet_chips_pkey"),
                        new PartName(Part.UNIQUE, "chips_code_key", "pet_chips_code_key"),
                        new PartName(Part.CHECK, "chips_code_check", "pet_chips_code_check"),
                        new PartName(Part.FOREIGN_KEY, "FKold", "FKnew"),
                        new PartName(Part.INDEX, "chips_pet_idx", "pet_chips_pet_idx")))),
                ops(MODEL, new PostgresDialect().comparisonRules()));
    }

    @Test
    void mariadbRenamesKeysAndIndexesAndTheReverseRenamesBack() {
        List<MigrationOp> ops = ops(MODEL, new MysqlDialect().comparisonRules());
        RenameTable rename = (RenameTable) ops.get(0);
        assertEquals(List.of(new PartName(Part.UNIQUE, "chips_code_key", "pet_chips_code_key"),
                new PartName(Part.FOREIGN_KEY, "FKold", "FKnew"),
                new PartName(Part.INDEX, "chips_pet_idx", "pet_chips_pet_idx")), rename.names());
        assertEquals(new RenameTable(name("pet_chips"), name("chips"), List.of(
                new PartName(Part.UNIQUE, "pet_chips_code_key", "chips_code_key"),
                new PartName(Part.FOREIGN_KEY, "FKnew", "FKold"),
                new PartName(Part.INDEX, "pet_chips_pet_idx", "chips_pet_idx"))), rename.reverse());
    }

    @Test
    void aPartWhoseDefinitionChangedIsMadeAgainNotRenamed() {
        Schema model = schema(table("pets").build(), table("pet_chips")
                .column("code", varchar(10)).column("pet_id", INT)
                .primaryKey(new PrimaryKey("pet_chips_pkey", List.of("id")))
                .unique(new UniqueConstraint("chips_code_key", List.of("code")))
                .check(new CheckConstraint("chips_code_check", "code <> ''"))
                .index(index("pet_chips_pet_idx", "pet_id", "code"))
                .foreignKey(fk("FKold", "pet_id", "pets"))
                .build());
        List<MigrationOp> ops = ops(model, new PostgresDialect().comparisonRules());
        assertEquals(List.of(new RenameTable(name("chips"), name("pet_chips"), List.of(
                        new PartName(Part.PRIMARY_KEY, "chips_pkey", "pet_chips_pkey"))),
                new DropIndex(name("pet_chips"), index("chips_pet_idx", "pet_id")),
                new CreateIndex(name("pet_chips"), index("pet_chips_pet_idx", "pet_id", "code"))), ops);
    }

    @Test
    void databasesThatNameNothingAfterTheTableRenameTheTableAlone() {
        assertEquals(new RenameTable(name("chips"), name("pet_chips")),
                ops(MODEL, new H2Dialect().comparisonRules()).get(0));
    }
}
