package dev.retort.bench;

import dev.retort.Retort;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A timer breakdown of Retort's no-op upgrade (scenario b), through its public API only: building the
 * tool (configuration, dialect), reading and parsing the scripts, a bare JDBC connect, validity check and close, reading
 * the database state (connect + version table, no lock), and the whole no-op upgrade (which adds the
 * lock and the checks). The parts overlap — upgrade does all of them — so they explain the total rather
 * than add up to it. Stateless.
 */
final class RetortBreakdown {

    /**
     * One database's medians, in milliseconds, by part, for one scenario's breakdown (its letter), with
     * an optional cell of counts and an optional line of detail below the table (both may be empty).
     */
    record Parts(String scenario, String database, Map<String, Stats> parts, String note, String detail) {
        Parts {
            parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        }
    }

    static final List<String> PARTS = List.of("build()", "scripts()", "JDBC connect, isValid, close", "databaseState()",
            "upgrade(\"head\")");

    private RetortBreakdown() {
    }

    static Parts measure(Setup setup, BenchDatabase database, BenchDatabase.Target target, int calls) {
        java.nio.file.Path project = Tool.RETORT.project(setup.projects(database));
        Supplier<Retort> build = () -> RetortUpgrade.builder(project, target, null).build();
        Retort retort = build.get();
        Map<String, Runnable> work = new LinkedHashMap<>();
        work.put(PARTS.get(0), build::get);
        work.put(PARTS.get(1), () -> scripts(retort));
        work.put(PARTS.get(2), () -> connect(target));
        work.put(PARTS.get(3), retort::databaseState);
        work.put(PARTS.get(4), () -> build.get().upgrade("head"));
        return new Parts("b", database.name(), sample(database, "Retort breakdown", work, calls), "", "");
    }

    /**
     * Runs every part in turn, {@code 2 × calls} rounds; the first half warms up, the second is kept.
     * Returns each part's statistics in the order given.
     */
    static Map<String, Stats> sample(BenchDatabase database, String title, Map<String, Runnable> work, int calls) {
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        for (int call = 0; call < calls * 2; call++) {
            boolean measured = call >= calls; // the first half warms up
            work.forEach((part, body) -> {
                long start = System.nanoTime();
                body.run();
                long elapsed = System.nanoTime() - start;
                if (measured) {
                    samples.computeIfAbsent(part, p -> new ArrayList<>()).add(elapsed);
                }
            });
        }
        Map<String, Stats> parts = new LinkedHashMap<>();
        samples.forEach((part, nanos) -> parts.put(part, Stats.ofNanos(nanos)));
        Setup.progress("  " + database.name() + " " + title + " (medians): " + parts.entrySet().stream()
                .map(e -> e.getKey() + " " + String.format(java.util.Locale.ROOT, "%.2f", e.getValue().median()) + " ms")
                .reduce((a, b) -> a + ", " + b).orElse(""));
        return parts;
    }

    /** A bare JDBC connect, validity check and close: the floor under every tool's call. */
    static void connect(BenchDatabase.Target target) {
        try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password())) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + target.url() + ": " + e.getMessage(), e);
        }
    }

    /** What the facade does to read the scripts (its own method is internal): the loader over its locations. */
    static void scripts(Retort retort) {
        new dev.retort.script.ScriptLoader(retort.config().projectDirectory(), RetortBreakdown.class.getClassLoader())
                .load(retort.config().locations(), retort.config().locationsConfigured());
    }
}
