package dev.retort;

import dev.retort.revision.Revision;
import java.util.List;
import java.util.Objects;

/**
 * A revision as the commands report it: identity, edges, its script and where the database stands
 * on it. Immutable.
 *
 * @param id        revision id
 * @param parents   parent ids
 * @param message   message
 * @param location  its script, or null when only the database knows it
 * @param labels    branch labels
 * @param applied   in effect in the database (applied or stamped)
 * @param current   one of the database's current heads
 * @param head      a head of the script graph
 * @param failed    a failed attempt is recorded for it
 */
public record RevisionInfo(String id, List<String> parents, String message, String location, List<String> labels,
                           boolean applied, boolean current, boolean head, boolean failed) {

    /**
     * Checks the id and copies the lists.
     *
     * @param id       revision id
     * @param parents  parent ids
     * @param message  message
     * @param location its script, or null when only the database knows it
     * @param labels   branch labels
     * @param applied  in effect in the database (applied or stamped)
     * @param current  one of the database's current heads
     * @param head     a head of the script graph
     * @param failed   a failed attempt is recorded for it
     */
    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        labels = List.copyOf(labels);
    }

    static RevisionInfo of(Revision revision, String location, boolean applied, boolean current, boolean head,
                           boolean failed) {
        return new RevisionInfo(revision.id(), revision.parents(), revision.message(), location,
                List.copyOf(revision.branchLabels()), applied, current, head, failed);
    }

    /**
     * "(current)", "(head)" and "(failed)", those that apply, as status and history print them.
     *
     * @return the marks separated by spaces; empty for none
     */
    public String marks() {
        StringBuilder marks = new StringBuilder();
        if (current) {
            marks.append(" (current)");
        }
        if (head) {
            marks.append(" (head)");
        }
        if (failed) {
            marks.append(" (failed)");
        }
        return marks.toString().strip();
    }
}
