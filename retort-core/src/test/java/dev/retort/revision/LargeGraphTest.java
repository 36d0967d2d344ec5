package dev.retort.revision;

import static dev.retort.revision.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Deep and wide histories. No timing is asserted: every algorithm is linear apart from a heap
 * (see {@link RevisionGraph}); these tests show that nothing recurses per revision (a 10,000-deep
 * recursion would overflow the stack) and that the results stay right at size.
 */
class LargeGraphTest {

    private static final int SIZE = 10_000;

    @Test
    void aLongLineBuildsAndPlans() {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            revisions.add(i == 0 ? Fixtures.rev("r0") : Fixtures.rev("r" + i, "r" + (i - 1)));
        }
        RevisionGraph graph = RevisionGraph.of(revisions);
        String last = "r" + (SIZE - 1);
        assertEquals(List.of(last), ids(graph.heads()));

        List<Revision> up = graph.upgradePlan(Set.of(), "head");
        assertEquals(SIZE, up.size());
        assertEquals(revisions, up);

        Set<String> all = new HashSet<>(ids(up));
        assertEquals(List.of(last), ids(graph.currentHeads(all)));
        assertEquals("r0", graph.resolveTarget("-" + (SIZE - 1), all).get(0).id());
        assertEquals(SIZE, graph.downgradePlan(all, "base").size());
        assertEquals(SIZE - 1, graph.downgradePlan(all, "r0").size());
        assertEquals(SIZE, graph.range(":", all).size());
        assertEquals(SIZE, graph.stampSet("head").size());
    }

    @Test
    void aWideFanBuildsAndPlans() {
        List<Revision> revisions = new ArrayList<>(List.of(Fixtures.rev("root")));
        List<String> leaves = new ArrayList<>();
        for (int i = 1; i < SIZE; i++) {
            revisions.add(Fixtures.rev("leaf" + i, "root"));
            leaves.add("leaf" + i);
        }
        revisions.add(Fixtures.rev("merge", leaves.toArray(new String[0])));
        RevisionGraph graph = RevisionGraph.of(revisions);
        assertEquals(List.of("merge"), ids(graph.heads()));
        assertEquals(SIZE + 1, graph.upgradePlan(Set.of(), "head").size());
        assertEquals(SIZE - 1, graph.children("root").size());
        assertEquals(SIZE, graph.downgradePlan(new HashSet<>(graph.stampSet("head")), "root").size());
    }
}
