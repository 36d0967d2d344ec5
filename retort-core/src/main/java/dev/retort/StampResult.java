package dev.retort;

import java.util.List;

/**
 * What {@code stamp} changed: revisions recorded and rows removed. Immutable.
 *
 * @param added   revisions recorded as applied, without running them
 * @param removed revisions whose rows were removed from the version table
 */
public record StampResult(List<String> added, List<String> removed) {
    /**
     * Copies the lists.
     *
     * @param added revisions recorded as applied, without running them
     * @param removed revisions whose rows were removed from the version table
     */
    public StampResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
