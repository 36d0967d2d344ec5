package dev.retort.diff;

import dev.retort.Skipped;
import dev.retort.schema.CatalogDefinition;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Grants are compared by their print and reported where they differ, for compared tables only. */
class TablePrivilegesTest {

    private static final QualifiedName NOTE = new QualifiedName(null, "note");
    private static final QualifiedName GONE = new QualifiedName(null, "gone");

    @Test
    void aDifferenceIsReportedOnceAndEqualGrantsAreNot() {
        Changes changes = new Changes();
        TablePrivileges.report(List.of(grants(NOTE, "SELECT TO reader"), grants(GONE, "SELECT TO reader")),
                List.of(grants(NOTE, "SELECT TO reader, UPDATE TO writer")),
                object -> !object.table().equals(GONE), changes);
        assertEquals(List.of("note: grants on table note: not compared: the model grants SELECT TO reader, UPDATE TO writer,"
                + " the database SELECT TO reader; Retort does not migrate GRANT and REVOKE: write them by hand (execute"
                + " SQL in the revision)"), changes.skipped().stream().map(Skipped::describe).toList());

        Changes same = new Changes();
        TablePrivileges.report(List.of(grants(NOTE, "SELECT TO reader")), List.of(grants(NOTE, "SELECT TO reader")),
                object -> true, same);
        assertEquals(List.of(), same.skipped());
    }

    @Test
    void grantsOnlyTheModelHasAreReportedAndNeverReachTheObjectComparison() {
        Changes changes = new Changes();
        TablePrivileges.report(List.of(), List.of(grants(NOTE, "SELECT TO PUBLIC")), object -> true, changes);
        assertEquals(1, changes.skipped().size());
        assertEquals(List.of(), TablePrivileges.without(List.of(grants(NOTE, "SELECT TO PUBLIC"))));
    }

    private static SchemaObject grants(QualifiedName table, String print) {
        return new SchemaObject(SchemaObject.Kind.PRIVILEGES, table, table, null, new CatalogDefinition(print, null));
    }
}
