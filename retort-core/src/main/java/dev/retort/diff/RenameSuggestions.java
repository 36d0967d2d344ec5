package dev.retort.diff;

import dev.retort.op.AddColumn;
import dev.retort.op.DropColumn;
import dev.retort.op.MigrationOp;
import dev.retort.schema.Column;
import dev.retort.schema.Table;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds likely renames among the drops and adds: in one table, a dropped column and an added one
 * of the same type; a dropped table and an added one with the same columns of the same types.
 * Each dropped object is paired with the first unpaired candidate, in order. Stateless.
 */
final class RenameSuggestions {

    private RenameSuggestions() {
    }

    static List<RenameSuggestion> of(List<Table> dropped, List<Table> created, List<MigrationOp> ops,
                                     ComparisonRules rules) {
        List<RenameSuggestion> suggestions = new ArrayList<>();
        Set<Table> taken = new HashSet<>();
        for (Table old : dropped) {
            for (Table candidate : created) {
                if (!taken.contains(candidate) && sameColumns(old, candidate, rules)) {
                    taken.add(candidate);
                    suggestions.add(new TableRename(old.name(), candidate.name()));
                    break;
                }
            }
        }
        suggestions.addAll(columns(ops, rules));
        return suggestions;
    }

    private static List<RenameSuggestion> columns(List<MigrationOp> ops, ComparisonRules rules) {
        List<RenameSuggestion> suggestions = new ArrayList<>();
        Set<AddColumn> taken = new HashSet<>();
        for (MigrationOp op : ops) {
            if (!(op instanceof DropColumn drop)) {
                continue;
            }
            for (MigrationOp other : ops) {
                if (other instanceof AddColumn add && add.table().equals(drop.table()) && !taken.contains(add)
                        && rules.compareTypes(drop.column().type(), add.column().type()).isEqual()) {
                    taken.add(add);
                    suggestions.add(new ColumnRename(drop.table(), drop.column().name(), add.column().name()));
                    break;
                }
            }
        }
        return suggestions;
    }

    private static boolean sameColumns(Table a, Table b, ComparisonRules rules) {
        if (a.columns().size() != b.columns().size()) {
            return false;
        }
        for (Column column : a.columns()) {
            Column other = b.column(column.name()).orElse(null);
            if (other == null || !rules.compareTypes(column.type(), other.type()).isEqual()) {
                return false;
            }
        }
        return true;
    }
}
