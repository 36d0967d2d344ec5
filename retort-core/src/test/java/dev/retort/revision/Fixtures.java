package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.retort.RetortException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.function.Executable;

/** Small builders for revisions and graphs in tests; source is always {@code <id>.sql}. */
final class Fixtures {

    private Fixtures() {
    }

    static Revision rev(String id, String... parents) {
        return new Revision(id, List.of(parents), List.of(), Set.of(), "", null, id + ".sql");
    }

    static Revision withDependsOn(Revision revision, String... dependsOn) {
        return new Revision(revision.id(), revision.parents(), List.of(dependsOn), revision.branchLabels(),
                revision.message(), revision.created(), revision.source());
    }

    static Revision withLabels(Revision revision, String... labels) {
        return new Revision(revision.id(), revision.parents(), revision.dependsOn(), Set.of(labels),
                revision.message(), revision.created(), revision.source());
    }

    static Revision createdAt(Revision revision, long epochSecond) {
        return new Revision(revision.id(), revision.parents(), revision.dependsOn(), revision.branchLabels(),
                revision.message(), Instant.ofEpochSecond(epochSecond), revision.source());
    }

    static RevisionGraph graph(Revision... revisions) {
        return RevisionGraph.of(List.of(revisions));
    }

    static Set<String> applied(String... ids) {
        return Set.of(ids);
    }

    static List<String> ids(Collection<Revision> revisions) {
        List<String> ids = new ArrayList<>();
        revisions.forEach(revision -> ids.add(revision.id()));
        return ids;
    }

    /** Asserts the kind and that the message contains every fragment; returns the message. */
    static String fails(RetortException.Kind kind, Executable action, String... fragments) {
        RetortException error = assertThrows(RetortException.class, action);
        assertEquals(kind, error.kind(), error.getMessage());
        for (String fragment : fragments) {
            if (!error.getMessage().contains(fragment)) {
                throw new AssertionError("message lacks '" + fragment + "': " + error.getMessage());
            }
        }
        return error.getMessage();
    }
}
