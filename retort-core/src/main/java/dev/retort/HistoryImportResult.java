package dev.retort;

import java.util.List;

/**
 * What importing another tool's version table recorded ({@link Retort#importFlywayHistory},
 * {@link Retort#importUpDownHistory}). Immutable.
 *
 * @param at       the revision the database is now recorded at, or null when nothing was recorded
 * @param stamped  the revisions recorded as applied (stamped), in chain order
 * @param problems what the other tool's table says that keeps revisions pending (failed runs, gaps, versions without a
 *                 script), one line each; empty when the table maps completely
 * @param notes    further information (rows that need no revision)
 */
public record HistoryImportResult(String at, List<String> stamped, List<String> problems, List<String> notes) {
    /**
     * Copies the lists.
     *
     * @param at       the revision recorded, or null
     * @param stamped  the revisions stamped
     * @param problems what keeps revisions pending
     * @param notes    further information
     */
    public HistoryImportResult {
        stamped = List.copyOf(stamped);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
