package dev.retort.revision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/**
 * Topological ordering and cycle finding over revision ids. Stateless.
 *
 * <p>Both run in O((V + E) log V) for V revisions and E edges (the logarithm is the heap of ready
 * revisions); neither recurses, so deep histories cannot overflow the stack.
 */
final class Topology {

    /** Among revisions ready at the same time: earliest {@code created} first (unknown last), then by id. */
    static final Comparator<Revision> TIE_BREAK = Comparator
            .comparing(Revision::created, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Revision::id);

    private Topology() {
    }

    /**
     * Orders {@code subset} so that every revision comes after its prerequisites inside the subset
     * (Kahn's algorithm with {@link #TIE_BREAK}). Revisions on or behind a cycle are left out,
     * which is how the caller detects cycles.
     *
     * @param prerequisites id to the distinct parents and dependencies of that revision
     * @param followers     id to the distinct revisions that name it as parent or dependency
     */
    static List<Revision> order(Set<String> subset, Map<String, Revision> byId,
                                Map<String, List<String>> prerequisites, Map<String, List<String>> followers) {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<Revision> ready = new PriorityQueue<>(TIE_BREAK);
        for (String id : subset) {
            int count = 0;
            for (String prerequisite : prerequisites.get(id)) {
                if (subset.contains(prerequisite)) {
                    count++;
                }
            }
            if (count == 0) {
                ready.add(byId.get(id));
            } else {
                waiting.put(id, count);
            }
        }
        List<Revision> ordered = new ArrayList<>(subset.size());
        while (!ready.isEmpty()) {
            Revision next = ready.poll();
            ordered.add(next);
            for (String follower : followers.get(next.id())) {
                Integer left = waiting.get(follower); // null: outside the subset
                if (left == null) {
                    continue;
                }
                if (left == 1) {
                    waiting.remove(follower);
                    ready.add(byId.get(follower));
                } else {
                    waiting.put(follower, left - 1);
                }
            }
        }
        return ordered;
    }

    /**
     * Finds cycles among revisions that {@link #order} left out. Every such revision has a
     * prerequisite that was left out too, so walking prerequisites inside the set never stops
     * until it meets itself; each revision is walked once.
     *
     * @return each cycle as a list of ids where every id names the next as prerequisite
     */
    static List<List<String>> cycles(Set<String> leftOut, Map<String, List<String>> prerequisites) {
        List<List<String>> cycles = new ArrayList<>();
        Set<String> walked = new HashSet<>();
        for (String start : new TreeSet<>(leftOut)) {
            Map<String, Integer> onPath = new HashMap<>();
            List<String> path = new ArrayList<>();
            String at = start;
            while (!walked.contains(at) && !onPath.containsKey(at)) {
                onPath.put(at, path.size());
                path.add(at);
                at = firstInside(prerequisites.get(at), leftOut);
            }
            if (onPath.containsKey(at)) {
                cycles.add(List.copyOf(path.subList(onPath.get(at), path.size())));
            }
            walked.addAll(path);
        }
        return cycles;
    }

    private static String firstInside(List<String> ids, Set<String> set) {
        for (String id : ids) {
            if (set.contains(id)) {
                return id;
            }
        }
        throw new IllegalStateException("a revision left out of the order has no prerequisite left out: " + ids);
    }
}
