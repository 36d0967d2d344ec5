package dev.retort;

import dev.retort.script.RevisionScript;
import java.util.List;

/**
 * What the start-up call did. Immutable.
 *
 * @param ran       false when start-up migration is disabled
 * @param applied   revisions applied, generated one included
 * @param generated the revision generated from model changes, or null
 * @param drift     in production, the differences between model and database (null when not compared)
 */
public record StartupReport(boolean ran, List<StepResult> applied, RevisionScript generated, Changes drift) {
    /**
     * Copies the applied steps.
     *
     * @param ran       false when start-up migration is disabled
     * @param applied   revisions applied, generated one included
     * @param generated the revision generated from model changes, or null
     * @param drift     in production, the differences between model and database (null when not compared)
     */
    public StartupReport {
        applied = List.copyOf(applied);
    }

    static StartupReport disabled() {
        return new StartupReport(false, List.of(), null, null);
    }
}
