package dev.retort.diff;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaObject;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Views, triggers, routines and sequences are listed by name but not managed yet: one that only
 * one side has is reported as skipped, so the user knows to write it by hand, rather than passed
 * over in silence. A trigger counts only when its table is compared on both sides or created
 * (dropping a table drops its triggers). Stateless.
 */
final class OtherObjects {

    private OtherObjects() {
    }

    static void report(Schema from, Schema to, TablePatterns patterns, Set<QualifiedName> modelTables, Changes changes) {
        Set<SchemaObject> before = new HashSet<>(from.objects());
        Set<SchemaObject> after = new HashSet<>(to.objects());
        report(from.objects(), after, patterns, modelTables, changes,
                "exists in the database but not in the model; Retort does not manage %ss yet: drop it by hand "
                        + "(execute SQL in the revision) if it should go");
        report(to.objects(), before, patterns, modelTables, changes,
                "exists in the model but not in the database; Retort does not manage %ss yet: create it by hand "
                        + "(execute SQL in the revision)");
    }

    private static void report(List<SchemaObject> objects, Set<SchemaObject> other, TablePatterns patterns,
                               Set<QualifiedName> modelTables, Changes changes, String reason) {
        for (SchemaObject object : objects) {
            boolean compared = object.table() == null ? patterns.accepts(object.name())
                    : patterns.accepts(object.table()) && modelTables.contains(object.table());
            if (compared && !other.contains(object)) {
                String kind = object.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
                changes.skip(new Skipped(object.table(), kind + " " + object.name(), reason.formatted(kind)));
            }
        }
    }
}
