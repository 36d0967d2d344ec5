package dev.retort;

import java.util.List;

/**
 * What the start-up call did. Immutable.
 *
 * @param ran       false when start-up migration is disabled
 * @param applied   revisions applied, generated one included
 * @param generated the revision generated from model changes, or null
 * @param drift     in production, the differences between the database and the schema snapshot of its revision or
 *                  the model (null when not compared)
 * @param driftNote in production, what drift was measured against, or why it was not; null when nothing need be said
 */
public record StartupReport(boolean ran, List<StepResult> applied, ScriptInfo generated, Changes drift,
                            String driftNote) {
    /**
     * Copies the applied steps.
     *
     * @param ran       false when start-up migration is disabled
     * @param applied   revisions applied, generated one included
     * @param generated the revision generated from model changes, or null
     * @param drift     in production, the differences between model and database (null when not compared)
     * @param driftNote in production, what drift was measured against, or why it was not; null when nothing
     *     need be said
     */
    public StartupReport {
        applied = List.copyOf(applied);
    }

    /**
     * A report without a note on drift.
     *
     * @param ran       false when start-up migration is disabled
     * @param applied   revisions applied, generated one included
     * @param generated the revision generated from model changes, or null
     * @param drift     the differences found in production (null when not compared)
     */
    public StartupReport(boolean ran, List<StepResult> applied, ScriptInfo generated, Changes drift) {
        this(ran, applied, generated, drift, null);
    }

    static StartupReport disabled() {
        return new StartupReport(false, List.of(), null, null);
    }
}
