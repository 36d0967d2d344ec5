package dev.retort.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario a: an empty schema brought to head, the whole history in one call.
 * <ul>
 *   <li><b>warm JVM</b>: in this process, after one untimed apply per tool (classes loaded, driver
 *       warmed); each timed run starts from a freshly dropped and created schema, tools interleaved;</li>
 *   <li><b>cold JVM</b>: one apply in a fresh JVM per tool (the tool's main class, bin/retort's JVM flags,
 *       no application class-data archive), timed inside that process around the upgrade call alone —
 *       the first call an application pays, without JVM start-up.</li>
 * </ul>
 */
final class FirstApplyScenario {

    static final String WARM = "warm JVM";
    static final String COLD = "cold JVM";

    private FirstApplyScenario() {
    }

    /** Fails unless all three tools built the same schema, with every table of the history in it. */
    private static void sameShape(Setup setup, BenchDatabase database, Map<Tool, Verify.Shape> shapes, Results results) {
        long tables = History.generate(setup.revisions(), setup.options().seed(), database.mariadb()).changes().stream()
                .filter(change -> change.upgrade().get(0).startsWith("CREATE TABLE")).count();
        Verify.Shape retort = shapes.get(Tool.RETORT);
        if (retort.tables() != tables || shapes.values().stream().anyMatch(shape -> !shape.equals(retort))) {
            throw new IllegalStateException(database.label() + ": the tools built different schemas from the same"
                    + " history (expected " + tables + " tables): " + shapes);
        }
        results.note(database.label() + ": after the first apply each tool's schema held the same " + retort
                + " (the tools' own tables left out).");
    }

    static void run(Setup setup, Results results) {
        Setup.progress("scenario a: first apply of " + setup.revisions() + " revisions");
        for (BenchDatabase database : setup.databases()) {
            Map<Tool, Verify.Shape> shapes = new EnumMap<>(Tool.class);
            for (Tool tool : Tool.values()) {
                shapes.put(tool, Verify.shape(database, setup.atHead(database, tool))); // the untimed warm-up apply
            }
            sameShape(setup, database, shapes, results);
            Map<Tool, List<Long>> samples = new EnumMap<>(Tool.class);
            for (int run = 0; run < setup.options().firstApplyRuns(); run++) {
                for (Tool tool : Tool.values()) {
                    BenchDatabase.Target target = database.fresh(tool.slot());
                    long start = System.nanoTime();
                    tool.upgrade(setup.projects(database), target);
                    long elapsed = System.nanoTime() - start;
                    Verify.applied(tool, target, setup.revisions());
                    samples.computeIfAbsent(tool, t -> new ArrayList<>()).add(elapsed);
                }
            }
            samples.forEach((tool, nanos) -> results.add(Results.Scenario.FIRST_APPLY, database.name(), tool, WARM, nanos));
            for (Tool tool : Tool.values()) {
                BenchDatabase.Target target = database.fresh(tool.slot());
                Launcher.Run run = setup.launcher().runOk(setup.launcher().toolMain(tool, Launcher.Cds.NONE, false,
                        setup.projects(database), target));
                Verify.applied(tool, target, setup.revisions());
                results.add(Results.Scenario.FIRST_APPLY, database.name(), tool, COLD, List.of(run.reportedNanos()));
            }
        }
    }
}
