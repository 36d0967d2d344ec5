package dev.retort.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenario c: a no-op upgrade as a whole, cold process — what a deployment step or container entry
 * point pays. Retort is {@code bin/retort upgrade} exactly as users run it (its JVM flags and the
 * class-data archive it makes on its first run); Flyway and Liquibase are small main classes started
 * with the same flags and an archive of their own made the same way. A second set of rows runs all
 * three with the same flags and no application archive at all. Wall time from process start to exit;
 * variants take turns run by run.
 */
final class ProcessScenario {

    static final String WITH_ARCHIVE = "own CDS archive";
    static final String WITHOUT_ARCHIVE = "no app CDS archive";
    /** The pseudo-database of the start-up floor rows, and their variants. */
    static final String FLOOR = "none";
    static final String FLOOR_JVM = "java FLAGS -version";
    static final String FLOOR_RETORT = "bin/retort --version";

    /** One way of starting a tool. */
    private record Variant(Tool tool, String label, List<String> command) {
    }

    private ProcessScenario() {
    }

    static void run(Setup setup, Results results) {
        Setup.progress("scenario c: no-op upgrade as a whole process");
        Launcher launcher = setup.launcher();
        Map<BenchDatabase, Map<Tool, BenchDatabase.Target>> targets = new LinkedHashMap<>();
        for (BenchDatabase database : setup.databases()) {
            Map<Tool, BenchDatabase.Target> perTool = new LinkedHashMap<>();
            for (Tool tool : Tool.values()) {
                perTool.put(tool, setup.atHead(database, tool));
            }
            targets.put(database, perTool);
        }
        BenchDatabase first = setup.databases().get(0);
        makeRetortArchive(setup, results, first, targets.get(first));
        for (BenchDatabase database : setup.databases()) {
            makeToolArchives(setup, database, targets.get(database));
        }
        results.note("Flyway's and Liquibase's archives were dumped per database, each by one no-op upgrade on that"
                + " database (-XX:ArchiveClassesAtExit), so each holds the classes of its run there; bin/retort's one"
                + " archive comes from its training run, which loads the classes of all four databases' drivers.");
        ClassCounts.record(setup, results, first, targets.get(first));
        floors(setup, results);
        for (BenchDatabase database : setup.databases()) {
            List<Variant> variants = variants(setup, database, targets.get(database));
            variants.forEach(variant -> launcher.runOk(variant.command())); // untimed: file cache, connections
            Map<Variant, List<Long>> samples = new LinkedHashMap<>();
            for (int run = 0; run < setup.options().processRuns(); run++) {
                for (Variant variant : variants) {
                    samples.computeIfAbsent(variant, v -> new ArrayList<>()).add(launcher.runOk(variant.command()).wallNanos());
                }
            }
            targets.get(database).forEach((tool, target) -> Verify.applied(tool, target, setup.revisions()));
            samples.forEach((variant, nanos) -> results.add(Results.Scenario.NOOP_PROCESS, database.name(),
                    variant.tool(), variant.label(), nanos));
        }
    }

    /** The start-up floor without any database: a bare JVM, and bin/retort parsing its command line. */
    private static void floors(Setup setup, Results results) {
        Launcher launcher = setup.launcher();
        List<String> jvm = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        jvm.addAll(launcher.flags());
        jvm.add("-version");
        List<String> version = List.of(launcher.retortScript().toString(), "--version");
        List<Long> jvmSamples = new ArrayList<>();
        List<Long> versionSamples = new ArrayList<>();
        launcher.runOk(jvm);
        launcher.runOk(version);
        for (int run = 0; run < setup.options().processRuns(); run++) {
            jvmSamples.add(launcher.runOk(jvm).wallNanos());
            versionSamples.add(launcher.runOk(version).wallNanos());
        }
        results.add(Results.Scenario.NOOP_PROCESS, FLOOR, Tool.RETORT, FLOOR_JVM, jvmSamples);
        results.add(Results.Scenario.NOOP_PROCESS, FLOOR, Tool.RETORT, FLOOR_RETORT, versionSamples);
    }

    private static List<Variant> variants(Setup setup, BenchDatabase database, Map<Tool, BenchDatabase.Target> targets) {
        Launcher launcher = setup.launcher();
        Path projects = setup.projects(database);
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant(Tool.RETORT, WITH_ARCHIVE,
                launcher.retortCli(Tool.RETORT.project(projects), targets.get(Tool.RETORT))));
        for (Tool tool : List.of(Tool.FLYWAY, Tool.LIQUIBASE)) {
            variants.add(new Variant(tool, WITH_ARCHIVE,
                    launcher.toolMain(tool, Launcher.Cds.OWN_ARCHIVE, false, projects, targets.get(tool))));
        }
        variants.add(new Variant(Tool.RETORT, WITHOUT_ARCHIVE,
                launcher.retortJarWithoutArchive(Tool.RETORT.project(projects), targets.get(Tool.RETORT))));
        for (Tool tool : List.of(Tool.FLYWAY, Tool.LIQUIBASE)) {
            variants.add(new Variant(tool, WITHOUT_ARCHIVE,
                    launcher.toolMain(tool, Launcher.Cds.NONE, false, projects, targets.get(tool))));
        }
        return variants;
    }

    /**
     * The build makes bin/retort's archive (retort-cli's package phase runs bin/retort-prepare); should
     * it be missing or older than the jar, bin/retort-prepare makes it here, before any timing.
     */
    private static void makeRetortArchive(Setup setup, Results results, BenchDatabase database,
                                          Map<Tool, BenchDatabase.Target> targets) {
        Launcher launcher = setup.launcher();
        Path projects = setup.projects(database);
        if (launcher.retortArchiveFresh()) {
            results.note("bin/retort's class-data archive (" + launcher.retortArchive().getFileName() + ") already"
                    + " existed and was newer than retort.jar, so it was used as it was.");
            return;
        }
        launcher.runOk(List.of(launcher.retortPrepare().toString()));
        if (!launcher.retortArchiveFresh()) {
            throw new IllegalStateException("bin/retort-prepare did not make " + launcher.retortArchive()
                    + "; is retort-cli/target writable?");
        }
        results.note("bin/retort's class-data archive was missing or stale, so bin/retort-prepare (its training run)"
                + " made it before timing; bin/retort itself never makes one.");
    }

    /** Flyway's and Liquibase's archives for one database, dumped by a no-op upgrade on it. */
    static void makeToolArchives(Setup setup, BenchDatabase database, Map<Tool, BenchDatabase.Target> targets) {
        Launcher launcher = setup.launcher();
        Path projects = setup.projects(database);
        for (Tool tool : List.of(Tool.FLYWAY, Tool.LIQUIBASE)) {
            Path archive = launcher.archive(tool, projects);
            delete(archive);
            launcher.runOk(launcher.toolMain(tool, Launcher.Cds.OWN_ARCHIVE, true, projects, targets.get(tool)));
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("no archive at " + archive + " after the dump run");
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
