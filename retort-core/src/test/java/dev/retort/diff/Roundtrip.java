package dev.retort.diff;

import dev.retort.op.MigrationOp;
import dev.retort.schema.Schema;
import dev.retort.spi.ComparisonRules;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Asserts that a diff's ops, run on the fake database, reach the model, and that their reversal comes back. */
final class Roundtrip {

    private Roundtrip() {
    }

    /** Compares with the standard rules and default options, checks both directions, returns the ops. */
    static List<MigrationOp> ops(Schema from, Schema to) {
        return ops(from, to, DiffOptions.defaults());
    }

    static List<MigrationOp> ops(Schema from, Schema to, DiffOptions options) {
        List<MigrationOp> ops = SchemaDiff.compare(from, to, ComparisonRules.standard(), options).ops();
        Schema upgraded = OpApplier.apply(from, ops);
        assertEquals(OpApplier.columnOrderFree(to), OpApplier.columnOrderFree(upgraded), "upgrade does not reach the model");
        Schema downgraded = OpApplier.apply(to, OpApplier.downgrade(ops));
        assertEquals(OpApplier.columnOrderFree(from), OpApplier.columnOrderFree(downgraded), "downgrade does not come back");
        return ops;
    }
}
