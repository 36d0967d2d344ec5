package dev.retort.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario b: the database is at head and an application starts: a new tool object, its configuration,
 * a connection, reading and checking the history, finding nothing to do. Measured in this warm JVM,
 * each call a fresh {@code Retort.builder()…upgrade("head")}, {@code Flyway.configure()…migrate()} or
 * Liquibase {@code update}, twice over: through the JDBC URL (a new connection per call) and borrowing
 * from a {@link SimplePool} made once per tool, as an application with a pool does. Tools and variants
 * take turns call by call so background noise hits all alike; each gets a warm-up, then calls until it
 * has {@code noopMaxCalls} samples or has used its time budget (at least {@code noopMinCalls} calls).
 */
final class NoopScenario {

    static final List<String> VARIANTS = StartupScenario.VARIANTS;

    /** One way of calling one tool. */
    private record Cell(Tool tool, String variant, SimplePool pool) {
    }

    private NoopScenario() {
    }

    static void run(Setup setup, Results results) {
        Setup.progress("scenario b: no-op upgrade in-process");
        for (BenchDatabase database : setup.databases()) {
            Map<Tool, BenchDatabase.Target> targets = new EnumMap<>(Tool.class);
            List<Cell> cells = new ArrayList<>();
            for (Tool tool : Tool.values()) {
                targets.put(tool, setup.atHead(database, tool));
                cells.add(new Cell(tool, StartupScenario.URL, null));
                cells.add(new Cell(tool, StartupScenario.POOLED, SimplePool.of(targets.get(tool))));
            }
            try {
                measure(setup, database, targets, cells, results);
            } finally {
                cells.stream().filter(cell -> cell.pool() != null).forEach(cell -> cell.pool().close());
            }
            targets.forEach((tool, target) -> Verify.applied(tool, target, setup.revisions()));
            results.breakdown(RetortBreakdown.measure(setup, database, targets.get(Tool.RETORT),
                    setup.options().noopMinCalls() * 2));
        }
    }

    private static void measure(Setup setup, BenchDatabase database, Map<Tool, BenchDatabase.Target> targets,
                                List<Cell> cells, Results results) {
        Options options = setup.options();
        Path projects = setup.projects(database);
        Map<Cell, List<Long>> samples = Sampling.takingTurns(cells,
                cell -> cell.tool().upgrade(projects, targets.get(cell.tool()), cell.pool()),
                options.noopMinCalls(), options.noopMaxCalls(), options.noopWarmupMillis(), options.noopBudgetMillis());
        samples.forEach((cell, nanos) -> results.add(Results.Scenario.NOOP_IN_PROCESS, database.name(), cell.tool(),
                cell.variant(), nanos));
    }
}
