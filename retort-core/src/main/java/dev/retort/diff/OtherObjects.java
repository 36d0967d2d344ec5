package dev.retort.diff;

import dev.retort.Skipped;
import dev.retort.op.CreateObject;
import dev.retort.op.DropObject;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import dev.retort.schema.Table;
import dev.retort.schema.TableSelection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Views, triggers, routines and sequences: one that only one side has is created or dropped with
 * the SQL that defines it, where that SQL is known (a SQL model knows it; the readers do not read it
 * yet). Where it is not known, the object is reported as skipped, so the user knows to write it by
 * hand, rather than passed over in silence. Objects on both sides whose definitions, as the database
 * prints them, differ are dropped and created again ({@link ChangedObjects}). A trigger or rule counts only when its table
 * is compared on both sides or created (dropping a table drops its triggers and rules).
 *
 * <p>User-defined types and domains count as there when a column is of them, whether or not the reader
 * lists them (PostgreSQL's lists its enum types and domains; the others list no types). Schemas come
 * first, then extensions, then collations, text search setups, types and sequences, all created before
 * the columns that use them and dropped after; so are the routines the tables' checks, indexes and
 * defaults call ({@link TableRoutines}). The other routines and aggregates, views, triggers and rules are
 * created after every table (routines and aggregates first, each routine, aggregate or view after
 * those it names, triggers and rules last) and dropped, in the mirror order, before any table changes.
 * Stateless.
 */
final class OtherObjects {

    private static final Comparator<SchemaObject> CREATION = Comparator.comparing(OtherObjects::rank)
            .thenComparing(object -> object.name().toString()).thenComparing(object -> String.valueOf(object.table()));

    private OtherObjects() {
    }

    static void compare(Schema from, Schema to, TableSelection patterns, Set<QualifiedName> tables, Changes changes) {
        Set<QualifiedName> modelTables = withViews(tables, from, to);
        List<SchemaObject> before = TablePrivileges.without(withColumnTypes(from));
        List<SchemaObject> after = TablePrivileges.without(withColumnTypes(to));
        TablePrivileges.report(from.objects(), to.objects(), object -> compared(object, patterns, modelTables), changes);
        List<SchemaObject> dropped = missing(before, after, patterns, modelTables, changes,
                "exists in the database but not in the model; Retort does not read the SQL of %ss yet, so it cannot"
                        + " drop it reversibly: drop it by hand (execute SQL in the revision) if it should go");
        List<SchemaObject> created = missing(after, before, patterns, modelTables, changes,
                "exists in the model but not in the database, and the model does not give the SQL that creates it;"
                        + " create it by hand (execute SQL in the revision)");
        Function<SchemaObject, Set<String>> words = TableRoutines.cache(new HashMap<>());
        ChangedObjects.Replacement replacement = ChangedObjects.find(before, after,
                object -> compared(object, patterns, modelTables), words,
                () -> TableRoutines.needed(from, before, words), type -> typeInUse(from, before, type),
                readsRetypedColumn(changes, words), changes);
        dropped = concat(dropped, replacement.dropped());
        created = concat(created, replacement.created());
        Set<SchemaObject> neededBefore = TableRoutines.needed(from, dropped, words);
        List<SchemaObject> drops = inCreationOrder(dropped, words);
        Collections.reverse(drops);
        for (SchemaObject object : drops) {
            changes.add(independent(object, neededBefore) ? Changes.Phase.DROP_INDEPENDENT_OBJECT
                    : Changes.Phase.DROP_DEPENDENT_OBJECT, new DropObject(object));
        }
        Set<SchemaObject> neededAfter = TableRoutines.needed(to, created, words);
        for (SchemaObject object : inCreationOrder(created, words)) {
            changes.add(independent(object, neededAfter) ? Changes.Phase.CREATE_INDEPENDENT_OBJECT
                    : Changes.Phase.CREATE_DEPENDENT_OBJECT, new CreateObject(object));
        }
    }

    /**
     * Schemas, extensions, collations, text search setups, sequences and types exist before the tables
     * that use them, and so do the routines the tables' expressions call ({@link TableRoutines}); the
     * rest after.
     */
    private static boolean independent(SchemaObject object, Set<SchemaObject> neededByTables) {
        return rank(object) <= 1 && !ownedByColumn(object) || neededByTables.contains(object);
    }

    /**
     * A sequence a column owns although its default does not draw from it (a trigger does): its statement says
     * {@code OWNED BY} the column, which must exist first.
     */
    static boolean ownedByColumn(SchemaObject object) {
        return object.kind() == SchemaObject.Kind.SEQUENCE && object.definition() != null
                && object.definition().contains(" OWNED BY ");
    }

    /**
     * The schema's objects, plus the user-defined types its columns use that it does not list: the
     * readers other than PostgreSQL's list no types, so a type counts as there when a column is of it.
     */
    static List<SchemaObject> withColumnTypes(Schema schema) {
        List<SchemaObject> objects = new ArrayList<>(schema.objects());
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                ColumnType type = column.type() instanceof ColumnType.ArrayType array ? array.element() : column.type();
                // a base type comes with an extension, which is not the model's to create
                if (type instanceof ColumnType.UserDefinedType defined && defined.kind() != ColumnType.UserDefinedType.Kind.BASE) {
                    SchemaObject object = SchemaObject.of(defined.kind() == ColumnType.UserDefinedType.Kind.DOMAIN
                            ? SchemaObject.Kind.DOMAIN : SchemaObject.Kind.TYPE, defined.name());
                    if (objects.stream().noneMatch(object::sameObject)) {
                        objects.add(object);
                    }
                }
            }
        }
        return objects;
    }

    /**
     * True for a view, rule, trigger or policy whose SQL names a table and a column of it whose type
     * changes: PostgreSQL refuses to change the type of a column one of them uses, so it is dropped before
     * the change and created again after it (as far as names tell; one too many is only created again).
     */
    private static java.util.function.Predicate<SchemaObject> readsRetypedColumn(
            Changes changes, Function<SchemaObject, Set<String>> words) {
        List<String[]> retyped = new ArrayList<>();
        for (dev.retort.op.MigrationOp op : changes.phase(Changes.Phase.ALTER_COLUMN)) {
            if (op instanceof dev.retort.op.AlterColumn alter && alter.typeChanged()) {
                retyped.add(new String[] {alter.table().name().toLowerCase(Locale.ROOT),
                        alter.before().name().toLowerCase(Locale.ROOT)});
            }
        }
        return object -> !retyped.isEmpty() && object.definition() != null && retyped.stream()
                .anyMatch(column -> words.apply(object).contains(column[0]) && words.apply(object).contains(column[1]));
    }

    /** True when a column of the schema is of the type (or an array of it), or a routine's SQL names it. */
    private static boolean typeInUse(Schema schema, List<SchemaObject> objects, SchemaObject type) {
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                ColumnType columnType = column.type() instanceof ColumnType.ArrayType array ? array.element() : column.type();
                if (columnType instanceof ColumnType.UserDefinedType defined && defined.name().equals(type.name())) {
                    return true;
                }
            }
        }
        String name = type.name().name().toLowerCase(Locale.ROOT);
        return objects.stream().filter(object -> object != type && TableRoutines.isRoutine(object)
                        || object.kind() == SchemaObject.Kind.TYPE && object != type)
                .map(object -> object.catalog() != null && object.catalog().statement() != null
                        ? object.catalog().statement() : object.definition())
                .anyMatch(sql -> sql != null && TableRoutines.words(sql).contains(name));
    }

    /** The objects of one side that the other lacks and whose SQL is known; the others are reported. */
    private static List<SchemaObject> missing(List<SchemaObject> objects, List<SchemaObject> other, TableSelection patterns,
                                              Set<QualifiedName> modelTables, Changes changes, String reason) {
        List<SchemaObject> result = new ArrayList<>();
        for (SchemaObject object : objects) {
            if (!compared(object, patterns, modelTables) || other.stream().anyMatch(object::sameObject)) {
                continue;
            }
            if (object.kind() == SchemaObject.Kind.NOT_REPRODUCED) {
                changes.skip(new Skipped(object.table(), object.name().toString(), reason.startsWith("exists in the database")
                        ? "is in the database but not in the model, and Retort does not reproduce it; remove it by hand"
                        + " (execute SQL in the revision) if it should go"
                        : "is in the model but not in the database, and Retort does not reproduce it yet; add it by hand"
                        + " (execute SQL in the revision): " + (object.catalog() == null ? "" : object.catalog().comparable())));
            } else if (object.definition() != null) {
                result.add(object);
            } else {
                String kind = object.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                changes.skip(new Skipped(object.table(), kind + " " + object.name(), reason.formatted(kind)));
            }
        }
        return result;
    }

    /**
     * The relations a trigger or rule may be on: the model's tables and the views of either side (an INSTEAD OF
     * trigger is on a view; left out, it would be lost without a word).
     */
    private static Set<QualifiedName> withViews(Set<QualifiedName> tables, Schema from, Schema to) {
        Set<QualifiedName> relations = new java.util.HashSet<>(tables);
        for (Schema schema : List.of(from, to)) {
            schema.objects().stream().filter(object -> object.kind() == SchemaObject.Kind.VIEW
                    || object.kind() == SchemaObject.Kind.MATERIALIZED_VIEW).forEach(view -> relations.add(view.name()));
        }
        return relations;
    }

    /** A trigger or rule counts only when its table is compared on both sides or created. */
    private static boolean compared(SchemaObject object, TableSelection patterns, Set<QualifiedName> modelTables) {
        return object.table() == null ? patterns.accepts(object.name())
                : patterns.accepts(object.table()) && modelTables.contains(object.table());
    }

    private static List<SchemaObject> concat(List<SchemaObject> first, List<SchemaObject> second) {
        List<SchemaObject> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Kind by kind; routines and views after those their SQL names, as far as the names tell. */
    static List<SchemaObject> inCreationOrder(List<SchemaObject> objects, Function<SchemaObject, Set<String>> words) {
        List<SchemaObject> pending = new ArrayList<>(objects);
        pending.sort(CREATION);
        List<SchemaObject> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            // two routines that name each other (a trigger function and the one it calls back) wait for
            // neither: PostgreSQL resolves neither name in a PL/pgSQL body, and waiting would put both
            // after everything else, triggers included
            SchemaObject next = pending.stream().filter(object -> pending.stream()
                    .noneMatch(other -> other != object && reads(object, other, words) && !reads(other, object, words)))
                    .findFirst().orElse(pending.get(0));
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /**
     * True when the SQL of a routine or view names another routine or view still to be created:
     * PostgreSQL checks a SQL function's body, and every database a view's query, when it is created;
     * likewise a composite type or domain naming another type, which must exist first.
     */
    private static boolean reads(SchemaObject object, SchemaObject other, Function<SchemaObject, Set<String>> words) {
        // the words of each definition are read once per comparison: MusicBrainz has hundreds of routines
        return readsOthers(object) && readsOthers(other)
                && words.apply(object).contains(other.name().name().toLowerCase(Locale.ROOT));
    }

    private static boolean readsOthers(SchemaObject object) {
        return switch (object.kind()) {
            case VIEW, MATERIALIZED_VIEW, FUNCTION, PROCEDURE, AGGREGATE, TYPE, DOMAIN -> true;
            default -> false;
        };
    }

    private static int rank(SchemaObject object) {
        return switch (object.kind()) {
            // everything else of a schema lives in it; an extension may be created WITH SCHEMA
            case SCHEMA -> -3;
            // an extension's types, functions, operator classes and dictionaries may be used by anything
            case EXTENSION -> -2;
            // a domain may be over an enum type; a column may be of a collation, a configuration uses dictionaries
            case TYPE, COLLATION, TEXT_SEARCH_DICTIONARY -> -1;
            // a SQLite virtual table needs no other table to exist (an FTS content table is read on use),
            // and views and triggers read or write it
            case DOMAIN, SEQUENCE, TEXT_SEARCH_CONFIGURATION, VIRTUAL_TABLE -> 0;
            // an aggregate names its state functions; ordered among them by what it names
            case FUNCTION, PROCEDURE, AGGREGATE -> 2;
            case VIEW, MATERIALIZED_VIEW -> 3;
            // a rule's action may write to any table or view
            case TRIGGER, RULE -> 4;
            // a policy's expressions may call routines and read views; the table it is on exists by then
            case POLICY, ROW_LEVEL_SECURITY, PRIVILEGES, NOT_REPRODUCED -> 4;
        };
    }
}
