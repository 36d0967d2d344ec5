package dev.retort.spring.boot.autoconfigure;

import dev.retort.Changes;
import dev.retort.Retort;
import dev.retort.StartupReport;
import dev.retort.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * What the health indicators of Boot 3.5 and 4.0 share: the database's standing, read now, and the drift that
 * start-up found (not compared again on each health call: loading a model is too heavy for a probe). Thread-safe.
 */
final class RetortHealthCheck {

    /** A result: healthy or not, and the details shown. */
    record Result(boolean healthy, Map<String, Object> details) {
    }

    private final Retort retort;
    private final ObjectProvider<RetortMigrationInitializer> initializer;

    RetortHealthCheck(Retort retort, ObjectProvider<RetortMigrationInitializer> initializer) {
        this.retort = retort;
        this.initializer = initializer;
    }

    Result check() {
        Status status = retort.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("current", status.currentHeads());
        details.put("heads", status.heads());
        details.put("pending", status.pending());
        if (!status.problems().isEmpty()) {
            details.put("problems", status.problems());
        }
        List<String> drift = startupDrift();
        if (!drift.isEmpty()) {
            details.put("drift", drift);
        }
        return new Result(status.upToDate() && drift.isEmpty(), details);
    }

    private List<String> startupDrift() {
        RetortMigrationInitializer bean = initializer.getIfAvailable();
        StartupReport report = bean == null ? null : bean.report();
        if (report == null || report.drift() == null) {
            return List.of();
        }
        return report.drift().upgrade().stream().map(Changes.Step::description).toList();
    }
}
