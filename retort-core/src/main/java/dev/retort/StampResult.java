package dev.retort;

import java.util.List;

/** What {@code stamp} changed: revisions recorded and rows removed. Immutable. */
public record StampResult(List<String> added, List<String> removed) {
    public StampResult {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
