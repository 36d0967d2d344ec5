package dev.retort;

import java.util.List;

/**
 * What {@code repair} changed. Immutable.
 *
 * @param realigned revisions whose recorded checksum now matches their edited script
 * @param cleared   failed attempts removed from the version table
 * @param forgotten rows of vanished scripts removed ({@code --forget-missing})
 * @param missing   rows of vanished scripts left alone (no {@code --forget-missing})
 */
public record RepairResult(List<String> realigned, List<String> cleared, List<String> forgotten, List<String> missing) {
    /**
     * Copies the lists.
     *
     * @param realigned revisions whose recorded checksum now matches their edited script
     * @param cleared failed attempts removed from the version table
     * @param forgotten rows of vanished scripts removed ({@code --forget-missing})
     * @param missing rows of vanished scripts left alone (no {@code --forget-missing})
     */
    public RepairResult {
        realigned = List.copyOf(realigned);
        cleared = List.copyOf(cleared);
        forgotten = List.copyOf(forgotten);
        missing = List.copyOf(missing);
    }
}
