package dev.retort.revision;

import static dev.retort.revision.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.RetortException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Plans on 200 random histories (seeded, so a failure repeats), checked against small, obviously
 * correct reference computations that are allowed to be quadratic.
 */
class RandomGraphPropertyTest {

    private static final int GRAPHS = 200;
    private static final int STATES_PER_GRAPH = 8;

    @Test
    void plansHoldTheirInvariantsOnRandomHistories() {
        Random random = new Random(20261126L);
        int downgradesToARevision = 0;
        for (int i = 0; i < GRAPHS; i++) {
            List<Revision> revisions = randomHistory(random, 1 + random.nextInt(30));
            RevisionGraph graph = RevisionGraph.of(revisions);
            String context = "graph " + i + " " + revisions;
            checkOrder(graph, context);
            for (int s = 0; s < STATES_PER_GRAPH; s++) {
                Set<String> applied = randomAppliedSet(random, graph);
                checkRoundTrip(graph, applied, context + " applied " + applied);
                Revision target = randomTarget(random, graph, applied);
                downgradesToARevision += checkTarget(graph, applied, target, context) ? 1 : 0;
            }
        }
        // Guards against a generator that makes the interesting case rare.
        assertTrue(downgradesToARevision > GRAPHS, "only " + downgradesToARevision + " non-empty downgrades checked");
    }

    /** The order is topological, follows the tie-break rule, and does not depend on input order. */
    private static void checkOrder(RevisionGraph graph, String context) {
        List<Revision> shuffled = new ArrayList<>(graph.revisions());
        Collections.shuffle(shuffled, new Random(shuffled.size()));
        assertEquals(graph.revisions(), RevisionGraph.of(shuffled).revisions(), context);
        Set<String> all = graph.revisions().stream().map(Revision::id).collect(Collectors.toSet());
        assertEquals(referenceOrder(graph, all), ids(graph.revisions()), context);
    }

    /** heads from the state, then base, comes back to empty; each plan in a valid order. */
    private static void checkRoundTrip(RevisionGraph graph, Set<String> applied, String context) {
        List<Revision> up = graph.upgradePlan(applied, "heads");
        Set<String> expectedUp = new HashSet<>(ids(graph.revisions()));
        expectedUp.removeAll(applied);
        assertEquals(expectedUp, new HashSet<>(ids(up)), context);
        assertPrerequisitesFirst(up, applied, context);
        assertEquals(referenceOrder(graph, expectedUp), ids(up), context);

        Set<String> atHeads = new HashSet<>(applied);
        atHeads.addAll(ids(up));
        List<Revision> down = graph.downgradePlan(atHeads, "base");
        assertEquals(atHeads, new HashSet<>(ids(down)), context);
        assertEquals(down.size(), atHeads.size(), context + ": downgrade repeats a revision");
        List<Revision> reversed = new ArrayList<>(down);
        Collections.reverse(reversed);
        assertPrerequisitesFirst(reversed, Set.of(), context);
    }

    /** True when a non-empty downgrade to the target was checked. */
    private static boolean checkTarget(RevisionGraph graph, Set<String> applied, Revision target, String context) {
        String where = context + " applied " + applied + " target " + target.id();
        Set<String> needed = referenceAncestors(graph, target.id());
        List<Revision> up = graph.upgradePlan(applied, target.id());
        Set<String> expectedUp = new HashSet<>(needed);
        expectedUp.removeAll(applied);
        assertEquals(expectedUp, new HashSet<>(ids(up)), where);
        assertPrerequisitesFirst(up, applied, where);

        if (!applied.contains(target.id())) {
            RetortException error = assertThrows(RetortException.class,
                    () -> graph.downgradePlan(applied, target.id()), where);
            assertTrue(error.getMessage().contains(target.describe() + " is not applied"), error.getMessage());
            return false;
        }
        List<Revision> down = graph.downgradePlan(applied, target.id());
        Set<String> expectedDown = referenceDescendants(graph, target.id());
        expectedDown.retainAll(applied);
        assertEquals(expectedDown, new HashSet<>(ids(down)), where);
        Set<String> left = new HashSet<>(applied);
        left.removeAll(ids(down));
        assertTrue(left.containsAll(needed), where + ": downgrade removed a revision the target needs");
        for (String id : left) {
            assertTrue(left.containsAll(prerequisites(graph.get(id))), where + ": " + id + " lost a prerequisite");
        }
        return !down.isEmpty();
    }

