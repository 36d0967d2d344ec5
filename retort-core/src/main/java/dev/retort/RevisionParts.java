package dev.retort;

import dev.retort.op.CreateTable;
import dev.retort.op.DropTable;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts generated changes into revisions whose transactions each stay within the dialect's lock budget
 * ({@link dev.retort.spi.Dialect#revisionLockBudget}): a 1,400-table initial revision on PostgreSQL needs more
 * locks than a default server's lock table holds. The ops run in the same order either way, and each part's
 * downgrade is the mirror of its own upgrade, so applying the parts one after the other, or undoing them in
 * reverse, is the single revision's work. Stateless.
 */
final class RevisionParts {

    private RevisionParts() {
    }

    /** The changes in parts of at most {@code budget} estimated locks each (a single op over it alone); one part when all fit. */
    static List<Changes> split(Changes changes, int budget) {
        List<Changes.Step> upgrade = changes.upgrade();
        int total = 0;
        for (Changes.Step step : upgrade) {
            total += locks(step.op());
        }
        if (total <= budget || upgrade.size() != changes.downgrade().size()) {
            return List.of(changes);
        }
        List<Changes> parts = new ArrayList<>();
        int n = upgrade.size();
        int from = 0;
        int used = 0;
        for (int i = 0; i < n; i++) {
            int locks = locks(upgrade.get(i).op());
            if (i > from && used + locks > budget) {
                parts.add(part(changes, from, i, parts.isEmpty()));
                from = i;
                used = 0;
            }
            used += locks;
        }
        parts.add(part(changes, from, n, parts.isEmpty()));
        return parts;
    }

    /** Steps {@code from} (inclusive) to {@code to} of the upgrade and their mirror of the downgrade; skips go with the first. */
    private static Changes part(Changes changes, int from, int to, boolean first) {
        int n = changes.upgrade().size();
        return new Changes(changes.upgrade().subList(from, to), changes.downgrade().subList(n - to, n - from),
                first ? changes.skipped() : List.of(), first ? changes.suggestions() : List.of());
    }

    /**
     * The relations an op locks until commit, estimated: a table itself, its TOAST table and that one's index,
     * its key and index relations and the sequences of its numbered columns; anything else two (a table and
     * one more relation, as a foreign key or index has).
     */
    static int locks(MigrationOp op) {
        if (op instanceof CreateTable create) {
            return relations(create.table());
        }
        if (op instanceof DropTable drop) {
            return relations(drop.table());
        }
        return 2;
    }

    private static int relations(Table table) {
        return 3 + (table.primaryKey() != null ? 1 : 0) + table.uniques().size() + table.indexes().size()
                + (int) table.columns().stream().filter(column -> column.identity() != null).count();
    }
}
