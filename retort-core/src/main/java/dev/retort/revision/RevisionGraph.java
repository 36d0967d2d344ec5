package dev.retort.revision;

import dev.retort.RetortException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The history of revisions: who follows whom, heads, bases, branch and merge points, and the plans
 * that move a database from its applied set of revisions to a {@link Target}. Pure: no I/O.
 * Immutable and thread-safe once built by {@link #of}.
 *
 * <p>Edges: a revision follows its {@link Revision#parents() parents}; {@link Revision#dependsOn()
 * dependencies} also have to be applied first but do not make heads, bases or branches.
 * {@link #ancestors} and {@link #descendants} follow both kinds. Lists come in topological order:
 * prerequisites first, ties broken by the earliest {@code created} (unknown last), then by id.
 *
 * <p>Every traversal visits each revision and edge at most a constant number of times; ordering
 * adds a heap, so building and planning cost O((V + E) log V) and never recurse.
 *
 * <p>Errors in the scripts are {@link RetortException.Kind#SCRIPT}; targets that do not resolve are
 * {@link RetortException.Kind#USAGE}.
 */
public final class RevisionGraph {

    private final List<Revision> ordered;
    private final Map<String, Revision> byId = new LinkedHashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final NavigableMap<String, Revision> sortedIds = new TreeMap<>();
    private final Map<String, Revision> byLabel;
    private final Map<String, List<Revision>> children = new HashMap<>();
    private final Map<String, List<String>> prerequisites;
    private final Map<String, List<String>> followers;
    private final List<Revision> heads = new ArrayList<>();
    private final List<Revision> bases = new ArrayList<>();
    private final List<Revision> branchPoints = new ArrayList<>();
    private final List<Revision> mergePoints = new ArrayList<>();

    RevisionGraph(List<Revision> ordered, Map<String, Revision> byLabel,
                  Map<String, List<String>> prerequisites, Map<String, List<String>> followers) {
        this.ordered = List.copyOf(ordered);
        this.byLabel = Map.copyOf(byLabel);
        this.prerequisites = Map.copyOf(prerequisites);
        this.followers = Map.copyOf(followers);
        for (Revision revision : this.ordered) {
            position.put(revision.id(), position.size());
            byId.put(revision.id(), revision);
            sortedIds.put(revision.id(), revision);
            children.put(revision.id(), new ArrayList<>());
            revision.parents().forEach(parent -> children.get(parent).add(revision));
        }
        for (Revision revision : this.ordered) {
            int childCount = children.get(revision.id()).size();
            addIf(childCount == 0, heads, revision);
            addIf(childCount > 1, branchPoints, revision);
            addIf(revision.isBase(), bases, revision);
            addIf(revision.isMerge(), mergePoints, revision);
        }
    }

    /**
     * Validates and links revisions: every parent and dependency must exist, ids must be unique,
     * a branch label must name one revision and differ from every id, and there may be no cycle.
     *
     * @param revisions every revision of the scripts
     * @return the checked graph
     * @throws RetortException of kind {@code SCRIPT} listing every problem found
     */
    public static RevisionGraph of(Collection<Revision> revisions) {
        return GraphBuilder.build(revisions);
    }

    /**
     * The revision with exactly this id, if any.
     *
     * @param exactId a full revision id
     * @return the revision, or empty
     */
    public Optional<Revision> find(String exactId) {
        return Optional.ofNullable(byId.get(exactId));
    }

    /**
     * The revision with exactly this id; a {@code SCRIPT} error when no script defines it.
     *
     * @param exactId a full revision id
     * @return the revision
     */
    public Revision get(String exactId) {
        Revision revision = byId.get(exactId);
        if (revision == null) {
            throw new RetortException(RetortException.Kind.SCRIPT, "no script defines revision " + exactId
                    + "; run `retort history` to list the revisions there are");
        }
        return revision;
    }

    /**
     * Every revision, in topological order.
     *
     * @return parents before children
     */
    public List<Revision> revisions() {
        return ordered;
    }

    /**
     * Revisions no revision names as parent.
     *
     * @return the heads, in topological order
     */
    public List<Revision> heads() {
        return Collections.unmodifiableList(heads);
    }

    /**
     * Revisions without parents.
     *
     * @return the bases, in topological order
     */
    public List<Revision> bases() {
        return Collections.unmodifiableList(bases);
    }

    /**
     * Revisions that several revisions name as parent.
     *
     * @return the branch points, in topological order
     */
    public List<Revision> branchPoints() {
        return Collections.unmodifiableList(branchPoints);
    }

    /**
     * Revisions with several parents.
     *
     * @return the merge revisions, in topological order
     */
    public List<Revision> mergePoints() {
        return Collections.unmodifiableList(mergePoints);
    }

    /**
     * The revisions that name {@code id} as parent (dependencies do not count).
     *
     * @param id a full revision id
     * @return its children, in topological order
     */
    public List<Revision> children(String id) {
        return Collections.unmodifiableList(children.get(get(id).id()));
    }

    /**
     * The revision an exact id, a branch label or a unique id prefix names, tried in that order.
     *
     * @param idPrefixOrLabel a full id, a unique id prefix or a branch label
     * @return the one revision it names
     * @throws RetortException of kind {@code USAGE} when nothing or several revisions match
     */
    public Revision resolve(String idPrefixOrLabel) {
        TargetParser.checkRef(idPrefixOrLabel);
        Revision exact = byId.getOrDefault(idPrefixOrLabel, byLabel.get(idPrefixOrLabel));
        if (exact != null) {
            return exact;
        }
        List<Revision> matches = new ArrayList<>();
        for (Map.Entry<String, Revision> entry : sortedIds.tailMap(idPrefixOrLabel, true).entrySet()) {
            if (!entry.getKey().startsWith(idPrefixOrLabel)) {
                break;
            }
            matches.add(entry.getValue());
        }
        if (matches.isEmpty()) {
            throw TargetParser.usage("no revision matches '" + idPrefixOrLabel
                    + "': it is no revision id, id prefix or branch label; run `retort history` to list the revisions");
        }
        if (matches.size() > 1) {
            throw TargetParser.usage("revision prefix '" + idPrefixOrLabel + "' is ambiguous: it matches "
                    + Describe.all(matches) + "; type more characters of the id");
        }
        return matches.get(0);
    }

    /**
     * Ids of the revisions the given ones need, through parents and dependencies, in topological
     * order. Inclusive adds the given ids; exclusive still lists a given id that another one needs.
     *
     * @param ids       full revision ids
     * @param inclusive whether the given ids are part of the result
     * @return the ids, in topological order
     */
    public Set<String> ancestors(Collection<String> ids, boolean inclusive) {
        return sorted(walk(ids, prerequisites, inclusive));
    }

    /**
     * Ids of the revisions that need the given ones, through parents and dependencies; as {@link #ancestors}.
     *
     * @param ids       full revision ids
     * @param inclusive whether the given ids are part of the result
     * @return the ids, in topological order
     */
    public Set<String> descendants(Collection<String> ids, boolean inclusive) {
        return sorted(walk(ids, followers, inclusive));
    }

    /**
     * The current heads of a database: applied revisions that no applied revision names as parent.
     *
     * @param applied the ids in effect in the database
     * @return the applied revisions no applied revision builds on
     * @throws RetortException of kind {@code SCRIPT} when an applied id is defined by no script
     */
    public List<Revision> currentHeads(Set<String> applied) {
        requireKnown(applied);
        List<Revision> current = new ArrayList<>();
        for (String id : applied) {
            if (children.get(id).stream().noneMatch(child -> applied.contains(child.id()))) {
                current.add(byId.get(id));
            }
        }
        current.sort(Comparator.comparing(revision -> position.get(revision.id())));
        return List.copyOf(current);
    }

    /**
     * The revisions a target stands for, given the applied set; empty for {@code base}.
     *
     * @param target  a parsed target
     * @param applied the ids in effect in the database (for {@code current} and relative targets)
     * @return the revisions, empty for {@code base}
     */
    public List<Revision> resolveTarget(Target target, Set<String> applied) {
        requireKnown(applied);
        return target.accept(new TargetResolver(this, applied));
    }

    /**
     * Parses the target, then as {@link #resolveTarget(Target, Set)}.
     *
     * @param target  a target as written ({@code head}, an id, {@code -1}, …)
     * @param applied the ids in effect in the database
     * @return the revisions, empty for {@code base}
     */
    public List<Revision> resolveTarget(String target, Set<String> applied) {
        return resolveTarget(Target.parse(target), applied);
    }

    /**
     * What to apply, prerequisites first, to reach the target: its revisions and all they need, not yet applied.
     *
     * @param applied the ids in effect in the database
     * @param target  where to go
     * @return the revisions to apply, in running order
     */
    public List<Revision> upgradePlan(Set<String> applied, String target) {
        return Plans.upgrade(this, applied, resolveTarget(target, applied));
    }

    /**
     * What to unapply, dependents first, to go back to the target: every applied revision that
     * needs a target revision, the target itself excluded; {@code base} unapplies everything.
     *
     * @param applied the ids in effect in the database
     * @param target  where to go
     * @return the revisions to undo, in running order
     * @throws RetortException of kind {@code USAGE} when a target revision is not applied
     */
    public List<Revision> downgradePlan(Set<String> applied, String target) {
        return Plans.downgrade(this, applied, Target.parse(target));
    }

    /**
     * The applied set after {@code stamp targets} on an empty database, in topological order.
     *
     * @param targets the targets to stamp
     * @return the applied ids
     */
    public Set<String> stampSet(String... targets) {
        return stampSet(Set.of(), targets);
    }

    /**
     * The applied set after {@code stamp targets}; relative targets count from {@code applied}.
     *
     * @param applied the ids in effect in the database
     * @param targets the targets to stamp
     * @return the applied ids afterwards
     */
    public Set<String> stampSet(Set<String> applied, String... targets) {
        List<String> ids = new ArrayList<>();
        for (String target : targets) {
            resolveTarget(target, applied).forEach(revision -> ids.add(revision.id()));
        }
        return ancestors(ids, true);
    }

    /**
     * The revisions of {@code FROM:TO} (see {@link TargetRange}), newest first.
     *
     * @param range   {@code FROM:TO}, either side optional
     * @param applied the ids in effect in the database
     * @return the revisions, newest first
     */
    public List<Revision> range(String range, Set<String> applied) {
        return Plans.range(this, applied, TargetRange.parse(range));
    }

    @Override
    public String toString() {
        return "RevisionGraph[" + ordered.size() + " revisions, heads " + Describe.ids(heads) + "]";
    }

    /** The subset in topological order. */
    List<Revision> order(Set<String> subset) {
        return Topology.order(subset, byId, prerequisites, followers);
    }

    /** Like {@link #ancestors} and {@link #descendants}, unordered and for known ids only. */
    Set<String> walkUp(Collection<String> ids, boolean inclusive) {
        return walk(ids, prerequisites, inclusive);
    }

    Set<String> walkDown(Collection<String> ids, boolean inclusive) {
        return walk(ids, followers, inclusive);
    }

    List<Revision> childList(Revision revision) {
        return children.get(revision.id());
    }

    void requireKnown(Set<String> applied) {
        List<String> unknown = new ArrayList<>();
        for (String id : applied) {
            if (!byId.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            Collections.sort(unknown);
            boolean one = unknown.size() == 1;
            throw new RetortException(RetortException.Kind.SCRIPT, "the database has revision" + (one ? " " : "s ")
                    + Describe.names(unknown) + " applied, but no script defines " + (one ? "it" : "them")
                    + ": another instance or a newer release applied " + (one ? "it" : "them")
                    + ". Get the scripts of that release, or run `retort stamp <revision>` to record the revision"
                    + " whose schema the database really has");
        }
    }

    private Set<String> walk(Collection<String> ids, Map<String, List<String>> edges, boolean inclusive) {
        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String id : ids) {
            todo.push(get(id).id());
            if (inclusive) {
                reached.add(id);
            }
        }
        while (!todo.isEmpty()) {
            for (String next : edges.get(todo.pop())) {
                if (reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        return reached;
    }

    private Set<String> sorted(Set<String> ids) {
        List<String> list = new ArrayList<>(ids);
        list.sort(Comparator.comparing(position::get));
        return Collections.unmodifiableSet(new LinkedHashSet<>(list));
    }

    private static void addIf(boolean condition, List<Revision> list, Revision revision) {
        if (condition) {
            list.add(revision);
        }
    }
}
