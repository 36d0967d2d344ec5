package dev.retort.diff;

import dev.retort.Skipped;
import dev.retort.op.ExecuteSql;
import dev.retort.schema.SchemaObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Views, routines, triggers and rules on both sides whose definitions, as the database prints them
 * ({@link dev.retort.schema.CatalogDefinition}), differ: each is dropped as the database has it and
 * created from the model. The views, triggers and rules whose SQL names a changed object go with it
 * (PostgreSQL refuses to drop a view or routine that others use), even when they are unchanged.
 * Where either side's print is unknown nothing is compared, so no change is invented, and a model
 * object is reported as not compared (H2's readers print nothing, PostgreSQL prints no aggregate); where the
 * database's object cannot be re-created (its SQL is unknown) the change is reported as skipped.
 * Stateless.
 */
final class ChangedObjects {

    /** The old objects, carrying the database's SQL as their definition, and their replacements. */
    record Replacement(List<SchemaObject> dropped, List<SchemaObject> created) {
    }

    private ChangedObjects() {
    }

    /**
     * @param usedByTables the database's routines that its tables' checks, defaults and index keys call:
     *                     PostgreSQL refuses to drop them while those use them, so a change to one is
     *                     reported as skipped rather than written as a drop that fails; asked for only
     *                     when a routine has changed (it reads the SQL of every table)
     * @param typeInUse     true for a database type that a column is of or a routine names: PostgreSQL
     *                      refuses to drop it, so a change to one is reported as skipped too
     * @param readsRetyped  true for a model view, rule, trigger or policy that reads a column whose type
     *                      changes: unchanged itself, it is dropped and created again around the change
     *                      (PostgreSQL refuses to change a column a view or rule uses)
     */
    static Replacement find(List<SchemaObject> before, List<SchemaObject> after, Predicate<SchemaObject> compared,
                            Function<SchemaObject, Set<String>> words, Supplier<Set<SchemaObject>> usedByTables,
                            Predicate<SchemaObject> typeInUse, Predicate<SchemaObject> readsRetyped, Changes changes) {
        // model object -> database object, for the objects both sides have
        Map<SchemaObject, SchemaObject> pairs = new LinkedHashMap<>();
        for (SchemaObject model : after) {
            SchemaObject database = compared.test(model)
                    ? before.stream().filter(model::sameObject).findFirst().orElse(null) : null;
            if (database == null) {
                continue;
            }
            if (model.catalog() != null && database.catalog() != null) {
                pairs.put(model, database);
            } else if (model.definition() != null && printable(model)) {
                changes.skip(new Skipped(model.table(), describe(model), "its definition is not compared: the reader"
                        + " reads no definition of it from " + (model.catalog() == null ? "the model's" : "this")
                        + " database; if it changed, replace it by hand (execute SQL in the revision)"));
            }
        }
        List<SchemaObject> changed = new ArrayList<>();
        Set<SchemaObject> used = null;
        for (Map.Entry<SchemaObject, SchemaObject> pair : pairs.entrySet()) {
            SchemaObject model = pair.getKey();
            SchemaObject database = pair.getValue();
            if (!model.catalog().differsFrom(database.catalog())) {
                if (dependant(model) && readsRetyped.test(model)) {
                    changed.add(model);
                }
                continue;
            }
            if (database.kind() == SchemaObject.Kind.NOT_REPRODUCED) {
                changes.skip(new Skipped(model.table(), model.name().toString(), "differs between the model ("
                        + model.catalog().comparable() + ") and the database (" + database.catalog().comparable()
                        + "), and Retort does not reproduce it yet; change it by hand (execute SQL in the revision)"));
                continue;
            }
            if (TableRoutines.isRoutine(database) && used == null) {
                used = usedByTables.get();
            }
            if (database.kind() == SchemaObject.Kind.TYPE && typeInUse.test(database)) {
                changes.skip(new Skipped(model.table(), describe(model), "its attributes differ between the model and the"
                        + " database, but a column or routine uses it, so it cannot be dropped and created again; change"
                        + " it in place by hand (ALTER TYPE … ADD, DROP or ALTER ATTRIBUTE, execute SQL in the revision)"));
            } else if (used != null && used.contains(database)) {
                changes.skip(new Skipped(model.table(), describe(model), "its definition differs between the model and the"
                        + " database, but tables use it (a check, default or index calls it), so it cannot be dropped and"
                        + " created again; change it in place by hand (CREATE OR REPLACE, execute SQL in the revision)"));
            } else if (database.kind() == SchemaObject.Kind.SEQUENCE && model.catalog().statement() != null
                    && database.catalog().statement() != null) {
                // a default may draw from it, so it is altered in place rather than dropped
                changes.add(Changes.Phase.CREATE_DEPENDENT_OBJECT, new ExecuteSql(
                        alterSequence(model.catalog().statement()), alterSequence(database.catalog().statement())));
            } else if (versions(database) > 1) {
                changes.skip(new Skipped(model.table(), describe(model), "its definition differs between the model and the"
                        + " database, but the database has " + versions(database) + " versions of it (overloads), which"
                        + " Retort drops by name only; replace the changed version by hand (execute SQL in the revision)"));
            } else {
                changed.add(model);
            }
        }
        if (changed.isEmpty()) {
            return new Replacement(List.of(), List.of());
        }
        List<SchemaObject> replaced = withDependants(changed, pairs.keySet(), words);
        List<SchemaObject> unknown = replaced.stream()
                .filter(model -> model.definition() == null || pairs.get(model).catalog().statement() == null).toList();
        if (!unknown.isEmpty()) {
            for (SchemaObject model : changed) {
                changes.skip(new Skipped(model.table(), describe(model), "its definition differs between the model and the"
                        + " database, but Retort cannot re-create " + unknown.stream().map(ChangedObjects::describe).toList()
                        + " (its SQL is unknown); replace it by hand (execute SQL in the revision)"));
            }
            return new Replacement(List.of(), List.of());
        }
        List<SchemaObject> dropped = replaced.stream()
                .map(model -> pairs.get(model).withDefinition(pairs.get(model).catalog().statement())).toList();
        return new Replacement(dropped, replaced);
    }

    /** The changed objects and, transitively, the views, triggers and rules whose SQL names one of them. */
    private static List<SchemaObject> withDependants(List<SchemaObject> changed, Set<SchemaObject> candidates,
                                                     Function<SchemaObject, Set<String>> words) {
        List<SchemaObject> result = new ArrayList<>(changed);
        for (int i = 0; i < result.size(); i++) {
            // no SQL names a policy or a table's row-level security (named as its table, whose policies say it)
            SchemaObject.Kind kind = result.get(i).kind();
            if (kind == SchemaObject.Kind.POLICY || kind == SchemaObject.Kind.ROW_LEVEL_SECURITY) {
                continue;
            }
            String name = result.get(i).name().name().toLowerCase(Locale.ROOT);
            for (SchemaObject candidate : candidates) {
                if (dependant(candidate) && !result.contains(candidate) && candidate.definition() != null
                        && words.apply(candidate).contains(name)) {
                    result.add(candidate);
                }
            }
        }
        return result;
    }

    /**
     * The ALTER SEQUENCE statements that give a sequence what its catalog statement says: PostgreSQL's reader prints
     * {@code CREATE [UNLOGGED] SEQUENCE name AS … CYCLE} with every option, then its owner as
     * {@code ALTER SEQUENCE name OWNED BY t.c} where a column owns it.
     */
    static String alterSequence(String statement) {
        String[] parts = statement.split(";\n\nALTER SEQUENCE ", 2);
        String create = parts[0];
        String owner = parts.length > 1 ? parts[1].substring(parts[1].indexOf(" OWNED BY ") + " OWNED BY ".length()) : "NONE";
        String rest = create.substring(create.indexOf("SEQUENCE ") + "SEQUENCE ".length());
        String name = rest.substring(0, rest.indexOf(" AS "));
        return "ALTER SEQUENCE " + rest + " OWNED BY " + owner + ";\n\nALTER SEQUENCE " + name
                + (create.startsWith("CREATE UNLOGGED ") ? " SET UNLOGGED" : " SET LOGGED");
    }

    /** How many routines of the name the database's statement creates (PostgreSQL prints one per overload). */
    private static int versions(SchemaObject database) {
        if (database.kind() != SchemaObject.Kind.FUNCTION && database.kind() != SchemaObject.Kind.PROCEDURE
                || database.catalog().statement() == null) {
            return 1;
        }
        String statement = database.catalog().statement().toUpperCase(Locale.ROOT);
        int count = 0;
        for (int at = statement.indexOf("CREATE OR REPLACE "); at >= 0; at = statement.indexOf("CREATE OR REPLACE ", at + 1)) {
            count++;
        }
        return Math.max(1, count);
    }

    /** The kinds whose definitions the readers print where the dialect allows. */
    private static boolean printable(SchemaObject object) {
        return switch (object.kind()) {
            case VIEW, MATERIALIZED_VIEW, TRIGGER, RULE, FUNCTION, PROCEDURE, AGGREGATE, POLICY, ROW_LEVEL_SECURITY -> true;
            default -> false;
        };
    }

    private static boolean dependant(SchemaObject object) {
        return switch (object.kind()) {
            case VIEW, MATERIALIZED_VIEW, TRIGGER, RULE, POLICY -> true;
            default -> false;
        };
    }

    private static String describe(SchemaObject object) {
        return object.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + object.name();
    }
}
