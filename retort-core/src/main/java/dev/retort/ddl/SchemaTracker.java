package dev.retort.ddl;

import dev.retort.RetortException;
import dev.retort.op.ExecuteSql;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Schema;
import java.util.List;

/**
 * Computes the schema a database has after an op runs: the model side of "apply the op". A pure
 * function of two values, used by the renderers to know each table's current definition, and by
 * tests as the expected result of running an op.
 *
 * <p>It does what the databases do besides the op itself: a renamed table's incoming foreign keys and
 * triggers follow it, a renamed column is renamed in this table's keys and indexes and in the foreign
 * keys that reference it, and dropping a column drops the keys and indexes that use it. Raw SQL
 * ({@link ExecuteSql}) is not interpreted and leaves the schema as it is. Stateless and thread-safe.
 */
public final class SchemaTracker {

    private SchemaTracker() {
    }

    /**
     * The schema after {@code op}.
     *
     * @throws RetortException of kind {@code SCRIPT} when the op does not fit the schema: a table or
     *         column it names is missing, or one it creates is already there
     */
    public static Schema apply(Schema schema, MigrationOp op) {
        return op.accept(new SchemaChanges(schema, true));
    }

    /** The schema after each op in turn. */
    public static Schema applyAll(Schema schema, List<MigrationOp> ops) {
        Schema current = schema;
        for (MigrationOp op : ops) {
            current = apply(current, op);
        }
        return current;
    }

    /** As {@link #apply}, but an op on a table the schema does not know leaves the schema unchanged. */
    static Schema applyLeniently(Schema schema, MigrationOp op) {
        return op.accept(new SchemaChanges(schema, false));
    }
}
