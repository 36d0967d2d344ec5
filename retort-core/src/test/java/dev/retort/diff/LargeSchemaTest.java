package dev.retort.diff;

import dev.retort.op.CreateTable;
import dev.retort.op.MigrationOp;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.TEXT;
import static dev.retort.diff.Fixtures.index;
import static dev.retort.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diff over a 1000-table schema: what it finds, and that parents come before children in a long
 * chain. Its speed is measured in the bench (scenario e), not here.
 */
class LargeSchemaTest {

    private static Schema tables(int count, String variant) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Fixtures.TableSpec spec = Fixtures.table("t" + i).column("name", varchar(100)).column("notes", TEXT)
                    .column(Fixtures.withDefault("state", varchar(10), "'" + variant + "'", DefaultValue.Kind.LITERAL))
                    .unique(new UniqueConstraint("uq_t" + i + "_name", List.of("name")))
                    .index(index("ix_t" + i + "_state", "state"))
                    .check(new CheckConstraint("ck_t" + i, "length(name) > 0"));
            for (int k = 0; k < 4; k++) {
                spec.column("c" + k, INT);
            }
            if (i > 0) {
                spec.references("parent_id", "t" + (i - 1));
            }
            tables.add(spec.build());
        }
        return new Schema(tables, List.of());
    }

    @Test
    void aThousandUnchangedTablesCompareEqual() {
        Schema database = tables(1000, "new");
        Schema model = tables(1000, "new");
        assertTrue(SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults()).isEmpty());
    }

    @Test
    void aThousandChangedTablesGiveAnOpEach() {
        Schema database = tables(1000, "new");
        Schema model = tables(1000, "old");
        assertEquals(1000, SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults()).ops().size());
    }

    @Test
    void aThousandNewTablesInAChainAreOrderedParentsFirst() {
        Schema model = tables(1000, "new");
        List<String> created = new ArrayList<>();
        for (MigrationOp op : SchemaDiff.compare(Schema.empty(), model, ComparisonRules.standard(), DiffOptions.defaults()).ops()) {
            created.add(((CreateTable) op).table().name().name());
        }
        assertEquals(1000, created.size());
        for (int i = 1; i < 1000; i++) {
            assertTrue(created.indexOf("t" + (i - 1)) < created.indexOf("t" + i), "t" + i + " is created before its parent");
        }
    }
}
