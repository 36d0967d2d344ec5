package dev.retort.bench;

import dev.retort.Retort;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario f: an application starts and the database is at head. Each call is a fresh tool object and
 * the tool's start-up call — Retort's {@code initAndUpgrade(StartupOptions.production())} (no model
 * configured), Flyway's {@code configure()…load().migrate()}, Liquibase's {@code update} — in this
 * warm JVM, twice over: connecting through the JDBC URL (a new connection per call, as in scenario b),
 * and borrowing from a {@link SimplePool} made once per tool, as an application that starts with a pool
 * does. Tools and variants take turns call by call; after a shared warm-up each gets calls until it has
 * {@code noopMaxCalls} samples or has used the start-up budget (at least {@code noopMinCalls}). A
 * breakdown of Retort's call follows. Stateless.
 */
final class StartupScenario {

    static final String URL = "URL, new connection per call";
    static final String POOLED = "pooled DataSource";
    static final List<String> VARIANTS = List.of(URL, POOLED);
    static final List<String> PARTS = List.of("build()", "scripts()", "JDBC connect, isValid, close",
            "pool borrow, isValid, return", "databaseState()", "databaseState() pooled", "initAndUpgrade()",
            "initAndUpgrade() pooled");

    /** One way of calling one tool. */
    private record Cell(Tool tool, String variant, SimplePool pool) {
    }

    private StartupScenario() {
    }

    static void run(Setup setup, Results results) {
        Setup.progress("scenario f: start-up with the database at head");
        for (BenchDatabase database : setup.databases()) {
            Map<Tool, BenchDatabase.Target> targets = new EnumMap<>(Tool.class);
            List<Cell> cells = new ArrayList<>();
            for (Tool tool : Tool.values()) {
                targets.put(tool, setup.atHead(database, tool));
                cells.add(new Cell(tool, URL, null));
                cells.add(new Cell(tool, POOLED, SimplePool.of(targets.get(tool))));
            }
            try {
                measure(setup, database, targets, cells, results);
                targets.forEach((tool, target) -> Verify.applied(tool, target, setup.revisions()));
                results.breakdown(breakdown(setup, database, targets.get(Tool.RETORT)));
            } finally {
                cells.stream().filter(cell -> cell.pool() != null).forEach(cell -> cell.pool().close());
            }
            cells.stream().filter(cell -> cell.pool() != null && cell.pool().opened() > 2).forEach(cell ->
                    results.note(database.label() + ", scenario f: " + cell.tool().label() + " opened "
                            + cell.pool().opened() + " pooled connections at once."));
        }
    }

    private static void measure(Setup setup, BenchDatabase database, Map<Tool, BenchDatabase.Target> targets,
                                List<Cell> cells, Results results) {
        Options options = setup.options();
        Path projects = setup.projects(database);
        Map<Cell, List<Long>> samples = Sampling.takingTurns(cells,
                cell -> cell.tool().startup(projects, targets.get(cell.tool()), cell.pool()),
                options.noopMinCalls(), options.noopMaxCalls(), options.noopWarmupMillis(), options.startupBudgetMillis());
        samples.forEach((cell, nanos) -> results.add(Results.Scenario.STARTUP, database.name(), cell.tool(),
                cell.variant(), nanos));
    }

    private static RetortBreakdown.Parts breakdown(Setup setup, BenchDatabase database, BenchDatabase.Target target) {
        Path project = Tool.RETORT.project(setup.projects(database));
        try (SimplePool pool = SimplePool.of(target)) {
            Retort byUrl = RetortUpgrade.builder(project, target, null).build();
            Retort pooled = Retort.builder().projectDirectory(project).readEnvironment(false).dataSource(pool).build();
            Map<String, Runnable> work = new LinkedHashMap<>();
            work.put(PARTS.get(0), () -> RetortUpgrade.builder(project, target, null).build());
            work.put(PARTS.get(1), () -> RetortBreakdown.scripts(byUrl));
            work.put(PARTS.get(2), () -> RetortBreakdown.connect(target));
            work.put(PARTS.get(3), () -> borrow(pool));
            work.put(PARTS.get(4), byUrl::databaseState);
            work.put(PARTS.get(5), pooled::databaseState);
            work.put(PARTS.get(6), () -> RetortUpgrade.startup(project, target, null));
            work.put(PARTS.get(7), () -> RetortUpgrade.startup(project, target, pool));
            return new RetortBreakdown.Parts("f", database.name(), RetortBreakdown.sample(database,
                    "start-up breakdown", work, setup.options().noopMinCalls() * 2), "", "");
        }
    }

    private static void borrow(SimplePool pool) {
        try (Connection connection = pool.getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot borrow from the bench pool: " + e.getMessage(), e);
        }
    }
}
