package dev.retort.diff;

import dev.retort.Skipped;
import dev.retort.op.MigrationOp;
import java.util.List;

/**
 * What {@link SchemaDiff#compare} found. Immutable and thread-safe.
 *
 * @param ops         the operations that bring the first schema to the second, in an order that
 *                    runs (parents created before children, children dropped before parents);
 *                    reversed and each reversed, they bring it back
 * @param skipped     what could not be compared reliably, with the reason; nothing was generated for it
 * @param suggestions likely renames that the ops carry out as drop and add
 */
public record DiffResult(List<MigrationOp> ops, List<Skipped> skipped, List<RenameSuggestion> suggestions) {

    public DiffResult {
        ops = List.copyOf(ops);
        skipped = List.copyOf(skipped);
        suggestions = List.copyOf(suggestions);
    }

    /** True when there is nothing to do. */
    public boolean isEmpty() {
        return ops.isEmpty();
    }
}
