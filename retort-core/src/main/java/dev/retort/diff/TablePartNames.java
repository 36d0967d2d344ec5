package dev.retort.diff;

import dev.retort.op.RenameTable.Part;
import dev.retort.op.RenameTable.PartName;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.spi.ComparisonRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names a renamed table's parts take with it: a key, constraint or index of the renamed database
 * table whose definition the model's table has under another name, where the rules say the database
 * keeps such a name through the rename ({@link ComparisonRules#renamesWithTable}). Pairs are made by
 * definition only, one to one, among the parts whose names the other side lacks; a part whose definition
 * changed too is left to the comparators (dropped and made again). Stateless.
 */
final class TablePartNames {

    private TablePartNames() {
    }

    /**
     * @param before the database's table, already under its new name and with its columns renamed
     * @param after  the model's table
     */
    static List<PartName> of(Table before, Table after, ComparisonRules rules) {
        List<PartName> names = new ArrayList<>();
        if (rules.renamesWithTable(Part.PRIMARY_KEY)) {
            PrimaryKey had = before.primaryKey();
            PrimaryKey wants = after.primaryKey();
            if (had != null && wants != null && had.name() != null && wants.name() != null
                    && !had.name().equals(wants.name()) && had.columns().equals(wants.columns())) {
                names.add(new PartName(Part.PRIMARY_KEY, had.name(), wants.name()));
            }
        }
        pair(Part.UNIQUE, before.uniques(), after.uniques(), UniqueConstraint::name,
                (a, b) -> a.columns().equals(b.columns()) && a.deferrability() == b.deferrability()
                        && a.nullsNotDistinct() == b.nullsNotDistinct(), rules, names);
        pair(Part.CHECK, before.checks(), after.checks(), CheckConstraint::name,
                (a, b) -> rules.compareExpressions(a.expression(), b.expression()).isEqual(), rules, names);
        pair(Part.FOREIGN_KEY, before.foreignKeys(), after.foreignKeys(), ForeignKey::name,
                (a, b) -> ForeignKeysComparator.sameDefinition(a, b) && rules.sameAction(a.onDelete(), b.onDelete())
                        && rules.sameAction(a.onUpdate(), b.onUpdate()) && a.deferrability() == b.deferrability(),
                rules, names);
        pair(Part.INDEX, before.indexes(), after.indexes(), Index::name,
                (a, b) -> a.keys().equals(b.keys()) && a.unique() == b.unique()
                        && Objects.equals(a.predicate(), b.predicate()) && Objects.equals(a.method(), b.method()),
                rules, names);
        return names;
    }

    private static <T> void pair(Part part, List<T> had, List<T> wants, Function<T, String> name, BiPredicate<T, T> same,
                                 ComparisonRules rules, List<PartName> names) {
        if (!rules.renamesWithTable(part)) {
            return;
        }
        Set<String> hadNames = had.stream().map(name).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> wantNames = wants.stream().map(name).filter(Objects::nonNull).collect(Collectors.toSet());
        List<T> candidates = new ArrayList<>(wants.stream()
                .filter(want -> name.apply(want) != null && !hadNames.contains(name.apply(want))).toList());
        for (T old : had) {
            String oldName = name.apply(old);
            if (oldName == null || wantNames.contains(oldName)) {
                continue;
            }
            List<T> matches = candidates.stream().filter(want -> same.test(old, want)).toList();
            if (matches.size() == 1) {
                candidates.remove(matches.get(0));
                names.add(new PartName(part, oldName, name.apply(matches.get(0))));
            }
        }
    }

    /** The table with its parts renamed. */
    static Table apply(Table table, List<PartName> names) {
        if (names.isEmpty()) {
            return table;
        }
        PrimaryKey key = table.primaryKey();
        return new Table(table.name(), table.columns(),
                key == null ? null : new PrimaryKey(renamed(names, Part.PRIMARY_KEY, key.name()), key.columns()),
                table.uniques().stream().map(unique -> new UniqueConstraint(renamed(names, Part.UNIQUE, unique.name()),
                        unique.columns(), unique.deferrability(), unique.nullsNotDistinct())).toList(),
                table.indexes().stream().map(index -> new Index(renamed(names, Part.INDEX, index.name()), index.keys(),
                        index.unique(), index.predicate(), index.method(), index.comment())).toList(),
                table.foreignKeys().stream().map(fk -> new ForeignKey(renamed(names, Part.FOREIGN_KEY, fk.name()),
                        fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), fk.onUpdate(),
                        fk.deferrability())).toList(),
                table.checks().stream().map(check -> new CheckConstraint(renamed(names, Part.CHECK, check.name()),
                        check.expression(), check.columnLevel())).toList(),
                table.comment(), table.options(), table.inheritance());
    }

    private static String renamed(List<PartName> names, Part part, String name) {
        return names.stream().filter(each -> each.part() == part && each.from().equals(name)).map(PartName::to)
                .findFirst().orElse(name);
    }
}
