package dev.retort.diff;

import dev.retort.RetortException;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.RenameHints;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns the model's {@link RenameHints} into the rename hints {@link Renames} applies, decided by what
 * the database has: a former name there and the new one not means a rename; the new name there means
 * the rename has run (the hint is spent and says nothing); neither means a new object. Where the database
 * could be read two ways — it has a former name and the new one, or two former names, or a former name
 * that the model also uses for an object of its own — the comparison stops with a message rather than
 * guess. A hint given on the command line for the same object wins. The hints may name the model's tables
 * and columns as the model's source wrote them: each is matched exactly, else without case where one
 * name matches (H2 folds Hibernate's unquoted names to upper case). Stateless.
 */
final class ModelRenames {

    private ModelRenames() {
    }

    /**
     * @param database the database's tables, by name, after the table patterns
     * @param model    the model's tables, by name, after the table patterns
     */
    static DiffOptions resolve(Map<QualifiedName, Table> database, Map<QualifiedName, Table> model, RenameHints hints,
                               DiffOptions options) {
        if (hints.isEmpty()) {
            return options;
        }
        List<TableRename> tables = new ArrayList<>(options.tableRenames());
        for (Map.Entry<QualifiedName, List<QualifiedName>> hint : new TreeMap<>(hints.tables()).entrySet()) {
            QualifiedName renamed = lookup(model.keySet(), hint.getKey()).orElse(null);
            if (renamed != null && tables.stream().noneMatch(given -> given.to().equals(renamed))) {
                former(database.keySet(), model.keySet(), renamed, hint.getValue(), "table " + renamed)
                        .ifPresent(old -> tables.add(new TableRename(old, renamed)));
            }
        }
        List<ColumnRename> columns = new ArrayList<>(options.columnRenames());
        for (Map.Entry<QualifiedName, Map<String, List<String>>> hint : new TreeMap<>(hints.columns()).entrySet()) {
            Table after = lookup(model.keySet(), hint.getKey()).map(model::get).orElse(null);
            Table before = after == null ? null : database.get(databaseName(database, tables, after.name()));
            if (before != null) {
                columns(before, after, hint.getValue(), columns);
            }
        }
        return options.withRenames(tables, columns);
    }

    private static void columns(Table before, Table after, Map<String, List<String>> hints, List<ColumnRename> columns) {
        List<String> had = before.columns().stream().map(column -> column.name()).toList();
        List<String> wants = after.columns().stream().map(column -> column.name()).toList();
        for (Map.Entry<String, List<String>> hint : new TreeMap<>(hints).entrySet()) {
            String renamed = lookup(wants, hint.getKey()).orElse(null);
            boolean given = columns.stream().anyMatch(column -> column.to().equalsIgnoreCase(hint.getKey())
                    && (column.table().equals(after.name()) || column.table().equals(before.name())));
            if (!given && renamed != null) {
                former(had, wants, renamed, hint.getValue(), "column " + after.name() + "." + renamed)
                        .ifPresent(old -> columns.add(new ColumnRename(after.name(), old, renamed)));
            }
        }
    }

    /** The database's name for a model table: its former name when a hint renames it, else its own. */
    private static QualifiedName databaseName(Map<QualifiedName, Table> database, List<TableRename> tables,
                                              QualifiedName table) {
        return tables.stream().filter(rename -> rename.to().equals(table)).map(TableRename::from)
                .map(old -> lookup(database.keySet(), old).orElse(old)).findFirst()
                .orElseGet(() -> lookup(database.keySet(), table).orElse(table));
    }

    /**
     * The former name to rename from, or none when there is nothing to rename.
     *
     * @param had   the database's names
     * @param wants the model's names
     */
    private static <N> Optional<N> former(Iterable<N> had, Iterable<N> wants, N renamed, List<N> formerNames,
                                         String what) {
        Optional<N> present = lookup(had, renamed);
        List<N> found = formerNames.stream().map(old -> lookup(had, old)).flatMap(Optional::stream).distinct()
                .filter(old -> present.isEmpty() || !old.equals(present.get())).toList();
        if (present.isPresent()) {
            List<N> stray = found.stream().filter(old -> lookup(wants, old).isEmpty()).toList();
            if (!stray.isEmpty()) {
                throw ambiguous(what, "the database has both " + present.get() + " and its former name " + stray.get(0)
                        + ", so it cannot tell which holds the data; drop or rename the one that is not wanted, or"
                        + " take " + stray.get(0) + " out of the hint");
            }
            return Optional.empty();
        }
        if (found.size() > 1) {
            throw ambiguous(what, "the database has several of its former names (" + found + "), so it cannot tell"
                    + " which to rename; drop the ones that are not wanted");
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        N old = found.get(0);
        if (lookup(wants, old).isPresent()) {
            throw ambiguous(what, "its former name " + old + " is also a name the model uses, so the database's "
                    + old + " may be either; rename it by hand (--rename-table/--rename-column) or take it out of the hint");
        }
        return Optional.of(old);
    }

    /** The exact name, else the one name that matches without case (a SQL model read from H2 is upper case). */
    private static <N> Optional<N> lookup(Iterable<N> names, N name) {
        N match = null;
        int matches = 0;
        for (N candidate : names) {
            if (candidate.equals(name)) {
                return Optional.of(candidate);
            }
            if (candidate.toString().toLowerCase(Locale.ROOT).equals(name.toString().toLowerCase(Locale.ROOT))) {
                match = candidate;
                matches++;
            }
        }
        return matches == 1 ? Optional.of(match) : Optional.empty();
    }

    private static RetortException ambiguous(String what, String problem) {
        return new RetortException(RetortException.Kind.USAGE, "the model says " + what + " was renamed, but "
                + problem + "; nothing was generated");
    }
}
