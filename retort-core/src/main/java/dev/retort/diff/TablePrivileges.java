package dev.retort.diff;

import dev.retort.Skipped;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Table privileges ({@code GRANT … ON TABLE}) are compared, not migrated: where the model's grants on a
 * compared or created table differ from the database's, the table is reported as skipped with both
 * sides' grants, so a difference is never passed over in silence. Migrating them would also revoke
 * what a database's default privileges grant, which is not the model's to take away. Stateless.
 */
final class TablePrivileges {

    private TablePrivileges() {
    }

    /** The objects other than privileges, which the object comparison does not handle. */
    static List<SchemaObject> without(List<SchemaObject> objects) {
        return objects.stream().filter(object -> object.kind() != SchemaObject.Kind.PRIVILEGES).toList();
    }

    /** Reports each compared table whose grants differ between database ({@code before}) and model ({@code after}). */
    static void report(List<SchemaObject> before, List<SchemaObject> after, Predicate<SchemaObject> compared,
                       Changes changes) {
        Map<QualifiedName, String> database = grants(before);
        Map<QualifiedName, String> modelGrants = grants(after);
        // every table that has grants on either side
        modelGrants.keySet().forEach(table -> database.putIfAbsent(table, null));
        for (Map.Entry<QualifiedName, String> entry : database.entrySet()) {
            QualifiedName table = entry.getKey();
            SchemaObject probe = new SchemaObject(SchemaObject.Kind.PRIVILEGES, table, table);
            String model = modelGrants.get(table);
            if (!compared.test(probe) || Objects.equals(model, entry.getValue())) {
                continue;
            }
            changes.skip(new Skipped(table, "grants on table " + table, "not compared: the model grants "
                    + (model == null ? "nothing" : model) + ", the database " + (entry.getValue() == null ? "nothing"
                    : entry.getValue()) + "; Retort does not migrate GRANT and REVOKE: write them by hand (execute"
                    + " SQL in the revision)"));
        }
    }

    private static Map<QualifiedName, String> grants(List<SchemaObject> objects) {
        Map<QualifiedName, String> grants = new LinkedHashMap<>();
        for (SchemaObject object : objects) {
            if (object.kind() == SchemaObject.Kind.PRIVILEGES && object.catalog() != null) {
                grants.put(object.table(), object.catalog().comparable());
            }
        }
        return grants;
    }
}
