package dev.retort.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strongly connected components of a directed graph (Tarjan's algorithm), i.e. the groups of
 * nodes that all reach one another: for tables, the groups whose foreign keys form a cycle.
 * Stateful during one call only; not shared.
 */
final class Components<T> {

    private final Map<T, Set<T>> edges;
    private final Map<T, Integer> index = new HashMap<>();
    private final Map<T, Integer> low = new HashMap<>();
    private final Deque<T> stack = new ArrayDeque<>();
    private final Set<T> onStack = new HashSet<>();
    private final List<Set<T>> components = new ArrayList<>();

    private Components(Map<T, Set<T>> edges) {
        this.edges = edges;
    }

    /** The components of the graph; edges to nodes that are not keys of the map are ignored. */
    static <T> List<Set<T>> of(Map<T, Set<T>> edges) {
        Components<T> search = new Components<>(edges);
        for (T node : edges.keySet()) {
            if (!search.index.containsKey(node)) {
                search.visit(node);
            }
        }
        return search.components;
    }

    private void visit(T node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (T next : edges.get(node)) {
            if (!edges.containsKey(next)) {
                continue;
            }
            if (!index.containsKey(next)) {
                visit(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<T> component = new HashSet<>();
            T member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }
}
