package dev.retort;

import dev.retort.revision.Revision;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionIds;
import dev.retort.script.RevisionScript;
import dev.retort.script.ScriptParser;
import dev.retort.script.ScriptWriter;
import dev.retort.script.SnapshotFiles;
import dev.retort.script.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Creates, merges and deletes revision scripts. Stateless apart from its random source. */
final class Authoring {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Authoring() {
    }

    /** A new revision script in the directory, created now; returns the parsed script. */
    static RevisionScript create(Scripts scripts, Path directory, String template, NewRevision request) {
        return create(scripts, directory, template, request, Instant.now());
    }

    /** A new revision script in the directory, created at {@code now}; returns the parsed script. */
    static RevisionScript create(Scripts scripts, Path directory, String template, NewRevision request, Instant now) {
        RevisionGraph graph = scripts.graph();
        List<String> parents = parents(graph, request);
        Set<String> labels = request.branchLabel() == null ? Set.of() : Set.of(request.branchLabel());
        List<String> dependsOn = request.dependsOn().stream().map(d -> graph.resolve(d).id()).toList();
        String id = request.revisionId() == null ? newId(graph) : validId(graph, request.revisionId());
        Revision revision = new Revision(id, parents, dependsOn, labels, request.message(), null, null);
        return write(directory, template, FileOrder.after(scripts, template, revision, now), request.upgradeSql(),
                request.downgradeSql());
    }

    /** A revision joining the given revisions (e.g. "heads"). */
    static RevisionScript merge(Scripts scripts, Path directory, String template, String message, List<String> targets) {
        return merge(scripts, directory, template, message, targets, Instant.now());
    }

    /** A revision joining the given revisions, created at {@code now}. */
    static RevisionScript merge(Scripts scripts, Path directory, String template, String message, List<String> targets,
                                Instant now) {
        RevisionGraph graph = scripts.graph();
        Set<String> parents = new LinkedHashSet<>();
        for (String target : targets) {
            graph.resolveTarget(target, Set.of()).forEach(r -> parents.add(r.id()));
        }
        if (parents.size() < 2) {
            throw new RetortException(RetortException.Kind.USAGE, "merge needs at least two revisions to join, got "
                    + parents + "; name them ('retort merge -m MSG REV REV') or use 'heads'");
        }
        Revision revision = new Revision(newId(graph), List.copyOf(parents), List.of(), Set.of(), message, null, null);
        return write(directory, template, FileOrder.after(scripts, template, revision, now), "", "");
    }

    /** Deletes the script of an unapplied revision that nothing builds on. */
    static Path delete(Scripts scripts, Set<String> applied, String target) {
        RevisionGraph graph = scripts.graph();
        Revision revision = graph.resolve(target);
        if (applied.contains(revision.id())) {
            throw new RetortException(RetortException.Kind.USAGE, "revision " + revision.id() + " is applied; downgrade"
                    + " below it first ('retort downgrade " + revision.id() + "-1'), then delete it");
        }
        List<String> dependants = new ArrayList<>();
        for (Revision other : graph.revisions()) {
            if (other.parents().contains(revision.id()) || other.dependsOn().contains(revision.id())) {
                dependants.add(other.id());
            }
        }
        if (!dependants.isEmpty()) {
            throw new RetortException(RetortException.Kind.USAGE, "revision " + revision.id() + " has revisions built on it: "
                    + String.join(", ", dependants) + "; delete those first");
        }
        RevisionScript script = scripts.get(revision.id());
        if (script.path() == null) {
            throw new RetortException(RetortException.Kind.USAGE, script.location() + " is inside a jar; remove it from the"
                    + " build instead");
        }
        try {
            Files.delete(script.path());
            SnapshotFiles.delete(script.path()); // its schema snapshot, if autogenerate wrote one, goes with it
            return script.path();
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.SCRIPT, "cannot delete " + script.path() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a file just written, where a failure after it must not leave it behind; best effort. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The caller's error is the one to report; the file is named in it.
        }
    }

    private static List<String> parents(RevisionGraph graph, NewRevision request) {
        String head = request.head() == null ? "head" : request.head();
        if (head.equals("base")) {
            return List.of();
        }
        if (graph.revisions().isEmpty()) {
            if (request.head() != null) {
                throw new RetortException(RetortException.Kind.USAGE, "there are no revisions yet, so --head "
                        + request.head() + " names nothing; leave --head out to create the first revision");
            }
            return List.of();
        }
        List<Revision> resolved = graph.resolveTarget(head, Set.of());
        Set<String> heads = new LinkedHashSet<>();
        graph.heads().forEach(r -> heads.add(r.id()));
        for (Revision parent : resolved) {
            if (!heads.contains(parent.id()) && !request.splice()) {
                throw new RetortException(RetortException.Kind.USAGE, "revision " + parent.id() + " is not a head: a new"
                        + " revision on it starts a branch; add --splice to do that on purpose, or build on a head"
                        + " (" + String.join(", ", heads) + ")");
            }
        }
        return resolved.stream().map(Revision::id).toList();
    }

    private static String newId(RevisionGraph graph) {
        while (true) {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            String id = HexFormat.of().formatHex(bytes);
            if (graph.find(id).isEmpty()) {
                return id;
            }
        }
    }

    private static String validId(RevisionGraph graph, String id) {
        String problem = RevisionIds.problem(id);
        if (problem != null) {
            throw new RetortException(RetortException.Kind.USAGE, "invalid --rev-id '" + id + "': it " + problem
                    + "; ids use " + RevisionIds.RULE);
        }
        for (Revision existing : graph.revisions()) {
            if (RevisionIds.foldCase(existing.id()).equals(RevisionIds.foldCase(id))) {
                throw new RetortException(RetortException.Kind.USAGE, "revision " + existing.describe()
                        + (existing.id().equals(id) ? " exists already" : " differs from --rev-id " + id + " only in case")
                        + "; choose another --rev-id (ids are unique regardless of case)");
            }
        }
        return id;
    }

    private static RevisionScript write(Path directory, String template, Revision revision, String upgrade, String downgrade) {
        Path file = ScriptWriter.write(directory, template, revision, upgrade, downgrade);
        try {
            return ScriptParser.parse(Files.readString(file), file.toString(), file);
        } catch (IOException e) {
            throw new RetortException(RetortException.Kind.SCRIPT, "cannot read back " + file + ": " + e.getMessage(), e);
        }
    }
}
