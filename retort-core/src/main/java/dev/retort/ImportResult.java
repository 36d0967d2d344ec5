package dev.retort;

import java.util.List;

/**
 * What an import ({@link Retort#importFlyway}, {@link Retort#importUpDown}) wrote. Immutable.
 *
 * @param scripts the revisions written, in chain order (the first is a base)
 * @param notes   what was not imported as it was, or needs the user's attention, one line per file
 */
public record ImportResult(List<ScriptInfo> scripts, List<String> notes) {
    /**
     * Copies the lists.
     *
     * @param scripts the revisions written
     * @param notes   what needs attention
     */
    public ImportResult {
        scripts = List.copyOf(scripts);
        notes = List.copyOf(notes);
    }
}
