package dev.retort.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario b: the database is at head and an application starts: a new tool object, its configuration,
 * a connection, reading and checking the history, finding nothing to do. Measured in this warm JVM,
 * each call a fresh {@code Retort.builder()…upgrade("head")}, {@code Flyway.configure()…migrate()} or
 * Liquibase {@code update}. Tools take turns call by call so background noise hits all alike; each
 * gets a warm-up, then calls until it has {@code noopMaxCalls} samples or has used its time budget
 * (at least {@code noopMinCalls} calls).
 */
final class NoopScenario {

    static final String VARIANT = "fresh tool object per call";

    private NoopScenario() {
    }

    static void run(Setup setup, Results results) {
        Setup.progress("scenario b: no-op upgrade in-process");
        Options options = setup.options();
        for (BenchDatabase database : setup.databases()) {
            Map<Tool, BenchDatabase.Target> targets = new EnumMap<>(Tool.class);
            for (Tool tool : Tool.values()) {
                targets.put(tool, setup.atHead(database, tool));
            }
            long warmupEnd = System.nanoTime() + options.noopWarmupMillis() * 1_000_000L;
            for (int call = 0; call < options.noopMinCalls() || System.nanoTime() < warmupEnd; call++) {
                targets.forEach((tool, target) -> tool.upgrade(setup.projects(database), target));
            }
            Map<Tool, List<Long>> samples = new EnumMap<>(Tool.class);
            Map<Tool, Long> spent = new EnumMap<>(Tool.class);
            boolean active = true;
            while (active) {
                active = false;
                for (Tool tool : Tool.values()) {
                    List<Long> taken = samples.computeIfAbsent(tool, t -> new ArrayList<>());
                    long used = spent.getOrDefault(tool, 0L);
                    boolean more = taken.size() < options.noopMinCalls() || (taken.size() < options.noopMaxCalls()
                            && used < options.noopBudgetMillis() * 1_000_000L);
                    if (more) {
                        long start = System.nanoTime();
                        tool.upgrade(setup.projects(database), targets.get(tool));
                        long elapsed = System.nanoTime() - start;
                        taken.add(elapsed);
                        spent.put(tool, used + elapsed);
                        active = true;
                    }
                }
            }
            targets.forEach((tool, target) -> Verify.applied(tool, target, setup.revisions()));
            samples.forEach((tool, nanos) -> results.add(Results.Scenario.NOOP_IN_PROCESS, database.name(), tool,
                    VARIANT, nanos));
            results.breakdown(RetortBreakdown.measure(setup, database, targets.get(Tool.RETORT),
                    options.noopMinCalls() * 2));
        }
    }
}
