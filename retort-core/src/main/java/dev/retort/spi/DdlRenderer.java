package dev.retort.spi;

import dev.retort.ddl.AnsiDdlRenderer;
import dev.retort.ddl.SchemaTracker;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Schema;
import java.util.List;

/**
 * Renders migration ops as the SQL of one database. One implementation per dialect, reached through
 * {@code Dialect.ddlRenderer()}; most extend {@link AnsiDdlRenderer}. Implementations are immutable and
 * thread-safe: all state of one call lives in that call.
 */
public interface DdlRenderer {

    /**
     * The statements, without terminators, that run {@code ops} in order on a database whose schema
     * is {@code before}. The renderer tracks the schema as the ops apply (see {@link SchemaTracker}),
     * because some statements need a table's full current definition (a SQLite table rebuild, a
     * MySQL {@code MODIFY COLUMN}).
     *
     * @param ops    the ops, in the order they run
     * @param before the schema of the database before the first op; {@link Schema#empty()} when
     *               unknown, in which case ops that need a table's definition fail with a message
     * @return one string per statement, never {@code null}
     * @throws dev.retort.RetortException of kind {@code SCRIPT} when an op cannot be expressed in this
     *         dialect (a type it lacks, an unnamed constraint to drop, a table the schema does not have)
     */
    List<String> render(List<MigrationOp> ops, Schema before);
}
