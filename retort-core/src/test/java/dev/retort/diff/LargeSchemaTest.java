package dev.retort.diff;

import static dev.retort.diff.Fixtures.INT;
import static dev.retort.diff.Fixtures.TEXT;
import static dev.retort.diff.Fixtures.index;
import static dev.retort.diff.Fixtures.varchar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff's share of "autogenerate with nothing changed on a 1000-table schema in 150 ms". */
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

    private static long bestMillis(Schema from, Schema to, int runs) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            SchemaDiff.compare(from, to, ComparisonRules.standard(), DiffOptions.defaults());
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        return best;
    }

    @Test
    void aThousandUnchangedTablesCompareWellWithinTheBudget() {
        Schema database = tables(1000, "new");
        Schema model = tables(1000, "new");
        assertTrue(SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults()).isEmpty());
        // best of many runs: the first ones pay for class loading and the JIT, and the machine is shared;
        // the whole autogenerate (reflection included) has 150 ms, and the diff may take a small part of it
        long millis = bestMillis(database, model, 30);
        assertTrue(millis < 50, "comparing 1000 unchanged tables took " + millis + " ms");
    }

    @Test
    void aThousandChangedTablesStillCompareQuickly() {
        Schema database = tables(1000, "new");
        Schema model = tables(1000, "old");
        assertEquals(1000, SchemaDiff.compare(database, model, ComparisonRules.standard(), DiffOptions.defaults()).ops().size());
        long millis = bestMillis(database, model, 10);
        assertTrue(millis < 500, "comparing 1000 changed tables took " + millis + " ms");
    }

    @Test
    void aThousandNewTablesInAChainAreOrderedQuickly() {
        Schema model = tables(1000, "new");
        assertEquals(1000, SchemaDiff.compare(Schema.empty(), model, ComparisonRules.standard(), DiffOptions.defaults()).ops().size());
        long millis = bestMillis(Schema.empty(), model, 10);
        assertTrue(millis < 500, "ordering 1000 new tables took " + millis + " ms");
    }
}
