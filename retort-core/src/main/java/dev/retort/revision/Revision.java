package dev.retort.revision;

import dev.retort.RetortException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One revision's identity and its edges in the history. Immutable and thread-safe.
 *
 * <p>Ids and branch labels are names that targets refer to, so they may not contain whitespace,
 * {@code ':'}, {@code '@'} or {@code '+'}, may not be one of the target keywords ({@code base},
 * {@code head}, {@code heads}, {@code current}), and may not end in {@code -<number>}, which would
 * read as a relative target ({@code REV-N}). A violation is a {@link RetortException.Kind#SCRIPT}
 * error naming the source.
 *
 * @param id           the revision id, e.g. twelve hex digits
 * @param parents      the revisions this one follows; empty for a base, several for a merge
 * @param dependsOn    revisions that must be applied first without being parents (Alembic's depends_on)
 * @param branchLabels names that select this revision in targets; kept sorted
 * @param message      the human description; may be empty, never null
 * @param created      when the revision was written, or null when unknown; breaks ordering ties
 * @param source       where the revision came from (a file path), used in messages only; may be empty
 */
public record Revision(String id, List<String> parents, List<String> dependsOn, Set<String> branchLabels,
                       String message, Instant created, String source) {

    /** Words with a meaning of their own in targets; a revision or label may not be called so. */
    static final Set<String> KEYWORDS = Set.of("base", "head", "heads", "current");


    /**
     * Checks the names and copies the references; a null message or source becomes empty.
     *
     * @param id           the revision id, e.g. twelve hex digits
     * @param parents      the revisions this one follows; empty for a base, several for a merge
     * @param dependsOn    revisions that must be applied first without being parents (Alembic's depends_on)
     * @param branchLabels names that select this revision in targets; kept sorted
     * @param message      the human description; may be empty, never null
     * @param created      when the revision was written, or null when unknown; breaks ordering ties
     * @param source       where the revision came from (a file path), used in messages only; may be empty
     */
    public Revision {
        source = source == null ? "" : source;
        message = message == null ? "" : message;
        String where = source.isEmpty() ? "" : " (" + source + ")";
        checkName("revision id", id, where);
        parents = copyRefs(id, where, "parent", parents);
        dependsOn = copyRefs(id, where, "dependency", dependsOn);
        branchLabels = copyLabels(branchLabels, " of revision " + id + where);
    }

    /**
     * True for a revision without parents: a root of the history.
     *
     * @return whether it has no parents
     */
    public boolean isBase() {
        return parents.isEmpty();
    }

    /**
     * True for a revision with several parents: it joins branches.
     *
     * @return whether it has more than one parent
     */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    /**
     * The id followed by the source in parentheses, as messages name a revision.
     *
     * @return the id, and the source when known
     */
    public String describe() {
        return source.isEmpty() ? id : id + " (" + source + ")";
    }

    /**
     * Checks a name that targets can refer to.
     *
     * @param what  "revision id", "parent", "branch label", … for the message
     * @param owner " of revision X (file)" or " (file)", appended to the message
     */
    static void checkName(String what, String name, String owner) {
        if (name == null || name.isBlank()) {
            throw invalid("a " + what + owner + " is empty; give it a name");
        }
        int forbidden = forbiddenAt(name);
        if (forbidden >= 0) {
            char character = name.charAt(forbidden);
            String found = Character.isWhitespace(character) ? "whitespace" : "'" + character + "'";
            throw invalid(what + " '" + name + "'" + owner + " contains " + found
                    + "; ids and branch labels may not contain whitespace, ':', '@' or '+', which targets use");
        }
        if (KEYWORDS.contains(name)) {
            throw invalid(what + " '" + name + "'" + owner
                    + " is a target keyword (base, head, heads, current); choose another name");
        }
        if (endsInRelativeSuffix(name)) {
            throw invalid(what + " '" + name + "'" + owner
                    + " ends in '-<number>', which reads as a relative target (REV-N); choose another name");
        }
    }

    /** Where the name has white space, ':', '@' or '+' (which targets use), or -1. Plain loops: this runs cold. */
    private static int forbiddenAt(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == ':' || c == '@' || c == '+') {
                return i;
            }
        }
        return -1;
    }

    /** True when the name ends in '-' and digits, which reads as a relative target (REV-N). */
    private static boolean endsInRelativeSuffix(String name) {
        int dash = name.lastIndexOf('-');
        if (dash < 0 || dash == name.length() - 1) {
            return false;
        }
        for (int i = dash + 1; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<String> copyRefs(String id, String where, String what, Collection<String> refs) {
        if (refs == null) {
            return List.of();
        }
        String owner = " of revision " + id + where;
        List<String> copy = new ArrayList<>(refs.size());
        Set<String> seen = new HashSet<>();
        for (String ref : refs) {
            checkName(what, ref, owner);
            if (ref.equals(id)) {
                throw invalid("revision " + id + where + " names itself as its " + what
                        + "; a revision can only follow other revisions");
            }
            if (!seen.add(ref)) {
                throw invalid(what + " " + ref + owner + " is listed twice; list it once");
            }
            copy.add(ref);
        }
        return List.copyOf(copy);
    }

    // Sorted, so that messages and iteration do not depend on hash order.
    private static Set<String> copyLabels(Collection<String> labels, String owner) {
        if (labels == null) {
            return Set.of();
        }
        for (String label : labels) {
            checkName("branch label", label, owner);
        }
        return Collections.unmodifiableSet(new TreeSet<>(labels));
    }

    private static RetortException invalid(String message) {
        return new RetortException(RetortException.Kind.SCRIPT, message);
    }
}
