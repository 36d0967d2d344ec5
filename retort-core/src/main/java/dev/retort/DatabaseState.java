package dev.retort;

import dev.retort.AppliedRevision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the version table says: every row, the set of revisions in effect, and failed attempts.
 * Immutable.
 *
 * @param tableExists false when Retort never wrote to this database
 * @param rows        every row, oldest first
 */
public record DatabaseState(boolean tableExists, List<AppliedRevision> rows) {

    /**
     * Copies the rows.
     *
     * @param tableExists false when Retort never wrote to this database
     * @param rows every row, oldest first
     */
    public DatabaseState {
        rows = List.copyOf(rows);
    }

    /** {@return ids of revisions in effect (applied or stamped)} */
    public Set<String> applied() {
        return rows.stream().filter(AppliedRevision::inEffect).map(AppliedRevision::revision)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** {@return rows of revisions whose upgrade failed or was interrupted part-way and waits for a retry} */
    public List<AppliedRevision> failed() {
        return rows.stream().filter(r -> !r.inEffect()).toList();
    }

    /** {@return rows of every step that did not finish, upgrade or downgrade: each is a problem to report} */
    public List<AppliedRevision> unfinished() {
        return rows.stream().filter(AppliedRevision::unfinished).toList();
    }

    /** {@return rows by revision id} */
    public Map<String, AppliedRevision> byId() {
        return rows.stream().collect(Collectors.toMap(AppliedRevision::revision, Function.identity()));
    }
}