    private static void assertPrerequisitesFirst(List<Revision> plan, Set<String> before, String context) {
        Set<String> done = new HashSet<>(before);
        for (Revision revision : plan) {
            assertTrue(done.add(revision.id()), context + ": " + revision.id() + " planned twice or already applied");
            assertTrue(done.containsAll(prerequisites(revision)),
                    context + ": " + revision.id() + " before its prerequisites");
        }
    }

    private static List<Revision> randomHistory(Random random, int size) {
        List<Revision> revisions = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        int labels = 0;
        for (int i = 0; i < size; i++) {
            String id;
            do {
                id = Integer.toHexString(0x1000 + random.nextInt(0xF000));
            } while (!usedIds.add(id));
            List<String> parents = pick(random, revisions, i == 0 || random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(2));
            List<String> dependsOn = pick(random, revisions, random.nextInt(5) == 0 ? 1 : 0);
            dependsOn.removeAll(parents);
            Set<String> branchLabels = random.nextInt(5) == 0 ? Set.of("label" + labels++) : Set.of();
            Instant created = random.nextInt(3) == 0 ? null : Instant.ofEpochSecond(random.nextInt(20));
            revisions.add(new Revision(id, parents, dependsOn, branchLabels, "", created, id + ".sql"));
        }
        return revisions;
    }

    // Half the time an applied revision, so downgrades to a revision are checked often.
    private static Revision randomTarget(Random random, RevisionGraph graph, Set<String> applied) {
        if (!applied.isEmpty() && random.nextBoolean()) {
            List<String> sorted = new ArrayList<>(new TreeSet<>(applied));
            return graph.get(sorted.get(random.nextInt(sorted.size())));
        }
        return graph.revisions().get(random.nextInt(graph.revisions().size()));
    }

    private static List<String> pick(Random random, List<Revision> from, int count) {
        Set<String> picked = new LinkedHashSet<>();
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            picked.add(from.get(random.nextInt(from.size())).id());
        }
        return new ArrayList<>(picked);
    }

    // A state reachable by upgrades: the ancestors of a few random revisions.
    private static Set<String> randomAppliedSet(Random random, RevisionGraph graph) {
        List<String> targets = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            targets.add(graph.revisions().get(random.nextInt(graph.revisions().size())).id());
        }
        return new HashSet<>(graph.stampSet(targets.toArray(new String[0])));
    }

    private static Set<String> prerequisites(Revision revision) {
        Set<String> all = new HashSet<>(revision.parents());
        all.addAll(revision.dependsOn());
        return all;
    }

    private static Set<String> referenceAncestors(RevisionGraph graph, String id) {
        return closure(Set.of(id), ancestor -> prerequisites(graph.get(ancestor)));
    }

    private static Set<String> referenceDescendants(RevisionGraph graph, String id) {
        Set<String> descendants = closure(Set.of(id), candidate -> graph.revisions().stream()
                .filter(other -> prerequisites(other).contains(candidate)).map(Revision::id).collect(Collectors.toSet()));
        descendants.remove(id);
        return descendants;
    }

    // Grows the set until nothing new is reachable.
    private static Set<String> closure(Set<String> start, Function<String, Set<String>> next) {
        Set<String> reached = new HashSet<>(start);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String id : new ArrayList<>(reached)) {
                grew |= reached.addAll(next.apply(id));
            }
        }
        return reached;
    }

    /** The ordering rule, literally: repeatedly take the smallest revision whose prerequisites are all taken. */
    private static List<String> referenceOrder(RevisionGraph graph, Set<String> subset) {
        Map<String, Revision> byId = graph.revisions().stream().collect(Collectors.toMap(Revision::id, r -> r));
        List<String> order = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        while (order.size() < subset.size()) {
            Revision best = null;
            for (String id : subset) {
                Revision candidate = byId.get(id);
                Set<String> waitingFor = prerequisites(candidate);
                waitingFor.retainAll(subset);
                boolean ready = !taken.contains(id) && taken.containsAll(waitingFor);
                if (ready && (best == null || comesFirst(candidate, best))) {
                    best = candidate;
                }
            }
            order.add(best.id());
            taken.add(best.id());
        }
        return order;
    }

    // Earliest created first, unknown times last, then by id.
    private static boolean comesFirst(Revision one, Revision other) {
        if (one.created() != null && other.created() != null && !one.created().equals(other.created())) {
            return one.created().isBefore(other.created());
        }
        if ((one.created() == null) != (other.created() == null)) {
            return one.created() != null;
        }
        return one.id().compareTo(other.id()) < 0;
    }
}
