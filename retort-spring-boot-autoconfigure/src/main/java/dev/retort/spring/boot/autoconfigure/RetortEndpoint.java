package dev.retort.spring.boot.autoconfigure;

import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.RetortException;
import dev.retort.Status;
import dev.retort.AppliedRevision;
import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/retort}: where the database stands (current revisions, heads, pending, problems), the version
 * table's history with each revision's duration, and the drift between the model and the database, compared now
 * when a model is configured and nothing is pending. Thread-safe.
 */
@Endpoint(id = "retort")
public class RetortEndpoint {

    private final Retort retort;

    /**
     * An endpoint reporting on the given facade.
     *
     * @param retort the application's Retort
     */
    public RetortEndpoint(Retort retort) {
        this.retort = retort;
    }

    /**
     * The report, read now.
     *
     * @return what the endpoint shows
     */
    @ReadOperation
    public RetortReport retort() {
        Status status;
        RetortReport.Drift drift;
        try {
            Retort.Check check = retort.check();
            status = check.status();
            drift = drift(check);
        } catch (RetortException e) {
            // The model could not be loaded or compared: still report where the database stands.
            status = retort.status();
            drift = new RetortReport.Drift(false, List.of(), e.getMessage());
        }
        List<RetortReport.HistoryEntry> history = retort.databaseState().rows().stream()
                .map(RetortEndpoint::entry).toList();
        return new RetortReport(status.currentHeads(), status.heads(), status.pending(), status.problems(), history, drift);
    }

    private static RetortReport.HistoryEntry entry(AppliedRevision row) {
        return new RetortReport.HistoryEntry(row.revision(), row.message(), row.state().name().toLowerCase(java.util.Locale.ROOT),
                row.appliedAt(), row.executionMillis(), row.appliedBy());
    }

    private static RetortReport.Drift drift(Retort.Check check) {
        Changes changes = check.drift();
        if (changes == null) {
            return new RetortReport.Drift(false, List.of(), null);
        }
        return new RetortReport.Drift(true, changes.upgrade().stream().map(Changes.Step::description).toList(), null);
    }
}
